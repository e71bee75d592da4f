using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «تبادل النظام والمعارضة الاتهامات», «وتتبادل القوات الحكومية والمعارضة القصف على مناطق في دمشق»: a verb of exchanging
/// (actor_roles.tsv reciprocal) whose subject is two sides joined by «و», with the exchanged deed as its object, has no
/// single doer. The guideline codes one deed by two named attackers to the first named (docs/annotation.md 8, "One attack
/// by two named attackers") and blame exchanged as an ACCUSE each way; the subject read before the noun took the second
/// side, nearest it, as the doer (docs/events.md s40-roles: 2f7ae260, 2efd260c, d16112d8). The first side is the doer, the
/// second the other side. A deed the two sides blame each other for, told after «الاتهامات», keeps no doer
/// (<see cref="MutualBlameBefore"/>, as for the joined phrase «تبادلا الاتهامات»).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many tokens between the second side and the exchanged noun («في سوريا»).</summary>
    private const int ReciprocalGap = 2;

    /// <summary>The two sides of the verb of exchanging whose object is the trigger, first named first, or null.</summary>
    internal static (ActorHit First, ActorHit Second)? ReciprocalSides(ArticleIndex index, EventCandidate e) =>
        e.Trigger.IsVerb ? null : ReciprocalSidesBefore(index, e.First);

    /// <summary>The sides of «verb X وY» ending right before <paramref name="noun"/> (a place phrase «في …» may stand between).</summary>
    private static (ActorHit First, ActorHit Second)? ReciprocalSidesBefore(ArticleIndex index, int noun)
    {
        var clause = index.Token(noun).Clause;
        for (var end = noun; end >= Math.Max(1, noun - ReciprocalGap); end--)
        {
            if (end < noun && !string.Equals(index.Token(end).Norm, "في", StringComparison.Ordinal))
            {
                continue;
            }
            if (index.ActorAt(end - 1) is not { } second || second.End != end || !second.Clitics.StartsWith('و') || second.IsNisba
                || index.ActorAt(second.First - 1) is not { } first || first.End != second.First || first.IsNisba
                || index.Token(first.First).Clause != clause)
            {
                continue;
            }
            // «في الوقت الذي تبادل فيه النظام والمعارضة الاتهامات»: the resumptive pronoun of a relative clause may stand first.
            var verb = first.First - 1;
            if (verb > 0 && WordRoles.ActorRoles.Is(index.Text, verb, "resumptive"))
            {
                verb--;
            }
            if (verb >= 0 && index.Token(verb).Clause == clause && WordRoles.ActorRoles.Is(index.Text, verb, "reciprocal", true))
            {
                return (first, second);
            }
        }
        return null;
    }

    /// <summary>«تبادل النظام والمعارضة الاتهامات بشأن الهجوم»: the noun of blame, split from its verb by the two sides, at or before <paramref name="k"/>'s phrase.</summary>
    private static bool IsExchangedBlame(ArticleIndex index, int k) =>
        WordRoles.ActorRoles.Is(index.Text, k, "exchangedblame", true) && ReciprocalSidesBefore(index, k) is not null;
}
