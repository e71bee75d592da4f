using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// A word that starts with «و»: the conjunction as a clitic («وعلويين», «ومعارضي», «وعدد») when some
/// reading of the word has a proclitic before a base of three letters or more, not a word whose own
/// first letter it is («وسط»). The local sides of a clash and the companions of a named dead ask it.
/// </summary>
internal static class WawClitic
{
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
