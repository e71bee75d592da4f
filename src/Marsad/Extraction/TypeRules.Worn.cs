using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>
    /// Whether the bomb word at <paramref name="k"/> is worn or carried: right after a verb of wearing or carrying (event_words
    /// role wear: «يحملون», «يرتدي», «مرتديا»), or after a belt or vest noun (role gear: «أحزمة», «حزاما») that stands right after
    /// one. «8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على القوات الأمنية»: the belts describe the attackers, no
    /// blast; the attack they tried is fought on the ground (annotation.md 6.1). A blast told beside them («انتحاري يرتدي حزاما
    /// ناسفا فجر نفسه») names its own bomb word («انتحاري», «فجر نفسه»), which still makes the sentence a strike.
    /// </summary>
    private static bool IsWorn(ArticleIndex index, int k)
    {
        var before = PreviousWordInClause(index, k);
        if (before < 0)
        {
            return false;
        }
        if (index.IsRole(before, "wear", true))
        {
            return true;
        }
        return index.IsRole(before, "gear", true) && PreviousWordInClause(index, before) is var verb && verb >= 0 && index.IsRole(verb, "wear", true);
    }

    /// <summary>The word token before <paramref name="k"/> in its clause, or -1.</summary>
    private static int PreviousWordInClause(ArticleIndex index, int k)
    {
        var clause = index.ClauseOf(k);
        for (var j = k - 1; j >= clause.First; j--)
        {
            if (index.Token(j).IsWord)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether the attack noun <paramref name="e"/> is followed by the name of a weekday, right after it or after «يوم» (event_words
    /// roles dayname, daynoun): «أكثر هجمات الثلاثاء دموية», «هجوم يوم الخميس على حي المزرعة». The day's name makes the noun
    /// definite, as the article would: it retells the attacks of that day told before, not a new one.
    /// </summary>
    private static bool NamesDay(ArticleIndex index, EventCandidate e)
    {
        var k = NextWord(index, e.End - 1);
        if (k >= 0 && index.IsRole(k, "daynoun", false))
        {
            k = NextWord(index, k);
        }
        return k >= 0 && index.IsRole(k, "dayname", false);
    }

    /// <summary>The word token after <paramref name="k"/> in its clause, or -1.</summary>
    private static int NextWord(ArticleIndex index, int k)
    {
        var clause = index.ClauseOf(k);
        for (var j = k + 1; j < clause.End; j++)
        {
            if (index.Token(j).IsWord)
            {
                return j;
            }
        }
        return -1;
    }
}
