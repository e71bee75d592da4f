using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// «في حمورية بريف دمشق», «في بلدة X في محافظة درعا»: a name told at once inside a governorate
    /// or a countryside is a place when the gazetteer has a row of it in that very governorate,
    /// however small the village (no population, so below the threshold on its own). The frame
    /// says the writer means a place there, and the row there is the one meant. Only after a
    /// preposition or a cue word standing as a word of its own («في», «قرية»): a common word before a
    /// governorate is no village («الشهر الجاري في محافظة ديالى», «صواريخ بالستية»),
    /// and only when the container is a governorate or a countryside said to be one (not a town,
    /// whose governorate is too wide a net for a bare word).
    /// </summary>
    private void AcceptFramedVillages(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var x = matches[i];
            if (x.Accepted || x.Stop || x.Rows.Length == 0 || !x.Preposition || x.Relative is not null || x.Bearing >= 0 || x.Phrase is not null
                || x.CountryRelative || x.CueKind is "governorate" or "rural")
            {
                continue;
            }
            // A word of its own before the name, not a clitic: «بالستية» is «ballistic», not «ب» + a village.
            if (PreviousWord(text, x.First) is not { } prev || !L.Prepositions.Contains(WithoutConjunction(prev.Norm)) && CueKindOf(prev) is null
                || x.Span.Start > tokens[x.First].Span.Start)
            {
                continue;
            }
            var y = matches[i + 1];
            if (y.CueKind is not ("governorate" or "rural") || !ImmediateFrame(tokens, x, y))
            {
                continue;
            }
            var frame = G[y.Chosen];
            var inside = false;
            foreach (var r in x.Rows)
            {
                var e = G[r];
                if (e.Precision != "country" && G.TypeOf(r) == "locality" && string.Equals(e.Country, frame.Country, StringComparison.Ordinal)
                    && string.Equals(e.Admin1, frame.Admin1, StringComparison.Ordinal))
                {
                    inside = true;
                    break;
                }
            }
            if (!inside)
            {
                continue;
            }
            x.Frame = (frame.Country, frame.Admin1);
            x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
            if (x.Chosen < 0 || !string.Equals(G[x.Chosen].Admin1, frame.Admin1, StringComparison.Ordinal))
            {
                continue;
            }
            x.Accepted = true;
            x.Score = Math.Max(x.Score, Threshold);
        }
    }
}
