using System.Globalization;
using Marsad.Geo;

namespace Marsad.Learning;

/// <summary>A predicted place span, with its point when it was resolved.</summary>
public sealed record PredictedPlace(int Start, int End, double? Lat = null, double? Lon = null, string? Country = null, string? Precision = null);

/// <summary>Recognition counts: predicted and gold spans, matched exactly and by overlap.</summary>
public sealed class RecognitionScore
{
    public int Docs { get; private set; }

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    private int _exactPred, _exactGold, _overlapPred, _overlapGold;

    public void Add(IReadOnlyList<PredictedPlace> pred, IReadOnlyList<GoldPlace> gold, string text)
    {
        Docs++;
        Gold += gold.Count;
        Predicted += pred.Count;
        _exactPred += pred.Count(p => gold.Any(g => Same(p, g, text)));
        _exactGold += gold.Count(g => pred.Any(p => Same(p, g, text)));
        _overlapPred += pred.Count(p => gold.Any(g => Overlaps(p, g)));
        _overlapGold += gold.Count(g => pred.Any(p => Overlaps(p, g)));
    }

    public (double P, double R, double F1) Exact => Prf(_exactPred, Predicted, _exactGold, Gold);

    public (double P, double R, double F1) Overlap => Prf(_overlapPred, Predicted, _overlapGold, Gold);

    /// <summary>
    /// The same span, up to proclitics: IDRISI's annotators marked «بلبنان» and «لبنان» alike, and
    /// Marsad's spans never carry و ف ب ل ك (SPEC: offsets of the name without its clitics).
    /// </summary>
    public static bool Same(PredictedPlace p, GoldPlace g, string text)
    {
        if (p.End != g.End)
        {
            return false;
        }
        var (a, b) = p.Start <= g.Start ? (p.Start, g.Start) : (g.Start, p.Start);
        if (b - a > 2)
        {
            return false;
        }
        for (var k = a; k < b; k++)
        {
            if (!"وفبلك".Contains(text[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public static bool Overlaps(PredictedPlace p, GoldPlace g) => p.Start < g.End && g.Start < p.End;

    public string Row(string name)
    {
        var (pe, re, fe) = Exact;
        var (po, ro, fo) = Overlap;
        return string.Create(CultureInfo.InvariantCulture, $"{name}\t{Docs}\t{Gold}\t{Predicted}\t{pe:F3}\t{re:F3}\t{fe:F3}\t{po:F3}\t{ro:F3}\t{fo:F3}");
    }

    public const string Header = "system\tdocs\tgold\tpred\tP_exact\tR_exact\tF1_exact\tP_overlap\tR_overlap\tF1_overlap";

    private static (double P, double R, double F) Prf(int tpPred, int pred, int tpGold, int gold)
    {
        var p = pred == 0 ? 0 : (double)tpPred / pred;
        var r = gold == 0 ? 0 : (double)tpGold / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>Resolution counts over gold mentions with a point: recognized (overlap) and within 25/161 km.</summary>
public sealed class ResolutionScore
{
    private int _gold, _recognized, _within25, _within161, _country161;

    public void Add(IReadOnlyList<PredictedPlace> pred, IReadOnlyList<GoldPlace> gold)
    {
        foreach (var g in gold)
        {
            if (g.Lat is null || g.Lon is null)
            {
                continue;
            }
            _gold++;
            var p = pred.FirstOrDefault(p => RecognitionScore.Overlaps(p, g) && p.Lat is not null);
            if (p is null)
            {
                continue;
            }
            _recognized++;
            var d = GeoMath.DistanceKm(g.Lat.Value, g.Lon.Value, p.Lat!.Value, p.Lon!.Value);
            _within25 += d <= 25 ? 1 : 0;
            _within161 += d <= 161 ? 1 : 0;
            // OSM's and WOF's centroids of a large country lie more than 161 km apart: the country itself is right.
            var countryRight = p.Precision == "country" && string.Equals(p.Country, g.Country, StringComparison.Ordinal);
            _country161 += d <= 161 || countryRight ? 1 : 0;
        }
    }

    public double Acc161 => _recognized == 0 ? 0 : (double)_within161 / _recognized;

    public double Acc161CountryAware => _recognized == 0 ? 0 : (double)_country161 / _recognized;

    public const string Header = "system\tgold\trecognized\tacc25_of_recognized\tacc161_of_recognized\tacc161_country_aware\tacc25_of_all\tacc161_of_all";

    public string Row(string name)
    {
        double Of(int n, int d) => d == 0 ? 0 : (double)n / d;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}\t{_gold}\t{_recognized}\t{Of(_within25, _recognized):F3}\t{Of(_within161, _recognized):F3}\t{Of(_country161, _recognized):F3}\t{Of(_within25, _gold):F3}\t{Of(_within161, _gold):F3}");
    }
}
