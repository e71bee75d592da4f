using Marsad.Text;

namespace Marsad.Geo;

/// <summary>Twins: the rows of one town in two sources (GeoNames, WOF, curated) a few kilometres apart, which the
/// namesake choice reads as one town with the strongest prior of them.</summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// The row of the chosen town that is strongest on its own (a town of the same name key when
    /// the chosen one has the name itself): what follows asks the chosen row's own prior (votes,
    /// anchors, strays), and the empty WOF twin of Aden must not make Aden a hamlet there.
    /// </summary>
    private int StrongestTwin(Match m, int best)
    {
        if (!IsTown(G, best))
        {
            return best;
        }
        var exact = string.Equals(G.NameKeyOf(best), m.Key, StringComparison.Ordinal);
        var pick = best;
        foreach (var r in m.Rows)
        {
            if (r == pick || exact && !string.Equals(G.NameKeyOf(r), m.Key, StringComparison.Ordinal) || !IsTwin(G, best, r))
            {
                continue;
            }
            if (Prior(r) > Prior(pick) || Prior(r) == Prior(pick) && G.PopulationOf(r) > G.PopulationOf(pick))
            {
                pick = r;
            }
        }
        return pick;
    }

    /// <summary>
    /// Each namesake's prior and population, taken from the strongest town of the name's rows that
    /// is the same place: WOF's Tripoli of Libya has no population, and GeoNames' row for it (1.1
    /// million) carries the name only as a variant spelling, so Lebanon's Tripoli outweighed both.
    /// Null when the name has one row or too many to compare pairwise.
    /// </summary>
    private (double Prior, long Population)[]? Twins(Match m)
    {
        if (m.Rows.Length < 2 || m.Rows.Length > 64)
        {
            return null;
        }
        // Both passes and the stray test ask it of the same rows: worked out once per match.
        return m.Twins ??= TwinsOf(m);
    }

    private (double Prior, long Population)[] TwinsOf(Match m)
    {
        // Pairwise over up to 64 rows for every match of a common name: read from the gazetteer's
        // columns, not through whole entries (each built with its strings and a dictionary probe).
        var g = G;
        var rows = m.Rows;
        var result = new (double, long)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var prior = Prior(r);
            long population = g.PopulationOf(r);
            if (IsTown(g, r))
            {
                for (var j = 0; j < rows.Length; j++)
                {
                    if (j != i && IsTwin(g, r, rows[j]))
                    {
                        prior = Math.Max(prior, Prior(rows[j]));
                        population = Math.Max(population, g.PopulationOf(rows[j]));
                    }
                }
            }
            result[i] = (prior, population);
        }
        return result;
    }

    /// <summary>The strongest prior among <paramref name="row"/> and its twins (see <see cref="Twins"/>): Libya's Tripoli is no stray hamlet.</summary>
    private double TwinPrior(Match m, int row)
    {
        var twins = Twins(m);
        var i = twins is null ? -1 : IndexOf(m.Rows, row);
        return i < 0 ? Prior(row) : twins![i].Prior;
    }

    private static int IndexOf(int[] rows, int row)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] == row)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Two town rows of one name and country this close are one town in two sources.</summary>
    private const double TwinKm = 5;

    /// <summary>True when <paramref name="o"/> is a town row of <paramref name="e"/>'s country within <see cref="TwinKm"/> of it
    /// (the latitude test first: 0.05° is 5.5 km, so it only spares the distance of rows that cannot be twins).</summary>
    private static bool IsTwin(Gazetteer g, int e, int o) =>
        IsTown(g, o) && Math.Abs(g.LatOf(o) - g.LatOf(e)) < 0.05 && string.Equals(g.CountryOf(o), g.CountryOf(e), StringComparison.Ordinal)
        && GeoMath.DistanceKm(g.LatOf(e), g.LonOf(e), g.LatOf(o), g.LonOf(o)) < TwinKm;

    private static bool IsTown(Gazetteer g, int row) => Gazetteer.IsTownType(g.TypeOf(row));
}
