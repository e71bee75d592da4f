using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// A quarter or a landmark told with the town it lies in, right after it («حي الحيدرية بحلب»,
/// «للجامع الاموي الكبير بمدينة حلب»), is that town's (s40-finer4), whatever namesake its name
/// has elsewhere.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// «حي X بـ/في (مدينة) Y», «الجامع X بمدينة Y»: the writer names the town a quarter or a site
    /// lies in, in the words right after it. A row of the name beyond <see cref="QuarterKm"/> of
    /// that town is a namesake — a village 25 km off, the Damascus mosque of the same name —
    /// however a wider reading weighed it (<see cref="PlaceQuarterInCity"/> lets rows within
    /// <see cref="QuarterFarKm"/> stand, for a quarter only placed by its sentence). The nearest
    /// row within <see cref="QuarterKm"/> of the town is taken, else the town's point (as
    /// <see cref="PlaceAtWhenRowsFar"/> puts it). Only a quarter (its quarter word or a quarter
    /// row) and a town of a town's weight or called a city; not a name a compass phrase, a frame
    /// or a distance already placed.
    /// </summary>
    private void PlaceSiteInTownAfter(AnalyzedText text, List<Match> matches)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.Relative is not null || x.Near is not null || x.Bearing >= 0 || x.Phrase is not null
                || x.CountryRelative || G[x.Chosen].Precision != "point" || !(x.CueKind == "district" || Gazetteer.IsQuarterType(G.TypeOf(x.Chosen))))
            {
                continue;
            }
            // An epithet the recogniser took for a name and refused («الكبير») is no place between.
            var j = i + 1;
            while (j < matches.Count - 1 && !matches[j].Accepted)
            {
                j++;
            }
            var y = matches[j];
            if (!IsTownRightAfter(tokens, x, y) || Km(x.Chosen, y.Chosen) <= QuarterKm)
            {
                continue;
            }
            var best = -1;
            var bestKm = QuarterKm;
            foreach (var r in x.Rows)
            {
                var km = Km(r, y.Chosen);
                if (G[r].Precision == "point" && km <= bestKm)
                {
                    (best, bestKm) = (r, km);
                }
            }
            if (best >= 0)
            {
                x.Chosen = best;
            }
            else
            {
                x.Relative = (G.LatOf(y.Chosen), G.LonOf(y.Chosen), y.Chosen);
            }
        }
    }

    /// <summary>How many definite words may stand between a site and «بمدينة Y»: «الكبير», «القديم الشرقي».</summary>
    private const int MaxSiteEpithets = 2;

    /// <summary>
    /// <paramref name="y"/> is a town joined to <paramref name="x"/> by «ب» on its first word or by
    /// «في» alone between them: «بحلب», «بمدينة حلب», «في مدينة حلب».
    /// </summary>
    private bool IsTownRightAfter(SealedList<Token> tokens, Match x, Match y)
    {
        // The cue word may open the match («بمدينة حلب» read whole) or stand before it.
        var cue = y.CueKind == "settlement";
        // A definite word or two may describe the site before its town («الجامع الاموي الكبير بمدينة حلب»).
        var end = x.End;
        while (end < y.First && end - x.End < MaxSiteEpithets && tokens[end] is { IsWord: true } epithet && epithet.Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            end++;
        }
        var between = y.First - end;
        var joined = between == 0 && BaBefore(tokens, y)
            || between == 1 && tokens[end] is { IsWord: true } word && (word.Norm == "في" || cue && word.Norm.StartsWith('ب'))
            || between == 2 && cue && tokens[end] is { IsWord: true, Norm: "في" };
        if (!joined || !y.Accepted || y.Chosen < 0 || y.Relative is not null || y.Bearing >= 0 || y.Phrase is not null || G[y.Chosen].Precision != "point")
        {
            return false;
        }
        return G.TypeOf(y.Chosen) == "locality" && (Prior(y.Chosen) >= 2.5 || cue);
    }
}
