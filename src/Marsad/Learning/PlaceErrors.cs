using System.Globalization;
using Marsad.Evaluation;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// Why a candidate on a gold event's trigger has the wrong place (error analysis for
/// <c>marsad train --oracle --place-errors</c>): another mention of the article was right (and
/// where it stands from the trigger), the right words were resolved to a namesake, the place is
/// right but at the wrong precision (a city for its district, a governorate for a town, a point for
/// a region), or the coded place was not recognised at all.
/// </summary>
internal static class PlaceErrors
{
    /// <summary>Distance under which a wrong place of another precision is read as the coded place at the wrong precision.</summary>
    private const double NearKm = 60;

    /// <summary>The class of one wrong place and a line describing it.</summary>
    public static (string Class, string Line) Classify(GoldArticle a, GoldEvent g, CandidateRow row, ExtractionResult result, AnalyzedText text)
    {
        var system = row.Record.Location;
        var trigger = TokenAt(text, row.Trigger.Start);
        var fits = result.Places
            .Where(m => EventMatcher.CheckLocation(a.Gold, g, LocationRef.From(m)).Ok)
            .OrderBy(m => Math.Abs(TokenAt(text, m.Start) - trigger))
            .ToList();
        string cls;
        if (fits.Count > 0)
        {
            cls = "another mention: " + Where(text, TokenAt(text, fits[0].Start), trigger);
        }
        else
        {
            var places = new[] { g.Place! }.Concat(g.AlternativePlaces).Select(a.Gold.FindPlace).OfType<Evaluation.GoldPlace>().ToList();
            cls = Precision(system, places)
                ?? Namesake(a.Article.Body, places, result.Places)
                ?? (places.Any(p => a.Article.Body.Contains(p.Name, StringComparison.Ordinal)) ? "not recognised" : "coded name not in the text");
        }
        var sys = system is null ? "-" : $"{system.Name} ({system.Precision})";
        var right = fits.Count > 0 ? fits[0].Text : "-";
        // Where the system's own place stands: a mention of the same place nearest the trigger, or none (the article's focus).
        var own = system is null ? null : result.Places
            .Where(m => string.Equals(m.Text, system.Name, StringComparison.Ordinal) && string.Equals(m.GazetteerId, system.GazetteerId, StringComparison.Ordinal))
            .MinBy(m => Math.Abs(TokenAt(text, m.Start) - trigger));
        var ownWhere = own is null ? "focus or none" : Where(text, TokenAt(text, own.Start), trigger);
        var line = string.Join('\t', a.Gold.Name, cls, g.Type, row.Trigger.Cut(a.Article.Body), sys, ownWhere, g.Place, right);
        return (cls, line);
    }

    /// <summary>The coded place at another precision: the system's place lies near it (or contains it) but is wider or narrower.</summary>
    private static string? Precision(LocationRef? system, List<Evaluation.GoldPlace> places)
    {
        if (system?.Lat is not { } lat || system.Lon is not { } lon)
        {
            return null;
        }
        foreach (var p in places.Where(p => !p.IsCountry && p.Lat is not null))
        {
            var km = GreatCircle.DistanceKm(p.Lat!.Value, p.Lon!.Value, lat, lon);
            if (system.Precision is "country" && km < 500 || system.Precision is "region" && km < NearKm + p.TolKm)
            {
                return p.TolKm >= 40 ? "precision: another region" : "precision: a region for a point";
            }
            if (system.Precision is "point" && km < NearKm + p.TolKm)
            {
                return p.TolKm >= 40 ? "precision: a point for a region" : "precision: a nearby point (city for its district, or the reverse)";
            }
        }
        return null;
    }

    /// <summary>The coded name is in the text and a system mention covers it, resolved outside the tolerance.</summary>
    private static string? Namesake(string body, List<Evaluation.GoldPlace> places, List<PlaceMention> mentions)
    {
        foreach (var p in places)
        {
            for (var at = body.IndexOf(p.Name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(p.Name, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + p.Name.Length);
                if (mentions.Any(m => span.Overlaps(new TextSpan(m.Start, m.End))))
                {
                    return "namesake or wrong resolution";
                }
            }
        }
        return null;
    }

    private static string Where(AnalyzedText text, int place, int trigger)
    {
        var (p, t) = (text.Tokens[place], text.Tokens[trigger]);
        if (p.Clause == t.Clause)
        {
            return "same clause";
        }
        if (p.Sentence == t.Sentence)
        {
            return "same sentence";
        }
        if (p.Sentence == t.Sentence - 1)
        {
            return "the sentence before";
        }
        var paragraph = text.Paragraphs.FirstOrDefault(u => u.First <= trigger && trigger < u.End);
        if (place < trigger)
        {
            return paragraph.First <= place ? "earlier in the paragraph" : "an earlier paragraph";
        }
        return p.Sentence == t.Sentence + 1 ? "the sentence after" : "later";
    }

    private static int TokenAt(AnalyzedText text, int offset) => Math.Max(0, Ordered.TokenAtOrBefore(text.Tokens, offset));

    /// <summary>The counts per class, most frequent first.</summary>
    public static string Summary(string split, Dictionary<string, int> counts) =>
        split + " wrong places: " + string.Join("; ", counts.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")));
}
