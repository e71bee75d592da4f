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
        for (var k = e.End; k < index.Count - 1; k++)
        {
            if (!index.Token(k).IsWord || !index.IsRole(k, "plainattack", true))
            {
                continue;
            }
            if (!DefiniteForm.IsDefinite(index.Token(k).Norm))
            {
                return false;
            }
            if (index.IsRole(k + 1, "was", false) && StrikeAfterCopula(index, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesPlainAttack(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.First; k < e.End; k++)
        {
            if (index.IsRole(k, "plainattack", true))
            {
                return true;
            }
        }
        return false;
    }

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
