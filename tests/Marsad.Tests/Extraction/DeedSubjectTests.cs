using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of striking told right after a deed noun has that noun as its subject (docs/events.md, s43-swap):
/// the party after the verb is what was struck, never the doer.
/// </summary>
public class DeedSubjectTests
{
    [Fact]
    public void The_party_a_campaign_targets_is_not_the_doer_of_the_campaign()
    {
        var candidates = Candidates("وذكر مسؤول أمني أن حملة جوية تستهدف حزب العمال الكردستاني في جبال قنديل منذ فجر اليوم.", "REMOTE");
        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(candidates, e => e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void The_party_security_campaigns_targeted_is_their_target_and_not_their_doer()
    {
        var candidates = Candidates("وأضاف المصدر أن حملات أمنية استهدفت عناصر حزب العمال الكردستاني في مدينة ديار بكر أمس.", "REMOTE");
        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(candidates, e => e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void The_party_right_after_a_verb_of_striking_that_opens_its_clause_stays_the_doer()
    {
        var result = Extract("واستهدفت قوات النظام بلدة داريا بالمدفعية الثقيلة أمس.");
        Assert.Contains(result.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
    }
}
