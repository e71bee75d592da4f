using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Words that read as a place's name but stand where the text names something else: a word with tanween, the name a
/// capital word governs that is no territory, and a village word behind a clitic before the village's own name (review30 finding 6: moved
/// out of PlaceStage.cs).
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// True when the match is no place name where it stands: a word with tanween (<see cref="EndsInTanween"/>). «عاصمة الثورة»: a capital word's name that is no
    /// territory (<see cref="NamesTerritory"/>). «في إحدى المزارع بقرية "كلماخو"»: a village word (place_cues.tsv
    /// village, s27) behind «ب» or «ل» with a word after it is that cue («في قرية»), not a village spelt like it
    /// (Bqaryah near Jableh). Only the village words (review30 finding 8): the reading was measured on that one row,
    /// and any cue word of place_cues.tsv behind a clitic («بمنطقة», «بريف») was wider than it shows.
    /// </summary>
    private bool IsNoNameHere(Match m, AnalyzedText text) =>
        EndsInTanween(m, text)
        || (m.CueKind == "territory" && !NamesTerritory(m))
        || (m.End - m.First == 1 && m.Span.Start == text.Tokens[m.First].Span.Start && IsVillageCueBehindClitic(text.Tokens[m.First]) && NameAfter(m, text.Tokens));

    /// <summary>A village word behind the clitic «ب» or «ل» («بقرية», «لبلدة»), not the bare word.</summary>
    private bool IsVillageCueBehindClitic(Token word) => !L.VillageCues.Contains(word.Norm) && IsVillageCue(word);

    /// <summary>
    /// «سورياً», «درعاً», «دوماً», «صيداً»: a word written with tanween is an indefinite noun or adjective in
    /// its case (a Syrian, a shield, always, prey), and news never writes a place's name so.
    /// </summary>
    private static bool EndsInTanween(Match m, AnalyzedText text)
    {
        var span = text.Tokens[m.End - 1].Span;
        for (var i = span.End - 1; i >= span.Start && i >= span.End - 3; i--)
        {
            if (text.Body[i] is '\u064B' or '\u064C' or '\u064D')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «عاصمة الأنبار», «عاصمة لبنان»: the name a capital word governs is the country or province whose
    /// capital is meant, so only such a row reads it; a name with none is no place there («عاصمة الثورة»,
    /// the capital of the revolution, is no town al-Thawra; «عاصمة الرشيد» is Harun al-Rashid's).
    /// </summary>
    private bool NamesTerritory(Match m)
    {
        foreach (var row in m.Rows)
        {
            if (IsTerritory(G.TypeOf(row)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word, or a quote opening one, follows the match in its sentence (any word: no name is checked).</summary>
    private static bool NameAfter(Match m, IReadOnlyList<Token> tokens) =>
        m.End < tokens.Count && tokens[m.End].Sentence == tokens[m.First].Sentence && (tokens[m.End].IsWord || IsQuote(tokens[m.End]));

    internal static bool IsTerritory(string type) => type is "country" or "region" or "macroregion" or "dependency";
}
