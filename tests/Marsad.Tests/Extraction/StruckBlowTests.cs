using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A bare blow noun («ضربة», «ضربات») is a strike candidate when an armed side is named in its clause,
/// or when it is the subject of a verb of hitting right after it: a coalition tally names its striker
/// sentences before (s22-nocand). The rows of the candidate log say which candidates the rules made,
/// whatever the keep decision.
/// </summary>
public class StruckBlowTests
{
    private static bool RemoteOn(string body, string trigger)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 9, 14) }, log);
        return log.Rows.Any(r => r.Type == "REMOTE" && string.Equals(body[r.Trigger.Start..r.Trigger.End], trigger, StringComparison.Ordinal));
    }

    [Fact]
    public void A_blow_that_destroyed_a_factory_is_a_strike_though_its_striker_was_named_sentences_before() =>
        Assert.True(RemoteOn("وقال البيان إن ضربة دمرت مصنعا للمواد الناسفة في مدينة الحويجة.", "ضربة"));

    [Fact]
    public void Counted_blows_carried_out_near_a_town_are_strikes() =>
        Assert.True(RemoteOn("وأضاف البيان أن ثماني ضربات نفذت قرب مدينة الحسكة.", "ضربات"));

    [Fact]
    public void A_painful_blow_to_the_peace_efforts_is_no_strike() =>
        Assert.False(RemoteOn("وقال الوزير إن القرار ضربة موجعة لجهود السلام في مدينة جنيف.", "ضربة"));
}
