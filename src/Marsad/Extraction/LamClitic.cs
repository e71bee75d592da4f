namespace Marsad.Extraction;

/// <summary>
/// The clitic preposition ل before a word, alone or after و/ف, with or without the article
/// («لقطع», «للسيطرة», «وللهجوم», «فلل…»). The event stage asks it in two places: a noun governed
/// by ل is a verb's object (joined triggers) and a verbal noun behind ل reads as a purpose
/// (modality); one answer keeps the two from drifting apart.
/// </summary>
internal static class LamClitic
{
    /// <summary>Whether the proclitic string <paramref name="prefix"/> (a reading's prefix of the normalized token) ends in the preposition ل.</summary>
    public static bool IsLam(string prefix)
    {
        // The article is not a clitic preposition: «المعركة» is no ل, «للمعركة» and «لقطع» are.
        if (prefix.EndsWith("ال", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }
        return prefix is "ل" or "ول" or "فل" or "لل" or "ولل" or "فلل";
    }

    /// <summary>Whether some reading of <paramref name="t"/> carries the clitic preposition ل.</summary>
    public static bool Carries(Marsad.Text.Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && r.Prefix <= t.Norm.Length && IsLam(t.Norm[..r.Prefix]))
            {
                return true;
            }
        }
        return false;
    }
}
