namespace Marsad.Geo;

/// <summary>
/// Issue 10 (s30-namesake): a place the writer labels a village or local area lies where the
/// article is, or in a country the article names by some other name.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>What a namesake loses for lying in a country the article names by no other name.</summary>
    private const double UnnamedCountryWeight = 1.5;

    /// <summary>The countries the text names by a country mention or by a place strong on its own, each with the one name key that names it (null when several do).</summary>
    private Dictionary<string, string?> NamedBy(List<Match> matches)
    {
        var named = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            if (m.Accepted && m.Chosen >= 0 && !m.Lifted && (G[m.Chosen].Type == "country" || Prior(m.Chosen) >= 2.5) && G[m.Chosen].Country.Length > 0)
            {
                var c = G[m.Chosen].Country;
                named[c] = !named.TryGetValue(c, out var k) || string.Equals(k, m.Key, StringComparison.Ordinal) ? m.Key : null;
            }
        }
        return named;
    }

    /// <summary>
    /// A name the writer labels a village, small town or local area, read at a row outside the
    /// article's country in a country no other name of the article names; a country's own name
    /// after such a word is its adjective («قرى سورية شيعية»), not asked.
    /// </summary>
    private bool UnnamedAbroad(Match m, GazetteerEntry e, string? country, AnchorIndex anchors) =>
        m.VillageCue && country is not null && e.Country.Length > 0 && !string.Equals(e.Country, country, StringComparison.Ordinal)
        && anchors.NamedBy.Count > 0 && !anchors.NamedBesides(e.Country, m.Key) && (m.Bearing >= 0 || !NamesCountry(m));

    private bool NamesCountry(Match m)
    {
        foreach (var r in m.Rows)
        {
            if (G.TypeOf(r) == "country")
            {
                return true;
            }
        }
        return false;
    }
}
