using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// A word that starts with «و»: the conjunction as a clitic («وعلويين», «ومعارضي», «وعدد») when some
/// reading of the word has a proclitic before a base of three letters or more, not a word whose own
/// first letter it is («وسط»). The local sides of a clash and the companions of a named dead ask it.
/// The conjunction itself is event_words.tsv role and.
/// </summary>
internal static class WawClitic
{
    /// <summary>
    /// Whether <paramref name="word"/> opens with the conjunction's letter (event_words role and): a reading's
    /// proclitics («و», «وب»), an actor's clitics, or a normalized word, which may also own that letter («وسط»;
    /// <see cref="HasProclitic"/> tells the two apart).
    /// </summary>
    public static bool OpensWith(string word) => word.Length > 0 && word[0] == Letter;

    /// <summary>The conjunction's letter, read once from the one-letter row of role and: asked at every token of the list and local-side loops.</summary>
    private static readonly char Letter = WordRoles.EventWords.WordsOf("and").First(w => w.Length == 1)[0];

    /// <summary>Whether <paramref name="t"/> is the conjunction written apart from the word it joins («و الحر»).</summary>
    public static bool IsAlone(Token t) => WordRoles.EventWords.IsWholeWord(t.Norm, "and");

    /// <summary>
    /// The reading of <paramref name="t"/> with the conjunction alone before its base («والحر» = و + الحر, «والزقوم»
    /// = و + الزقوم), or null when its first letter is no conjunction.
    /// </summary>
    public static Segmentation? AfterConjunction(Token t)
    {
        if (!OpensWith(t.Norm))
        {
            return null;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix == 1 && r.Suffix == 0)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="t"/> has a reading with a proclitic before a base of three letters or more (its callers test the «و» first).</summary>
    public static bool HasProclitic(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && r.Base.Length >= 3)
            {
                return true;
            }
        }
        return false;
    }
}
