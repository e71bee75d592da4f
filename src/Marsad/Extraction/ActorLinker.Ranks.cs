using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «بعد مواجهات خلفت عشرات القتلى في صفوف المتمردين», «انضموا إلى صفوف التنظيم»: the party after «صفوف» (event_words.tsv
/// deadranks) is the genitive of the ranks, the place where men fell, joined or left, never the subject of a clause. Read
/// as the sentence's topic it gave the deeds of the other side to it (handread 07k X11: the government's capture of Lahj
/// coded to the Houthis counted dead «في صفوف» them). A noun of its men may stand between («في صفوف عناصر الحرس»).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Words of a side's men that may stand between «صفوف» and the party it names.</summary>
    private const int RanksReach = 2;

    private static bool IsInRanks(ArticleIndex index, ActorHit a)
    {
        for (var k = a.First - 1; k >= Math.Max(0, a.First - 1 - RanksReach); k--)
        {
            if (!index.Token(k).IsWord)
            {
                return false;
            }
            if (index.IsRole(k, "deadranks", true))
            {
                return true;
            }
            if (!index.IsRole(k, "deadmen", true) && !index.IsRole(k, "groupmen", true))
            {
                return false;
            }
        }
        return false;
    }
}
