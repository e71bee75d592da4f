using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «وفاة» (death) before a count or a noun of people is their death, as «مقتل» is (docs/events.md, s38-tolls): without
/// it the wounded of the clause made a deadly blast's toll 0.
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
    public void The_death_of_a_father_counts_nobody()
    {
        Assert.DoesNotContain(All("تولى السلطة عقب وفاة والده قبل أعوام."), m => m.Count > 0);
    }
}
