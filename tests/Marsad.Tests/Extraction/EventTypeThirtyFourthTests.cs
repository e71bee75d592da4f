using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The type of a deed, session 34 (issue 9, s34-types): a word the body ends in «ة» is a noun, never a verb with its object
/// pronoun, though the folding spells the two alike («أسرة» a family, not «أسره» captured him; «قبضة» a grip, not «قبضه»
/// arrested him; «قتلة» killers); «إغارة» is the noun of an air raid; an attack verb whose own armed subject stands right
/// after it is that party's attack, whatever shells the sentence told before it.
/// </summary>
public class EventTypeThirtyFourthTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_family_is_no_capture()
    {
        var events = Of("وتلقت أسرة المواطن نبأ مقتله في مدينة حلب أمس.");
        Assert.DoesNotContain(events, e => On(e, "أسرة"));
    }

    [Fact]
    public void The_grip_of_gunmen_is_no_arrest()
    {
        var events = Of("وقال المتحدث إن القوات العراقية حررت الحي من قبضة المسلحين في مدينة الرمادي أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void A_raid_told_by_its_verbal_noun_is_remote_violence()
    {
        var events = Of("وأفاد المرصد عن إغارة الطيران الحربي على مناطق في مدينة الرقة أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "إغارة"));
    }

    [Fact]
    public void Fighters_attacking_where_the_army_fired_shells_make_a_ground_attack()
    {
        var events = Of("وأطلقت وحدات الجيش قذائف المدفعية على حي جوبر في دمشق أمس حيث هاجم مقاتلو المعارضة مواقع للجيش.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "هاجم"));
        Assert.Contains(events, e => e.Type == "ASSAULT" && On(e, "هاجم"));
    }

    [Fact]
    public void Fighters_attacking_with_mortars_make_a_strike()
    {
        var events = Of("وهاجم مقاتلو المعارضة مواقع للجيش في حي جوبر بدمشق أمس بقذائف المورتر.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "هاجم"));
    }
}
