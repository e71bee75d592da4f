using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Geo;

/// <summary>
/// No event in a country the article never names or implies. A country is named or implied by
/// the article when it is its focus (the country most of its places lie in), when the article
/// names the country itself, when an actor of the article belongs there (data/geo/actor_countries.tsv:
/// «الحوثيون» imply Yemen, «الحرس الثوري» Iran), or when two different places of the article lie
/// in it. An event placed anywhere else («باراك» read as ب + Arak, a village abroad that shares a
/// word's spelling) is moved to the focus country at country precision, or dropped when the
/// article has no focus.
/// </summary>
public sealed class CountryGuard(Gazetteer? gazetteer = null) : IExtractionStage
{
    private static readonly Lazy<Dictionary<string, string[]>> ActorCountries = new(LoadActorCountries);

    private Gazetteer G => gazetteer ?? Gazetteer.Default;

    public void Run(ExtractionContext context)
    {
        if (context.Events.Count == 0)
        {
            return;
        }
        var (focus, named) = Countries(context);
        for (var i = context.Events.Count - 1; i >= 0; i--)
        {
            var e = context.Events[i];
            if (e.Location is null)
            {
                continue;
            }
            // A region of no one country («الشرق الأوسط», the Sahel) places nothing on a map: it is treated like a foreign country.
            var cc = e.Location.Country;
            if (cc is not null && named.Contains(cc))
            {
                continue;
            }
            var row = focus is null ? -1 : G.CountryRow(focus);
            if (row < 0)
            {
                context.Events.RemoveAt(i);
                continue;
            }
            var c = G[row];
            context.Events[i] = e with
            {
                Location = new LocationRef
                {
                    Name = c.Name, Lat = Math.Round(c.Lat, 5), Lon = Math.Round(c.Lon, 5), Country = focus, GazetteerId = c.Id, Precision = "country",
                },
                // The place the event was put in was not trusted: say so in its confidence.
                Confidence = Math.Round(e.Confidence * 0.6, 2),
            };
        }
    }

    /// <summary>The article's focus country and every country it names or implies.</summary>
    public static (string? Focus, HashSet<string> Named) Countries(ExtractionContext context)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var places = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var p in context.Places)
        {
            var cc = p.Mention.Country;
            if (cc is null)
            {
                continue;
            }
            if (p.Mention.Precision == "country")
            {
                named.Add(cc);
            }
            votes[cc] = votes.GetValueOrDefault(cc) + (p.Mention.Precision == "country" ? 1 : 1.5);
            if (!places.TryGetValue(cc, out var ids))
            {
                ids = new HashSet<string>(StringComparer.Ordinal);
                places[cc] = ids;
            }
            ids.Add(p.Mention.GazetteerId ?? p.Mention.Name);
        }
        foreach (var a in context.Actors)
        {
            if (ActorCountries.Value.TryGetValue(a.ActorId, out var countries))
            {
                foreach (var cc in countries)
                {
                    named.Add(cc);
                    votes[cc] = votes.GetValueOrDefault(cc) + 0.5;
                }
            }
        }
        foreach (var (cc, ids) in places)
        {
            if (ids.Count >= 2)
            {
                named.Add(cc);
            }
        }
        var focus = votes.Count == 0 ? null : votes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        if (focus is not null)
        {
            named.Add(focus);
        }
        return (focus, named);
    }

    private static Dictionary<string, string[]> LoadActorCountries()
    {
        var table = TsvTable.LoadEmbedded("actor_countries");
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            map[r[table.Column("actor")]] = r[table.Column("countries")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return map;
    }
}
