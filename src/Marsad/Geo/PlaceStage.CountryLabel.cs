using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// «في بلدة سروج بجنوب شرقي تركيا», «مخيم الزعتري في الأردن»: a country, or a compass part of one, told at
    /// once after a name behind «ب» or «في» (a compass part also bare: «ببلدة سروج جنوب شرقي تركيا») says which country the place is in, as a nisba beside it does
    /// («سروج التركية»). When the name has a row in that country and the choice put it elsewhere (the Syrian
    /// village «سروج» near Kobani, chosen because the article is about Syria), the labelled country is taken
    /// as the name's nation and the rows choose again. A country's row itself, a compass phrase and a name the
    /// writer already gave a nisba or a containing governorate are left as they are; a name with no row in the
    /// labelled country keeps its choice («منطقة عكا في شمال لبنان»: the sources have no Lebanese «عكا»), and
    /// «في جنوب البلاد» names no country of its own.
    /// </summary>
    private void PlaceByCountryLabel(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.Rows.Length < 2 || x.Nation is not null || x.Frame is not null || x.Relative is not null
                || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative || G.TypeOf(x.Chosen) == "country")
            {
                continue;
            }
            var y = matches[i + 1];
            if (!y.Accepted || y.Chosen < 0 || y.CountryRelative || G.TypeOf(y.Chosen) != "country" || y.First >= tokens.Count
                || tokens[y.First].Sentence != tokens[x.First].Sentence)
            {
                continue;
            }
            var behindBa = y.First == x.End && BaBefore(tokens, y);
            var afterFi = y.First == x.End + 1 && tokens[x.End] is { IsWord: true, Norm: "في" } && y.Span.Start == tokens[y.First].Span.Start;
            // «ببلدة سروج جنوب شرقي تركيا»: a compass part of a country right after the name, with no preposition, locates it as well.
            var compassPart = y.First == x.End && y.Bearing >= 0 && y.Span.Start == tokens[y.First].Span.Start;
            var label = G.CountryOf(y.Chosen);
            if (!behindBa && !afterFi && !compassPart || label.Length == 0 || string.Equals(G.CountryOf(x.Chosen), label, StringComparison.Ordinal)
                || Array.FindIndex(x.Rows, r => string.Equals(G.CountryOf(r), label, StringComparison.Ordinal)) < 0)
            {
                continue;
            }
            x.Nation = label;
            x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
        }
    }
}
