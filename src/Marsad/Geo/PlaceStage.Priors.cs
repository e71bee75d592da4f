namespace Marsad.Geo;

/// <summary>
/// How much a gazetteer row counts as a place before any context: its prior by kind and size, and whether a name's rows
/// hold a settlement or a region worth reading alone (moved out of PlaceStage.cs, which had passed the ~500-line guide).
/// </summary>
public sealed partial class PlaceStage
{
    private bool HasSettlementOrRegion(Match x) => !L.Stoplist.ContainsKey(x.Key) && HasSettlementOrRegion(x.Rows);

    private bool HasSettlementOrRegion(int[] rows)
    {
        foreach (var r in rows)
        {
            var type = G.TypeOf(r);
            if (type is "locality" or "region" or "county" or "country" && (G.PopulationOf(r) >= 20000 || type != "locality" || IsStrongFeature(r)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsStrongFeature(int row) => G.IsFeatureRow(row);

    // Each row's prior, made on first use: recognition, the tagger's class and the choice among
    // namesakes ask it of the same rows again and again. NaN marks a row not yet asked; two
    // threads may both fill a slot, with the same value.
    private double[]? _priors;

    private double Prior(int row)
    {
        var priors = _priors;
        if (priors is null)
        {
            priors = new double[G.Count];
            Array.Fill(priors, double.NaN);
            _priors = priors;
        }
        var p = priors[row];
        if (double.IsNaN(p))
        {
            priors[row] = p = PriorOf(row);
        }
        return p;
    }

    private double PriorOf(int row)
    {
        var e = G[row];
        if (e.IsFeature)
        {
            return 3;
        }
        // A coder located it once or twice in one article's context; it needs a preposition, a cue
        // or a second word to fire (many are also words: «الاتحادية», «المقطم»). IDRISI's
        // annotators' places (hospitals, streets, quarters of a few tweets) are held the same way.
        if (e.IsCorpusPlace || e.IsIdrisiPlace)
        {
            return 1.5;
        }
        return e.Type switch
        {
            "country" => 3,
            "region" or "macroregion" => 2.5,
            "county" => 1.5,
            "localadmin" => 1,
            // Far from the region these news cover, a town's name is more often a surname or a
            // word («هام», «جاكسون»): it needs some context unless it is a world city.
            "locality" when !NearRegion.Contains(e.Country) => e.Population >= 1_000_000 ? 3 : e.Population >= 20_000 ? 1.5 : 0.6,
            "locality" => e.Population switch
            {
                >= 100_000 => 3,
                >= 20_000 => 2.5,
                >= 5_000 => 1.5,
                > 0 => 1,
                _ => 0.6,
            },
            _ => 0.3,
        };
    }
}
