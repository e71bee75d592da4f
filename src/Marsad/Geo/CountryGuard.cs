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
/// word's spelling) is moved to the article's focus (<see cref="DocumentFocus"/>: its governorate
/// or country, at that precision), or dropped when the article has no focus. An accusation is the
/// exception: its place is where it was said, so a city abroad stays and anything coarser is cleared.
/// </summary>
public sealed partial class CountryGuard(Gazetteer? gazetteer = null) : IExtractionStage
{
    private Gazetteer G => gazetteer ?? Gazetteer.Default;

    public void Run(ExtractionContext context)
    {
        if (context.Events.Count == 0)
        {
            return;
        }
        // The event stage computed the focus once, from the same places and actors; a guard given its own gazetteer computes its own.
        var focus = gazetteer is null && context.Focus is { } f ? f : DocumentFocus.Of(context.Places, context.Actors, G, context.Text);
        for (var i = context.Events.Count - 1; i >= 0; i--)
        {
            var e = context.Events[i];
            if (e.Location is null)
            {
                continue;
            }
            // A region of no one country («الشرق الأوسط», the Sahel) places nothing on a map: it is treated like a foreign country.
            var cc = e.Location.Country;
            if (cc is not null && focus.Named.Contains(cc))
            {
                continue;
            }
            // A border, or a region two countries dispute (Kashmir), lies in no one country
            // (data/geo/features.tsv names its two in its id): it stands when the article names either side.
            if (cc is null && BorderCountries(e.Location.GazetteerId) is var (a, b) && (focus.Named.Contains(a) || focus.Named.Contains(b)))
            {
                continue;
            }
            // An accusation is placed where it was said (docs/annotation.md 6.4; StatementRoles.PlaceStatement
            // gives it only a venue's place): a city abroad after a venue word («أمام مؤتمر الأمن الدولي في
            // ميونيخ») is where the speaker spoke, and the focus is the country of the deed the speaker
            // speaks of, the one place the statement is sure not to have been made. A venue read as a
            // region or a country abroad is left without a place rather than moved.
            if (e.Type == "ACCUSE")
            {
                if (e.Location.Precision != "point")
                {
                    context.Events[i] = e with { Location = null };
                }
                continue;
            }
            if (focus.Location is not { } at)
            {
                context.Events.RemoveAt(i);
                continue;
            }
            context.Events[i] = e with
            {
                Location = LocationRef.From(TownBeside(context, e, at) ?? at),
                // The place the event was put in was not trusted: say so in its confidence.
                Confidence = Math.Round(e.Confidence * 0.6, 2),
            };
        }
    }

    /// <summary>
    /// The two countries of a curated border row («ft:border-sy-lb-north» → SY, LB) or of a region two
    /// countries share or dispute («ft:shared-in-pk-kashmir» → IN, PK), or null for any other place.
    /// </summary>
    public static (string A, string B)? BorderCountries(string? gazetteerId)
    {
        foreach (var prefix in TwoCountryPrefixes)
        {
            if (gazetteerId is not null && gazetteerId.StartsWith(prefix, StringComparison.Ordinal) && gazetteerId.Length >= prefix.Length + 5 && gazetteerId[prefix.Length + 2] == '-')
            {
                return (gazetteerId.Substring(prefix.Length, 2).ToUpperInvariant(), gazetteerId.Substring(prefix.Length + 3, 2).ToUpperInvariant());
            }
        }
        return null;
    }

    private static readonly string[] TwoCountryPrefixes = ["ft:border-", "ft:shared-"];
}
