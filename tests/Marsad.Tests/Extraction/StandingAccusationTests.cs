using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of accusing told in the present after the article's opening («وتتهم دمشق قطر بتمويل …») states a
/// standing position, background, not an accusation of the news (docs/annotation.md 4.3): no ACCUSE, whatever
/// the keep model scores (a hard gate, so the default pipeline is asked; the model keeps each of these at
/// 0.30–0.44). The past verb, the headline's present and a document's content stay accusations.
/// </summary>
public class StandingAccusationTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static List<EventRecord> Extract(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Theory]
    [InlineData("قصفت الطائرات الحربية أمس بلدة عرسال. وتتهم دمشق قطر وتركيا بتمويل الجماعات المسلحة في سوريا.")]
    [InlineData("اندلعت اشتباكات أمس في مدينة الرمادي. ويتهم المحتجون الحكومة العراقية بتهميش السنة.")]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. ودعا الوزير إلى الضغط على تركيا التي يتهمها النظام السوري بدعم المسلحين.")]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. وقال مسؤولون أمنيون إن المحتجين الذين يتهمون قوات الأمن باستهدافهم يعرقلون الرقابة على الحدود.")]
    public void An_accusing_verb_in_the_present_after_the_opening_is_a_standing_position(string body)
    {
        Assert.DoesNotContain(Extract(body), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void The_same_accusation_in_the_past_is_a_statement()
    {
        Assert.Contains(Extract("وصل وفد المعارضة أمس إلى القاهرة. واتهمت دمشق أمس قطر وتركيا بتمويل الجماعات المسلحة في سوريا."), e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. وقال الوزير في مؤتمر صحفي أمس: \"نتهم إسرائيل بقصف المطار\".")]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. وقال المتحدث باسم الخارجية أمس إن دمشق تتهم أنقرة بتمويل الجماعات المسلحة.")]
    public void An_accusation_told_under_a_verb_of_saying_or_in_the_first_person_is_made_now(string body)
    {
        Assert.Contains(Extract(body), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_headline_tells_its_news_in_the_present()
    {
        Assert.Contains(Extract("دمشق تتهم قطر وتركيا بتمويل الجماعات المسلحة في سوريا.\nقال وزير الخارجية السوري في مؤتمر صحفي أمس إن بلاده لن تسكت."), e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. وتقدم المحامي ببلاغ إلى النائب العام يتهم فيه قطر بتمويل الجماعات المسلحة.")]
    [InlineData("وصل وفد المعارضة أمس إلى القاهرة. وتقدم المحامي ببلاغ رسمي يتهم قطر بتمويل الجماعات المسلحة.")]
    public void A_document_that_accuses_is_the_news_it_was_filed_in(string body)
    {
        // The gate alone is asked: whether the keep model then keeps an accusation whose accuser the rules do not
        // read (the document is the verb's subject) is the model's call, 0.17 against its threshold 0.20 after
        // session 40's retrain. The same verb with no document is gated, so this can fail.
        Assert.False(IsGated(body));
        Assert.True(IsGated("وصل وفد المعارضة أمس إلى القاهرة. ويتهم المحامي قطر بتمويل الجماعات المسلحة."));
    }

    private static bool IsGated(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body, Published = Published }, AnalyzedText.Analyze(body));
        var at = context.Text.Tokens.ToList().FindIndex(t => body[t.Span.Start..t.Span.End].EndsWith("يتهم", StringComparison.Ordinal));
        Assert.True(at > 0);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        var e = new EventCandidate(at, at + 1, new TriggerEntry("ACCUSE", true, Tense.Present, "", null, null, "", 1), new Segmentation("يتهم", 0, 0, false));
        return EventStage.IsStandingAccusation(index, e);
    }
}
