using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Trigger forms that gave no candidate although the lexicon lists them (docs/learning.md, "Candidate recall").</summary>
public class TriggerRecallTests
{
    [Fact]
    public void A_suicide_bombing_is_an_event_although_the_bomber_is_also_read_as_an_actor()
    {
        var e = Single("قتل خمسة أشخاص في تفجير انتحاري في سوق مدينة بعقوبة صباح اليوم.", "REMOTE");

        Assert.Contains("تفجير", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_spelled_with_alif_lam_of_its_own_is_not_read_as_a_noun_with_the_article()
    {
        var e = Single("الشرطة العراقية ألقت القبض على ثلاثة مطلوبين في مدينة الموصل أمس.", "ARREST");

        Assert.Contains("ألقت", e.Evidence.Text, StringComparison.Ordinal);
    }
}
