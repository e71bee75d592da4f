using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «اشتباكات عنيفة بين الجيش الحر والقوات النظامية»: a clash noun followed by «بين X و Y» names both
/// sides, and where no one attacks the coding guideline takes the side named first as actor1 and the
/// other as actor2 (docs/annotation.md 6.3). The rules read the subject before the noun or the
/// sentence's topic instead, which made the second side (or a third party) the doer and left actor2 empty.
/// </summary>
internal static class ClashSides
{
    /// <summary>At most this many words (adjectives: «العنيفة», «المسلحة») between the clash noun and «بين».</summary>
    internal const int WordsBeforeBetween = 2;

    /// <summary>At most this many tokens (a head noun: «مقاتلي») between «بين» and the first side.</summary>
    private const int WordsBeforeFirst = 1;

    /// <summary>At most this many tokens between the first side and the second («من جهة» and «و» may stand there).</summary>
    internal const int WordsBetweenSides = 4;

    /// <summary>The two sides of the clash at <paramref name="e"/>, or (null, null) when its noun is not followed by «بين» and a named side.</summary>
    public static (ActorHit? First, ActorHit? Second) Of(ArticleIndex index, EventCandidate e, int clauseEnd)
    {
        if (e.Trigger.IsVerb || e.Type != "ASSAULT")
        {
            return default;
        }
        var between = BetweenAfter(index, e, clauseEnd, crossTriggers: true);
        var far = false;
        if (between < 0)
        {
            between = FarBetween(index, e);
            if (between < 0)
            {
                return default;
            }
            // The pair told past the clash noun's place and time may stand after a comma, still in its sentence.
            (far, clauseEnd) = (true, Math.Min(index.SentenceOf(e.First).End, index.Count));
        }
        var first = Side(index, between + 1, between + 2 + WordsBeforeFirst, clauseEnd, null);
        if (far && first is { IsArmed: false })
        {
            return default;
        }
        // «بين» itself is a preposition word; another one, or a clitic «ب»/«ل», puts the name off the pair.
        if (first is null || first.Clitics.AsSpan().IndexOfAny('ب', 'ل') >= 0 || (first.First > between + 1 && index.IsRole(first.First - 1, "prep", true)))
        {
            return default;
        }
        var second = Side(index, first.End, first.End + 1 + WordsBetweenSides, clauseEnd, first.ActorId);
        // The second side is joined by «و» («والقوات», «و القوات»), not merely the next name in the clause.
        if (second is not null && !second.Clitics.StartsWith('و') && index.Token(second.First - 1).Norm != "و")
        {
            second = null;
        }
        return (first, second);
    }

    /// <summary>
    /// The «بين» right after the fight noun of <paramref name="e"/>, behind at most <see cref="WordsBeforeBetween"/>
    /// words that are no actor (its adjectives: «العنيفة»), or -1. The local sides (EventStage.LocalSides) read their
    /// pair from the same «بين» but do not cross another trigger (<paramref name="crossTriggers"/> false).
    /// </summary>
    public static int BetweenAfter(ArticleIndex index, EventCandidate e, int clauseEnd, bool crossTriggers)
    {
        for (var k = e.End; k < clauseEnd && k <= e.End + WordsBeforeBetween; k++)
        {
            var t = index.Token(k);
            if (index.Words.IsWholeWord(t.Norm, "between"))
            {
                return k;
            }
            if (!t.IsWord || index.ActorAt(k) is not null || (!crossTriggers && index.IsTrigger(k)))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// At most this many tokens of the clash noun's place and time between it and a far «بين»: «الاشتباكات العنيفة في محيط
    /// قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي، بين»; a time span and a place with its
    /// quarters («الليلة الماضية وحتى الساعات الأولى من صباح السبت 9 فبراير، على أطراف مدينة دمشق وفى بعض أحيائها الجنوبية بين») reach 22.
    /// </summary>
    private const int FarReach = 28;

    /// <summary>
    /// «تستمر الاشتباكات في محيط القرية بريف حماة، بين قوات النظام ومسلحين»: the clash noun's place and
    /// time may come before its pair of sides. «بين» counts within its sentence when only places, times
    /// and commas stand between: no other trigger (whose pair it would be), no relative pronoun («في حي
    /// القدم الذي يقع بين»: a place's bounds), and no name that is not a place behind a preposition.
    /// The first side must be an armed one, so a span between two towns names no side.
    /// </summary>
    private static int FarBetween(ArticleIndex index, EventCandidate e)
    {
        var end = Math.Min(Math.Min(index.SentenceOf(e.First).End, index.Count), e.End + FarReach);
        for (var k = e.End; k < end; k++)
        {
            var t = index.Token(k);
            if (index.Words.IsWholeWord(t.Norm, "between"))
            {
                return k;
            }
            if ((t.Kind == TokenKind.Punctuation && t.Norm is not ("،" or ",") && !IsJoiningHyphen(index, k)) || index.IsTrigger(k) || index.IsRole(k, "relative"))
            {
                return -1;
            }
            if (index.ActorAt(k) is { } a && a.First == k && !index.IsPrepositionBefore(a) && !(a.Entry?.Class == "state" && a.End - a.First == 1))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// «الحدود اللبنانية - السورية»: a hyphen between two words joins a compound of the place (two nationalities, two towns
    /// of a road), so the clause goes on past it; a hyphen at either end of the span, or beside other punctuation, may open an aside.
    /// </summary>
    private static bool IsJoiningHyphen(ArticleIndex index, int k) =>
        index.Token(k).Norm is "-" or "–" && k > 0 && k + 1 < index.Count && index.Token(k - 1).IsWord && index.Token(k + 1).IsWord;

    /// <summary>
    /// The first side of the «بين X و Y» pair of armed sides whose second side is <paramref name="second"/>, or null:
    /// «بين» right before X (or before its head noun, «بين مقاتلي»), Y joined to it by «و» within <see cref="WordsBetweenSides"/> tokens.
    /// </summary>
    public static ActorHit? FirstOfPair(ArticleIndex index, ActorHit second)
    {
        if (!second.IsArmed || (!second.Clitics.StartsWith('و') && (second.First < 1 || index.Token(second.First - 1).Norm != "و")))
        {
            return null;
        }
        var at = index.FirstActorFrom(second.First);
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            var a = index.Actors[i];
            // «بين وحدات من الجيش السوري والمعارضة»: a nationality after the first side qualifies it.
            if (a.End > second.First || second.First - a.End > WordsBetweenSides || a.IsNisba)
            {
                continue;
            }
            if (!a.IsArmed || a.Clitics.Length > 0 || a.First < 1 || a.ActorId == second.ActorId)
            {
                return null;
            }
            var headed = a.First >= 2 && index.Token(a.First - 1).IsWord && !index.IsRole(a.First - 1, "prep", true);
            var between = index.Words.IsWholeWord(index.Token(a.First - 1).Norm, "between")
                || (headed && index.Words.IsWholeWord(index.Token(a.First - 2).Norm, "between"));
            return between && ReferenceEquals(Side(index, a.End, a.End + 1 + WordsBetweenSides, index.Count, a.ActorId), second) ? a : null;
        }
        return null;
    }

    private static ActorHit? Side(ArticleIndex index, int from, int to, int clauseEnd, string? other)
    {
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < Math.Min(to, clauseEnd); i++)
        {
            var a = index.Actors[i];
            // «حزب الله اللبناني»: a nationality after a name qualifies it, and names no side of its own.
            if (!a.IsNisba && !string.Equals(a.ActorId, other, StringComparison.Ordinal))
            {
                return a;
            }
        }
        return null;
    }
}
