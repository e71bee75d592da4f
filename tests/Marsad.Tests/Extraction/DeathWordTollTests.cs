using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «وفاة» (death) before a count or a noun of people is their death, as «مقتل» is (docs/events.md, s38-tolls): without
/// it the wounded of the clause made a deadly blast's toll 0. A count before «حالة وفاة» is the dead, and a rumour a
/// word or two before the death of one person says nobody is known dead.
/// </summary>
public class DeathWordTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Theory]
    [InlineData("انفجرت عبوة ناسفة في سوق المدينة، مما أدى لوفاة أربعة أشخاص وإصابة عشرة آخرين.", 4)]
    [InlineData("أعلن مساء أمس عن وفاة ثلاثة مدنيين جراء سقوط قذيفة على سيارتهم.", 3)]
    [InlineData("أسفرت المواجهات بين الشرطة والمحتجين عن وفاة متظاهر وإصابة خمسة.", 1)]
    public void The_death_of_counted_people_is_their_toll(string sentence, int dead)
    {
        Assert.Contains(All(sentence), m => m.Count == dead && !m.IsDenial);
        Assert.DoesNotContain(All(sentence), m => m.Count == 0);
    }

    [Fact]
    public void A_count_of_cases_of_death_is_the_dead()
    {
        Assert.Contains(All("اعتدت القوات على المحتجين، مما أدى إلى وقوع 27 حالة وفاة وإصابة آخرين."), m => m.Count == 27);
    }

    [Fact]
    public void The_rumoured_killing_of_one_of_them_is_no_death()
    {
        Assert.DoesNotContain(All("قال المركز إن الجنود اعتدوا على المحتجين بعد إشاعة مقتل أحدهم."), m => m.Count > 0);
    }

    [Fact]
    public void The_death_of_a_father_counts_nobody()
    {
        Assert.DoesNotContain(All("تولى السلطة عقب وفاة والده قبل أعوام."), m => m.Count > 0);
    }
}
