using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «قامت القوات بهدم منازل في الحي، وذلك بعد إجلاء السكان»: an evacuation («إجلاء», an AID trigger) told in the sentence of
/// a demolition by a force (event_words.tsv role demolish: «هدم», «بهدم», «هدمت») is the clearing of the residents before
/// their homes are pulled down, an eviction and no aid (annotation.md 6.1: aid is help given; the decisions log codes the
/// destruction of civilian homes ATTACK_CIVILIANS). The collapse of homes under shelling («تهدم المنازل») is no role word:
/// an evacuation after it is rescue. A gate, not a trigger need, so the article's other candidates read the same features.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Whether <paramref name="e"/> is an evacuation in a sentence that tells a demolition.</summary>
    internal static bool IsEvictionForDemolition(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "AID" || !index.Token(e.First).Norm.EndsWith("جلاء", StringComparison.Ordinal))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (index.IsRole(k, "demolish", true))
            {
                return true;
            }
        }
        return false;
    }
}
