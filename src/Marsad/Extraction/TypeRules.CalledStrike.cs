using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>Tokens after the copula the strike or bomb word may stand («كان غارة جوية», «كان سيارة مفخخة»).</summary>
    private const int CopulaReach = 3;

    /// <summary>
    /// «القوات الإسرائيلية شنت هجوما على قافلة … من المعتقد أن الهجوم كان غارة جوية», «إن الهجوم كان سيارة مفخخة»: a plain
    /// attack word names no weapon, and the article then says by «كان» what the attack was. The definite attack noun right
    /// before the copula takes back the last attack told by an indefinite noun or a verb; a strike, a projectile or a bomb
    /// after the copula makes that attack remote violence (SPEC §2). Another indefinite attack word told between them is
    /// another attack, and the search stops there.
    /// </summary>
    internal static bool IsCalledStrike(ArticleIndex index, EventCandidate e)
    {
        if (!NamesPlainAttack(index, e))
        {
            return false;
        }
        return e.End < index.Count && index.CalledStrikeFrom(static index => CalledFrom(index))[e.End];
    }

    /// <summary>
    /// The answer for every start, read backwards in one pass: at a plain-attack word the search stops (an indefinite one is
    /// another attack, a definite one before «كان» and a strike word answers yes); elsewhere the answer is the next token's.
    /// </summary>
    private static bool[] CalledFrom(ArticleIndex index)
    {
        var from = new bool[index.Count];
        for (var k = index.Count - 2; k >= 0; k--)
        {
            from[k] = !index.Token(k).IsWord || !index.IsRole(k, "plainattack", true)
                ? from[k + 1]
                : DefiniteForm.IsDefinite(index.Token(k).Norm)
                    && ((index.IsRole(k + 1, "was", false) && StrikeAfterCopula(index, k + 1)) || from[k + 1]);
        }
        return from;
    }

    private static bool NamesPlainAttack(ArticleIndex index, EventCandidate e) => index.TriggerHasRole(e, "plainattack");

    /// <summary>Whether a strike, projectile or bomb word stands within <see cref="CopulaReach"/> words after the copula at <paramref name="copula"/>, in its clause.</summary>
    private static bool StrikeAfterCopula(ArticleIndex index, int copula)
    {
        var clause = index.ClauseOf(copula);
        for (var j = copula + 1; j < Math.Min(clause.End, copula + 1 + CopulaReach); j++)
        {
            if (TypeCues.IsRemoteWord(index, j) || index.IsRole(j, "bomb", true))
            {
                return true;
            }
        }
        return false;
    }
}
