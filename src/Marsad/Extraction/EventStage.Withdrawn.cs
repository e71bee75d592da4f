using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «سيطر مقاتلون معارضون على الجامع بعد انسحاب القوات النظامية منه», «استولوا على النادي بعد
/// انسحاب الجيش منه»: a withdrawal told as what came before the deed (behind «بعد», «عقب», «إثر»,
/// the event lexicon's background role) names in its genitive the side that left, the loser of the
/// capture or of the fighting that led to it (docs/annotation.md 6.1: CAPTURE's actor1 is the taker,
/// actor2 the loser). The nearest mention of that side is then the withdrawer, no option for the
/// doer of any deed of its sentence but the withdrawal itself. In the shared news «بعد انسحاب X»
/// follows a capture or a deed by the other side in each of the conflict reports read (Aleppo's
/// mosque, Sheikh Saeed, al-Jarrah airbase, Qahtaniya, Ramadi's stadium); hand-read 04c A #14, B #13.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Leaves out of the actor1 options every actor whose nearest mention is the withdrawer of a background withdrawal in the trigger's sentence.</summary>
    private static void DropWithdrawn(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options)
    {
        if (e.Type == "WITHDRAW")
        {
            return;
        }
        options.RemoveAll(o => o.Hit is { } hit && (IsWithdrawer(index, hit, e) || IsClashedWith(index, hit, e.First)));
    }

    /// <summary>Words (adjectives: «عنيفة», «ضارية») allowed between a clash noun and the «مع» of its other side.</summary>
    private const int ClashGap = 2;

    /// <summary>
    /// «استعادوا السيطرة على التلة بعد اشتباكات عنيفة مع قوات النظام», «اشتبك الثوار مع الجيش»: the
    /// side after «مع» behind a clash word («اشتباكات», «معارك», «اشتبك») is the other side of the
    /// fighting (docs/annotation.md 6.3: actor1 the attacker or the side named first), never the
    /// doer of a deed of that sentence. Hand-read 04d A #35, B #31: the army after «مع» was coded
    /// the taker of what the rebels took.
    /// </summary>
    internal static bool IsClashedWith(ArticleIndex index, ActorHit hit, int trigger)
    {
        var with = hit.First - 1;
        if (with < 1 || index.Text.Tokens[with].Norm != "مع" || index.Text.Tokens[hit.First].Sentence != index.Text.Tokens[trigger].Sentence)
        {
            return false;
        }
        for (var k = with - 1; k >= Math.Max(0, with - 1 - ClashGap); k--)
        {
            var token = index.Text.Tokens[k];
            if (!token.IsWord || index.ActorAt(k) is not null || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m && m.End == k + 1 && m.Values.Any(t => t.Type == "ASSAULT"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="hit"/> stands right after a withdrawal noun («انسحاب») that is not
    /// the trigger, with a background word before the noun, in the trigger's sentence.
    /// </summary>
    private static bool IsWithdrawer(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        var noun = hit.First - 1;
        if (noun < 1 || (noun >= e.First && noun < e.End) || index.Text.Tokens[hit.First].Sentence != index.Text.Tokens[e.First].Sentence)
        {
            return false;
        }
        return TriggerLexicon.Default.Matcher.MatchAt(index.Text, noun) is { } m && m.End == hit.First && m.Values.Any(t => t.Type == "WITHDRAW" && !t.IsVerb)
            && index.IsRole(noun - 1, "background", true);
    }
}
