using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The mention finders the readings of <see cref="ActorLinker"/> share: the party after a preposition of the
/// trigger, the next actor mention that a reading accepts, and a chain of nisba adjectives.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Where a preposition word stands after the trigger within the clause, or null.</summary>
    private static int? PrepositionAt(ArticleIndex index, int from, int clauseEnd, string prep)
    {
        for (var k = from; k < Math.Min(clauseEnd, from + 6); k++)
        {
            if (string.Equals(index.Token(k).Norm, prep, StringComparison.Ordinal))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>The actor after a preposition word or clitic («على الجيش», «لتنظيم «داعش»»), within the clause.</summary>
    private static ActorHit? AfterPreposition(ArticleIndex index, int from, int clauseEnd, string prep)
    {
        var limit = Math.Min(clauseEnd, from + 8);
        for (var k = from; k < limit; k++)
        {
            var t = index.Token(k);
            if (string.Equals(t.Norm, prep, StringComparison.Ordinal) || (t.Norm.Length > 1 && t.Norm[0] == 'و' && string.Equals(t.Norm[1..], prep, StringComparison.Ordinal)))
            {
                // «على مواقع الجيش»: one head noun may stand between; a partitive «من بعضهم» names no one here.
                var a = index.ActorAt(k + 1)
                    ?? (k + 2 < limit && index.Token(k + 1).Kind != TokenKind.Punctuation && !index.IsRole(k + 1, "partitive", true)
                        && index.ActorAt(k + 2) is { } far && far.Clitics.Length == 0 ? far : null);
                if (a is not null && !a.IsNisba)
                {
                    return a;
                }
            }
            if (prep.Length == 1)
            {
                var a = index.ActorAt(k);
                if (a is not null && a.First == k && !a.IsNisba && ArticleIndex.StartsWithCliticPrep(a, prep[0]))
                {
                    return a;
                }
            }
        }
        return null;
    }

    private static ActorHit? NextActor(ArticleIndex index, int from, int to, Func<ActorHit, bool> accept)
    {
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            if (accept(a))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// Nationality adjectives right after a noun, in a row: «الاتفاق الأميركي الروسي»; an adjective
    /// or two of manner may stand first («الغارة الجوية الإسرائيلية», «القصف المدفعي التركي»).
    /// </summary>
    private static List<ActorHit> NisbaChain(ArticleIndex index, int from)
    {
        var chain = new List<ActorHit>();
        var k = from;
        for (var manner = 0; manner < MannerReach && index.ActorAt(k) is null && index.IsRole(k, "manner"); manner++)
        {
            k++;
        }
        while (k < index.Count)
        {
            var a = index.ActorAt(k);
            if (a is null || !a.IsNisba || a.First != k)
            {
                break;
            }
            chain.Add(a);
            k = a.End;
        }
        return chain;
    }
}
