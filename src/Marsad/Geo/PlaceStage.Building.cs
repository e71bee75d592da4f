using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// A definite noun of a building that the article named before is that building, not a town of
/// the same name (s37-site): «سيارة مفخخة قرب حسينية الزهراء … بعد الانفجار قرب الحسينية» is the
/// husseiniya, not the town «الحسينية» in Anbar; «ألحق أضرارا بمنشأة "فوردو" … داخل المنشأة» is
/// the plant, not Egypt's al-Minshah.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// An accepted one-word name that no cue word introduces and no list joins to a place before it: the only kind
    /// of name a back-reference (to a building, to a named pair) may take back from the gazetteer.
    /// </summary>
    private static bool IsLoneUncuedName(Match m) =>
        m.Accepted && m.End - m.First == 1 && m.CueKind is null && !m.CueBehindClitic && m.ListBefore is null;

    /// <summary>
    /// A one-word name with no cue word whose word is the definite form of a building noun
    /// (place_building_nouns.tsv), when an earlier word of the text is that noun without the article
    /// and no accepted place holds it: the writer named the building and now points back to it.
    /// A name a town word introduces («منطقة الحسينية») or that a list joins to a place before it
    /// («بلدتي خربة غزالة والكتيبة») stays a place.
    /// </summary>
    private bool RefersBackToBuilding(Match m, List<Match> matches, AnalyzedText text)
    {
        if (!IsLoneUncuedName(m))
        {
            return false;
        }
        var noun = DefiniteBuildingNoun(text.Tokens[m.First]);
        if (noun is null)
        {
            return false;
        }
        for (var k = m.First - 1; k >= 0; k--)
        {
            if (IsBareNoun(text.Tokens[k], noun) && !InsideAcceptedPlace(matches, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The building noun a word is the definite form of («الحسينية», «والمنشأة» → «حسينيه», «منشاه»), or null.</summary>
    private string? DefiniteBuildingNoun(Token t)
    {
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && r.Base.Length > 3 && r.Base.StartsWith("ال", StringComparison.Ordinal) && L.BuildingNouns.Contains(r.Base[2..]))
            {
                return r.Base[2..];
            }
        }
        return null;
    }

    /// <summary>The word is <paramref name="noun"/> without the article, behind proclitics or not («حسينية», «بمنشأة»).</summary>
    private static bool IsBareNoun(Token t, string noun)
    {
        if (!t.IsWord)
        {
            return false;
        }
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && !r.HasArticle && string.Equals(r.Base, noun, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool InsideAcceptedPlace(List<Match> matches, int token)
    {
        foreach (var other in matches)
        {
            if (other.Accepted && other.First <= token && token < other.End)
            {
                return true;
            }
        }
        return false;
    }
}
