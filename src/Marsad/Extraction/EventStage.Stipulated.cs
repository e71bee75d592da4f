namespace Marsad.Extraction;

/// <summary>
/// «الاتفاق ينص على أن الطائرات … ستكون قادرة على استخدام القاعدة لشن غارات», «ضمن تسوية تقضي بانسحابهم», «اتفاق يقضي
/// بإرسال أسلحة», «الخطة تنص على إغلاق المداخل ثم قيام الطيران بقصف»: a deed an agreement, a settlement, a plan or a decision
/// stipulates is one of its terms, to be done if ever, no happening of the news (docs/annotation.md 4.3). The keep model reads
/// the deed's own words (a strike, a withdrawal) and kept them on the pool asserted (s42-noevent). A deed told before the
/// stipulating verb keeps its clause («انسحبت القوات بعد أن أخذت تعهدا يقضي بجلب الملثمين»), and so does a past verb after
/// it, which tells a deed of its own, and a clause opened by «فيما» or «بينما» after the terms.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Tokens from the stipulating verb to the deed it stipulates: a term runs long («ينص على أن الطائرات الأمريكية المجهزة
    /// بقنابل وصواريخ ستكون قادرة على استخدام قاعدة أنجرليك الجوية لشن غارات … وستقدم تركيا الدعم لتلك الغارات»).
    /// </summary>
    private const int StipulateReach = 30;

    private static bool IsStipulated(ArticleIndex index, EventCandidate e, List<EventCandidate> candidates)
    {
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - StipulateReach); k--)
        {
            // «فيما», «بينما», «غير أن» open a clause the terms do not reach; «ومن ثم» is the plan's next step
            // («تنص على إغلاق المداخل، ومن ثم قيام الطيران بقصف»), still a term.
            if (index.IsRole(k, "contrast") || (index.IsRole(k, "opener", true) && !index.IsRole(k, "consequence", true)))
            {
                return false;
            }
            if (index.IsRole(k, "stipulate", true) && k + 1 < sentence.End && StipulatesNext(index, k + 1))
            {
                // A past deed verb between the terms' verb and the deed tells a deed of its own. Asked only once a
                // stipulating verb is found, so the candidate list is not searched at every step back of every candidate.
                var from = k;
                return !candidates.Exists(c => c.First >= from && c.First < e.First && c.Trigger.IsVerb && c.Trigger.Tense == Lexicons.Tense.Past);
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word after a stipulating verb opens its term: «على» («ينص على»), or a word behind the clitic «ب»
    /// («يقضي بانسحابهم»); «يقضي على الإرهاب» eliminates and «يقضي وقته» spends, so «يقضي» takes «ب» only.
    /// </summary>
    private static bool StipulatesNext(ArticleIndex index, int k)
    {
        var norm = index.Token(k).Norm;
        if (index.Words.IsWholeWord(norm, "stipulateon"))
        {
            return !index.IsRole(k - 1, "stipulateby", true);
        }
        return norm.Length > 2 && norm[0] == ChargePrep && index.IsRole(k - 1, "stipulateby", true);
    }
}
