using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>
    /// «… في غارات لطيران التحالف الدولي ضد التنظيم في محافظة كركوك. واستهدفت الغارات الجوية عددا من المواقع»,
    /// «طائرات حربية إسرائيلية قصفت مركزا عسكريا. وذكر التلفزيون أن الهجوم وقع فجر الأربعاء»: a definite strike noun
    /// whose own sentence names no doer, right after the sentence of the same paragraph that told a strike with its doer,
    /// retells that strike and carries its doer, whether a nisba or a name told it. Only the sentence right before, in the
    /// same paragraph: the caution of s31c (in a war told from both sides the strike told earlier is often the other side's)
    /// holds across a paragraph break too (a try without the paragraph guard moved 10 pool rows, mostly to the wrong side:
    /// «القصف بقذائف الهاون تجدد» after the rebels' shells of another paragraph); a bomb never carries one (the caller's
    /// device guard), and a ground deed is not read.
    /// </summary>
    private static bool RetoldStrike(ArticleIndex index, EventCandidate e, ActorHit told)
    {
        if (e.Type != "REMOTE")
        {
            return false;
        }
        var sentence = index.Token(e.First).Sentence;
        var toldSentence = index.Token(told.First).Sentence;
        if (toldSentence != sentence - 1 || told.First >= e.First || !index.Text.SameParagraph(told.First, e.First))
        {
            return false;
        }
        // The sentence before told a strike, not only a clash or a ground attack of the same doer; a bombing told there is
        // another deed than the strike retold («كان على علم بحدوث التفجير. إلى ذلك، ارتفعت حصيلة الهجمات الصاروخية»).
        var unit = index.Text.Sentences[toldSentence];
        for (var k = unit.First; k < unit.End; k++)
        {
            if (index.TriggerTypeAt(k) == "REMOTE" && !index.IsRole(k, "device", true))
            {
                return true;
            }
        }
        return false;
    }
}
