using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// A town further than this from a region of another country that the writer says holds it is a namesake of the
    /// place meant, not that place: the Lebanese «النبي يونس» lies 190 km from «الساحل السوري».
    /// </summary>
    private const double ForeignLocatorKm = 100;

    /// <summary>
    /// «في قمة النبي يونس بالساحل السوري», «بلدة تل السمن بريف الرقة الشمالي», «قرية البويضة الشرقية في ريف حمص
    /// الجنوبي»: a region of a country (a governorate, a countryside «ريف X», a coast or a mountain of it) told at
    /// once after a town behind «ب» or «في» says which country the town is in, as a country's name there does
    /// (<see cref="PlaceByCountryLabel"/>). When the choice put the town in another country, the rows choose again
    /// with the region's country as the town's nation; when the name has no row in that country, the row chosen
    /// abroad is a namesake of a place the gazetteer lacks: when it lies further than <see cref="ForeignLocatorKm"/> from
    /// the region, the name is put at the region (a region-precision point there, as a village the sources lack is put
    /// at its town), so that the deeds told at it keep their country («لمدينة زنجبار عاصمة محافظة أبين» is no Zanzibar);
    /// after a countryside «ريف X» it is left unplaced, and the countryside is the sentence's place. A region of no
    /// admin row or a compass part of a whole country («في جنوب البلاد», «في شمال لبنان») is no locator here: its
    /// point is the country's, and «جنوب البلاد» is the article's country, not the town's.
    /// </summary>
    private void PlaceByRegionLabel(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.Nation is not null || x.Relative is not null || x.Bearing >= 0 || x.Phrase is not null
                || x.CountryRelative || !IsTown(G, x.Chosen) || G.CountryOf(x.Chosen).Length == 0)
            {
                continue;
            }
            var y = matches[i + 1];
            if (!IsRegionLocator(y) || y.First - x.End > FrameGap || x.End > y.First || tokens[y.First].Sentence != tokens[x.First].Sentence
                || !LocatorWordsBetween(tokens, x, y))
            {
                continue;
            }
            var label = G.CountryOf(y.Chosen);
            if (string.Equals(G.CountryOf(x.Chosen), label, StringComparison.Ordinal))
            {
                continue;
            }
            if (Array.FindIndex(x.Rows, r => string.Equals(G.CountryOf(r), label, StringComparison.Ordinal)) >= 0)
            {
                x.Nation = label;
                x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
                continue;
            }
            var region = G[y.Chosen];
            if (GeoMath.DistanceKm(G.LatOf(x.Chosen), G.LonOf(x.Chosen), region.Lat, region.Lon) <= ForeignLocatorKm)
            {
                continue;
            }
            if (y.Phrase is null)
            {
                // The place the sources lack is put at the region the writer names, as a village is put at its town.
                x.Relative = (region.Lat, region.Lon, y.Chosen);
            }
            else
            {
                // «ريف حمص الجنوبي» is told at the town's row: put there, the village would share the town's id and
                // its deeds would merge with the town's own. The countryside stays a place of the sentence.
                x.Accepted = false;
            }
        }
    }

    /// <summary>A region of one country (a governorate, a curated countryside, a coast), or a countryside «ريف X» of a town of one, chosen and accepted: not a country, not a compass part of one.</summary>
    private bool IsRegionLocator(Match y)
    {
        if (!y.Accepted || y.Chosen < 0 || y.CountryRelative || y.Relative is not null || G.CountryOf(y.Chosen).Length == 0)
        {
            return false;
        }
        var type = G.TypeOf(y.Chosen);
        // «جبل الأكراد» is a curated countryside row (type rural) of its own id, a region as well.
        return type is "region" or "macroregion" or "rural" && y.Bearing < 0 || y.Phrase is not null && IsTown(G, y.Chosen);
    }

    /// <summary>«X بY», «X في Y», «X في محافظة Y»: only «في» or cue words between, and «ب» before a region told at once.</summary>
    private bool LocatorWordsBetween(SealedList<Token> tokens, Match x, Match y)
    {
        for (var k = x.End; k < y.First; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.Norm != "في" && !L.Cues.ContainsKey(t.Norm))
            {
                return false;
            }
        }
        return y.First > x.End || BaBefore(tokens, y);
    }
}
