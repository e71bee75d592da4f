using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «تجددت عمليات القنص بين باب التبانة وجبل محسن», «اشتباكات بين سنة وعلويين», «اشتباكات بين أنصار ومعارضي
/// النظام»: a fight whose «بين … و» pair names two quarters, two sects or two camps names two sides no
/// group stands for. The guideline codes two unnamed local factions UNIDENTIFIED-ARMED on both sides
/// (docs/annotation.md, the field notes' actors); the choice and the linker, which look for an actor mention,
/// found none there and left the doer empty or took a name inside the pair («معارضي النظام السوري»: the
/// regime is what the camp opposes, no side). Train and dev code such pairs UNIDENTIFIED-ARMED on both
/// sides 4 times (nc-cc40fa40 ×2, nc-d4b81747, nc-7f2f6913) and doerless once (nc-81be1d22).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens from the first side's start to the «و» of the second («باب التبانة وجبل محسن»: a name of two words); the clash rules' reach between two sides.</summary>
    private const int LocalPairReach = ClashSides.WordsBetweenSides;

    private static readonly ActorEntry LocalFactionEntry = new(ActorLexicon.UnidentifiedArmed, "name", "org");

    private static void LocalSides(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ASSAULT" || e.Trigger.IsVerb || LocalPair(index, e) is not var (first, second))
        {
            return;
        }
        if (TraceChoices)
        {
            Console.Error.WriteLine($"trace: doer rule localsides «{index.Text.TextOf(e.First, e.End)}» {e.Actor1?.ActorId ?? "-"}/{e.Actor2?.ActorId ?? "-"} -> {ActorLexicon.UnidentifiedArmed}/{ActorLexicon.UnidentifiedArmed}");
        }
        e.Actor1 = Faction(index, first);
        e.Actor1IsLocal = true;
        e.Actor2 = Faction(index, second);
    }

    /// <summary>The unnamed faction of the side at <paramref name="k"/>, spanning its place name where it is one.</summary>
    private static ActorHit Faction(ArticleIndex index, int k)
    {
        var end = index.PlaceAt(k) is { } place && place.First == k ? place.End : k + 1;
        return new ActorHit(k, end, index.Text.SpanOf(k, end), ActorLexicon.UnidentifiedArmed, Entry: LocalFactionEntry);
    }

    /// <summary>
    /// The first tokens of the two local sides after «بين» right after <paramref name="e"/>, or null. A side is a place
    /// or a people by sect or camp (event_words role community), behind at most one head noun («سكان», «منطقتي»: role
    /// sidehead); one of the two may be a bare word that is no actor («باب التبانة», a quarter the gazetteer lacks) when
    /// the other is such a side. The second is joined by «و» within <see cref="LocalPairReach"/> tokens; an actor
    /// mention on either side («بين الجيش وسكان البلدة») leaves the pair to the clash rules.
    /// </summary>
    private static (int First, int Second)? LocalPair(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        var between = ClashSides.BetweenAfter(index, e, clause.End, crossTriggers: false);
        if (between < 0)
        {
            return null;
        }
        // «بين باب التبانة وجبل محسن»: a quarter the gazetteer lacks is still a side when the other one is a place or a people.
        var strict = LocalSide(index, between + 1, clause.End);
        var first = strict ?? BareSide(index, between + 1, clause.End);
        if (first < 0)
        {
            return null;
        }
        for (var k = first + 1; k < clause.End && k <= first + LocalPairReach; k++)
        {
            var t = index.Token(k);
            if (!t.IsWord || index.IsTrigger(k))
            {
                return null;
            }
            // The second side is joined by «و» (a word of its own or a clitic); one of the two must be a place or a people.
            var (from, joined) = WawClitic.IsAlone(t) || (WawClitic.AfterConjunction(t) is { } r && index.Words.IsWholeWord(r.Base, "between"))
                ? (k + 1, true)
                : (k, WawClitic.OpensWith(t.Norm) && WawClitic.HasProclitic(t) && !index.IsRole(k, "ownwaw"));
            if (joined && (LocalSide(index, from, clause.End) ?? (strict is not null ? BareSide(index, from, clause.End) : -1)) is var second and >= 0)
            {
                return (first, second);
            }
            if (joined && from > k || index.ActorAt(k) is not null || index.IsRole(k, "prep", true))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The token at <paramref name="k"/>, or after one head noun there, when it is a word that is no actor, trigger or preposition; else -1.</summary>
    private static int BareSide(ArticleIndex index, int k, int end)
    {
        if (k < end && index.IsRole(k, "sidehead", true) && index.ActorAt(k) is null)
        {
            k++;
        }
        return k < end && index.Token(k).IsWord && index.ActorAt(k) is null && !index.IsTrigger(k) && !index.IsRole(k, "prep", true) ? k : -1;
    }

    /// <summary>The token at <paramref name="k"/>, or after one head noun there, when it opens a place or a community word and no actor.</summary>
    private static int? LocalSide(ArticleIndex index, int k, int end)
    {
        if (k < end && index.IsRole(k, "sidehead", true) && index.ActorAt(k) is null)
        {
            k++;
        }
        if (k >= end || index.ActorAt(k) is not null)
        {
            return null;
        }
        return index.PlaceAt(k) is { } place && place.First == k || index.IsRole(k, "community", true) ? k : null;
    }
}
