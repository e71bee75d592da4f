using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class TriggerCoverageTests
{
    [Fact]
    public void The_coverage_report_groups_a_lemma_with_its_conjunction_article_and_accusative_forms()
    {
        Assert.Equal("هجوم", TriggerCoverage.Stem("وهجوما"));
        Assert.Equal("غارات", TriggerCoverage.Stem("بالغارات"));
        Assert.Equal("قصف", TriggerCoverage.Stem("القصف المدفعي"));
    }

    [Fact]
    public void A_trigger_word_inside_a_date_is_logged_as_gated_with_its_reason()
    {
        var body = "وصل الوفد فجر اليوم إلى العاصمة دمشق لبحث الأوضاع.";
        var log = CandidateLogs.Of(body, new DateOnly(2016, 2, 18));

        Assert.DoesNotContain(log.Rows, r => r.Trigger.Cut(body) == "فجر");
        Assert.Contains(log.Gated, g => g.Span.Cut(body) == "فجر" && g.Reason == "in a date");
    }
}
