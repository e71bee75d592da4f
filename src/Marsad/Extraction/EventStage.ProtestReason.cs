namespace Marsad.Extraction;

/// <summary>
/// «أعلن الائتلاف تعليق مشاركته في المؤتمر احتجاجا على الصمت الدولي», «رفض دعوات لزيارة موسكو احتجاجا على …», «أعلن الوزير
/// استقالته احتجاجا على مقتل متظاهر»: the accusative «احتجاجا» is an adverb of reason, it says why the step before it was taken.
/// When that step is a political or diplomatic one (suspending, refusing, boycotting, walking out, resigning, recalling,
/// cancelling, freezing: event_words.tsv role demarche), nobody demonstrated: the step is a statement, no event (docs/annotation.md
/// 4.4). After a demonstration's own word («تظاهر الآلاف … احتجاجا على», «خرجت مسيرات … احتجاجا») the reason qualifies the
/// demonstration, which stays; so does a protest act the role does not list («قطع الطرق احتجاجا», «إغلاق الطرق»).
/// </summary>
public sealed partial class EventStage
{
    private static bool IsProtestReasonOfStep(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "PROTEST" || e.Trigger.IsVerb || !index.IsRole(e.First, "protestreason", true))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var step = false;
        for (var k = e.First - 1; k >= sentence.First; k--)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            // A demonstration told before the reason in its sentence is what the reason may qualify.
            if (index.TriggerTypeAt(k) == "PROTEST")
            {
                return false;
            }
            step |= index.IsRole(k, "demarche", true);
        }
        return step;
    }
}
