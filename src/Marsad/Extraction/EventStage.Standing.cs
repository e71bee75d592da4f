namespace Marsad.Extraction;

/// <summary>
/// «وتتهم دمشق قطر وتركيا والسعودية بتمويل المنظمات الارهابية», «ويتهم المحتجون الحكومة بتهميشهم»,
/// «حزب الله الذي تتهمه المعارضة بارسال مقاتلين»: a verb of accusing told in the present states where a party
/// has stood for months, the background of the news (docs/annotation.md 4.3, a habit or a description), not a
/// statement made in the news time, which news tells in the past («اتهمت دمشق»). The coders of train and dev
/// coded one such present accusation optional (nc-df41b343, "a standing accusation in the present tense") and
/// left the others out; the keep model, which reads the verb's weight and its named parties more than its
/// tense, kept two on train and about 70 on the conflict pool.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after the verb (its subject or object pronoun between) where «فيه/فيها» may take back a document.</summary>
    private const int DocumentReach = 2;

    /// <summary>Tokens before the verb where the document that accuses may stand («ببلاغ رسمي يتهم», «خطابات من طالبان تتهمه»).</summary>
    private const int DocumentBefore = 4;

    /// <summary>
    /// True for an asserted accusation verb in the present (event_words.tsv role standing), unless a verb of
    /// saying stands before it in its sentence (a statement made now), or it opens
    /// the article (a headline or a lead tells its news in the present: «رغدة تتهم الإخوان …») or speaks
    /// through a document, one it takes back («بلاغ يتهم فيه», «تصريحات … يتهمون فيها تركيا»: role docref) or
    /// one that is its subject («ببلاغ رسمي يتهم», «المنشورات التي تتهم»: role document), where the filing or
    /// the statement is the news.
    /// </summary>
    internal static bool IsStandingAccusation(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ACCUSE" || !e.Trigger.IsVerb || e.Trigger.Tense != Lexicons.Tense.Present || e.Modality != "asserted"
            || !index.IsRole(e.First, "standing", true) || index.Text.Tokens[e.First].Sentence == 0)
        {
            return false;
        }
        // «وقال الوزير إن دمشق تتهم أنقرة», «نتهم إسرائيل»: under a verb of saying, or in the first person,
        // the accusation is a statement made in the news time (review23 should-fix 7; «نتهم» left the role).
        // A relative clause («المحتجين الذين يتهمون قوات الأمن») describes its noun even when said: still background.
        if (!(e.First > 0 && index.IsRole(e.First - 1, "relative"))
            && AttributionFinder.Default.SaysBefore(index.Text, index.Text.Sentences[index.Text.Tokens[e.First].Sentence], e.First))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.End; k < Math.Min(clause.End, e.End + DocumentReach); k++)
        {
            if (index.IsRole(k, "docref"))
            {
                return false;
            }
        }
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - DocumentBefore); k--)
        {
            if (index.IsRole(k, "document", true))
            {
                return false;
            }
        }
        return true;
    }
}
