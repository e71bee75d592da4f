using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Resolution by a compass phrase right after a name («التاجي شمال بغداد», «X، جنوب Y»), which says which way and
/// how near the place lies from another; a quarter named whole in another city is <see cref="NamesakeNear"/>.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>Beyond this a namesake does not lie where «X شمال Y» says X lies.</summary>
    private const double RelativeFarKm = 100;

    /// <summary>How far from the compass word's bearing a namesake may lie and still be "that way" (eight words, 45° apart).</summary>
    private const double CompassToleranceDeg = 30;

    /// <summary>
    /// «X شمال Y», «X، جنوب Y»: X lies that way from Y, a short distance off. Among X's namesakes
    /// the one near that point wins; when none is near and X is a small place (no town a reader
    /// would know), X is put at that point with region precision rather than at a namesake
    /// hundreds of kilometres away (only Diyala has a «التاجي» in the gazetteer; the one north of
    /// Baghdad is missing). A known town stays itself: «الرقة شرق حلب» is Raqqa, 160 km off.
    /// </summary>
    private void PlaceByCompass(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var j = 1; j < matches.Count; j++)
        {
            var d = matches[j];
            if (!d.Accepted || d.Bearing < 0 || d.Phrase is null || d.CueKind == "rural" || d.CountryRelative || d.Chosen < 0)
            {
                continue;
            }
            var y = G[d.Chosen];
            if (y.Precision != "point")
            {
                continue;
            }
            var x = matches[j - 1];
            if (!x.Accepted || x.Chosen < 0 || x.Bearing >= 0 || x.Phrase is not null || x.End > d.First
                || tokens[x.First].Sentence != tokens[d.First].Sentence || CompassGap(tokens, x.End, d.First) is not { } linked)
            {
                continue;
            }
            var point = GeoMath.Offset(y.Lat, y.Lon, d.Bearing, d.OffsetKm);
            x.Near = point;
            if (x.Rows.Length > 1)
            {
                x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
            }
            var inside = linked || x.CueKind == "district";
            if (inside && NamesakeNear(x, point) is { } near)
            {
                x.Chosen = near;
            }
            var e = G[x.Chosen];
            // Writers also place a far town by the capital («قضاء البعاج شمال غرب بغداد», 400 km):
            // a namesake that lies the way the phrase says is kept however far it is. Not one «في
            // شمال دمشق», nor a quarter («حي النصر جنوب كركوك»): that is inside the city's part, not
            // a province beyond it.
            var way = Math.Abs((GeoMath.Bearing(y.Lat, y.Lon, e.Lat, e.Lon) - d.Bearing + 540) % 360 - 180);
            if (Prior(x.Chosen) < 2.5 && e.Precision == "point" && (inside || way > CompassToleranceDeg)
                && GeoMath.DistanceKm(e.Lat, e.Lon, point.Lat, point.Lon) > RelativeFarKm)
            {
                x.Relative = (point.Lat, point.Lon, d.Chosen);
            }
        }
    }

    /// <summary>
    /// What may stand between a name and the compass phrase that locates it: punctuation, and at
    /// most one link word («برزة في شمال دمشق» says what «برزة بشمال دمشق» says with the clitic).
    /// Null when anything else stands there; else whether a link word does.
    /// </summary>
    private bool? CompassGap(SealedList<Token> tokens, int from, int to)
    {
        var links = 0;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                continue;
            }
            if (!tokens[k].IsWord || !L.CompassLinks.Contains(tokens[k].Norm) || ++links > 1)
            {
                return null;
            }
        }
        return links > 0;
    }

    /// <summary>What «X شمال Y» says of namesake <paramref name="e"/> of X: near the point it gives, or not.</summary>
    private static double NearFit(Match m, GazetteerEntry e)
    {
        if (m.Near is not { } p || e.Precision == "country")
        {
            return 0;
        }
        var km = GeoMath.DistanceKm(e.Lat, e.Lon, p.Lat, p.Lon);
        return km < 40 ? 4 : km < RelativeFarKm ? 2 : 0;
    }
}
