using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
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
