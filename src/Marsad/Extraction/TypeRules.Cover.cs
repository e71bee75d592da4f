using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>Words before a remote word where the noun of support that governs it is looked for («بدعم من طيران التحالف»).</summary>
    private const int CoverReach = 3;

    /// <summary>
    /// Whether the remote word at <paramref name="k"/> is the air or artillery cover of a ground deed: a noun of support
    /// (event_words role cover: «بدعم», «بمساندة», «بإسناد», «بغطاء», «معتمدة على») stands within <see cref="CoverReach"/>
    /// words before it in its clause, with no trigger between. «تقدمت القوات بدعم من الطيران», «تعرضت لهجوم مضاد من القوات
    /// الحكومية معتمدة على القوة الجوية»: the aircraft back the attack; the attack itself is fought on the ground, an ASSAULT
    /// (SPEC §2), and the strikes, when the article tells them as deeds of their own, are a separate REMOTE.
    /// </summary>
    private static bool IsCover(ArticleIndex index, int k)
    {
        var clause = index.ClauseOf(k);
        var words = 0;
        for (var j = k - 1; j >= clause.First && words < CoverReach; j--)
        {
            if (!index.Token(j).IsWord)
            {
                continue;
            }
            words++;
            if (index.IsRole(j, "cover", true))
            {
                return true;
            }
            if (index.IsTrigger(j))
            {
                return false;
            }
        }
        return false;
    }
}
