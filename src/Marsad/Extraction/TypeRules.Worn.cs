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
    private static int PreviousWordInClause(ArticleIndex index, int k) =>
        PreviousWord(index, k) is var before && before >= index.ClauseOf(k).First ? before : -1;

    /// <summary>
    /// Whether the aircraft word at <paramref name="k"/> names a body after a noun of an intelligence or command service (event_words
    /// role servicehead: «استخبارات», «مخابرات»): «جرى اعتقالهم من قبل استخبارات سلاح الجو» names the air force intelligence
    /// service, which arrests and executes; the words tell no strike.
    /// </summary>
    private static bool IsServiceName(ArticleIndex index, int k) =>
        PreviousWordInClause(index, k) is var before && before >= 0 && index.IsRole(before, "servicehead", true);
}
