using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>At most this many words of the sent thing stand between the word of sending and its «من» («وصول البطاريتين الأخيرتين من»).</summary>
    private const int SentThingReach = 3;

    /// <summary>How far before a deployment the sent thing it takes back may be told («البطاريتين المرسلتين من هولندا السبت الماضي، بعد نشرهما»).</summary>
    private const int SentBeforeReach = 12;

    /// <summary>
    /// «البطاريتين المرسلتين من هولندا … بعد نشرهما», «وصول البطاريتين الأخيرتين من الولايات المتحدة
    /// إلى تركيا»: a force or weapon said to be sent or to arrive «من» a party names its sender, the
    /// doer of the build-up when no doer stands in the clause; the doer of the sentence before (the
    /// previous battery's state) is another sender. Only an actor right after «من» counts: «وصول
    /// تعزيزات من محافظة عدن» names where they come from, no one who sent them, and keeps the
    /// inherited doer, and so does a town («من دمشق»). After a noun of arriving (role arrival) a country is
    /// where the force comes from («وصول تعزيزات من تركيا إلى مدينة إدلب»), unless it goes to another state
    /// («وصول البطاريتين من الولايات المتحدة إلى تركيا»): a transfer between states is the first state's
    /// sending. The participles of sending («المرسلة من هولندا») always say who sent. The word closest to the trigger wins, within its sentence.
    /// </summary>
    private static ActorHit? SenderNamed(ArticleIndex index, EventCandidate e, TextUnit sentence)
    {
        ActorHit? best = null;
        var bestDistance = int.MaxValue;
        var from = Math.Max(sentence.First, e.First - SentBeforeReach);
        var to = Math.Min(sentence.End, e.End + SentThingReach);
        for (var k = from; k < to; k++)
        {
            if (!index.IsRole(k, "sentfrom", true))
            {
                continue;
            }
            for (var j = k + 1; j <= k + 1 + SentThingReach && j + 1 < sentence.End; j++)
            {
                if (index.Token(j).Kind == TokenKind.Punctuation)
                {
                    break;
                }
                if (!index.Words.IsWholeWord(index.Token(j).Norm, "whence"))
                {
                    continue;
                }
                // «لدى وصولهم على الطائرة القادمة من دمشق»: a town after «من», a capital among them, is where one
                // comes from (annotation.md 6.3); a country or a body sends.
                var origin = index.PlaceAt(j + 1);
                if (index.ActorAt(j + 1) is { IsNisba: false } sender && sender.First == j + 1
                    && (origin is null || (origin.Mention.Precision == "country" && (!index.IsRole(k, "arrival", true) || ToState(index, origin.End, sentence.End))))
                    && Math.Abs(k - e.First) < bestDistance)
                {
                    best = sender;
                    bestDistance = Math.Abs(k - e.First);
                }
                break;
            }
        }
        return best;
    }

    /// <summary>At most this many tokens after the origin the destination of an arrival may stand («من الولايات المتحدة إلى تركيا»).</summary>
    private const int DestinationReach = 3;

    /// <summary>A country the arrival goes to (toward), right after its origin.</summary>
    private static bool ToState(ArticleIndex index, int from, int sentenceEnd)
    {
        for (var j = from; j < Math.Min(sentenceEnd, from + DestinationReach); j++)
        {
            if (index.PlaceAt(j) is { } p && p.First == j)
            {
                return p.Mention.Precision == "country" && PlaceGovernors.Of(index.Text, j, p.Span.Start) == PlaceRole.Toward;
            }
        }
        return false;
    }
}
