using Marsad.Output;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// SPEC §5 scoring of one article: a pure function of the gold file and the system's output.
/// The rules are written out in docs/scoring.md.
/// </summary>
public static class GoldScorer
{
    public static ArticleScore Score(GoldDocument gold, ExtractionResult result)
    {
        var system = result.Events;
        var taken = EventMatcher.Assign(gold.Events, system, (g, s) => EventMatcher.Matches(gold, g, s), (g, s) => Preference(gold, g, s));
        var outcomes = new List<GoldEventOutcome>();
        var used = new bool[system.Count];
        for (var g = 0; g < gold.Events.Count; g++)
        {
            var ev = gold.Events[g];
            if (taken[g] >= 0)
            {
                var s = system[taken[g]];
                used[taken[g]] = true;
                var (_, km, _) = EventMatcher.CheckLocation(gold, ev, s.Location);
                bool? fatal = ev.Fatalities is { } f ? s.Fatalities == f : null;
                var (dateOk, expected) = CheckDate(ev, gold.Published, s.Date);
                outcomes.Add(new GoldEventOutcome(ev, taken[g], s, km, fatal, dateOk, expected, []));
            }
            else
            {
                outcomes.Add(new GoldEventOutcome(ev, null, null, null, null, null, null, NearMisses(gold, ev, system)));
            }
        }
        var unmatched = new List<UnmatchedSystemEvent>();
        for (var s = 0; s < system.Count; s++)
        {
            if (!used[s])
            {
                unmatched.Add(new UnmatchedSystemEvent(s, system[s]));
            }
        }
        var places = gold.Places.Select(p => new PlaceOutcome(p, FindPlace(p, result.Places))).ToList();
        var systemActors = result.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var goldActors = gold.Actors.Distinct(StringComparer.Ordinal).ToList();
        var missingActors = goldActors.Where(a => !systemActors.Contains(a)).ToList();
        var matched = outcomes.Where(o => o.Matched).ToList();
        return new ArticleScore
        {
            Name = gold.Name,
            Events = Count(outcomes, system.Count),
            ByType = Groups(outcomes, system, g => g.Type, s => s.Type),
            ByModality = Groups(outcomes, system, g => g.Modality, s => s.Modality),
            Places = new Fraction(places.Count(p => p.Found), places.Count),
            Actors = new Fraction(goldActors.Count - missingActors.Count, goldActors.Count),
            Metadata = CheckMetadata(gold.Metadata, result.Document),
            Fatalities = new Fraction(matched.Count(o => o.FatalitiesCorrect == true), matched.Count(o => o.FatalitiesCorrect is not null)),
            Dates = new Fraction(matched.Count(o => o.DateCorrect == true), matched.Count(o => o.DateCorrect is not null)),
            GoldEvents = outcomes,
            UnmatchedSystemEvents = unmatched,
            PlaceOutcomes = places,
            MissingActors = missingActors,
            UnmatchedPlaceMentions = [.. result.Places.Where(m => !gold.Places.Any(p => FindPlace(p, [m]) is not null))],
            ExtraActors = [.. systemActors.Where(a => !goldActors.Contains(a, StringComparer.Ordinal)).Order(StringComparer.Ordinal)],
            Error = result.Error,
        };
    }

    // Wrong date or fatalities weigh more than any distance within tolerance.
    private static double Preference(GoldDocument gold, GoldEvent ev, EventRecord s)
    {
        var cost = EventMatcher.CheckLocation(gold, ev, s.Location).DistanceKm ?? 0;
        if (CheckDate(ev, gold.Published, s.Date).Correct == false)
        {
            cost += 10_000;
        }
        if (ev.Fatalities is { } f && s.Fatalities != f)
        {
            cost += 10_000;
        }
        return cost;
    }

    private static EventCounts Count(IEnumerable<GoldEventOutcome> outcomes, int systemCount)
    {
        int core = 0, optional = 0, matchedCore = 0, matchedOptional = 0;
        foreach (var o in outcomes)
        {
            if (o.Gold.Optional)
            {
                optional++;
                matchedOptional += o.Matched ? 1 : 0;
            }
            else
            {
                core++;
                matchedCore += o.Matched ? 1 : 0;
            }
        }
        return new EventCounts(systemCount, core, optional, matchedCore, matchedOptional);
    }

    // A matched pair always shares type and modality, so counting gold and system events by their own key stays consistent.
    private static SortedDictionary<string, EventCounts> Groups(List<GoldEventOutcome> outcomes, IReadOnlyList<EventRecord> system, Func<GoldEvent, string> goldKey, Func<EventRecord, string> systemKey)
    {
        var keys = outcomes.Select(o => goldKey(o.Gold)).Concat(system.Select(systemKey)).Distinct(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, EventCounts>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            groups[key] = Count(
                outcomes.Where(o => string.Equals(goldKey(o.Gold), key, StringComparison.Ordinal)),
                system.Count(s => string.Equals(systemKey(s), key, StringComparison.Ordinal)));
        }
        return groups;
    }

    /// <summary>Up to three system events that fail on at most two criteria, fewest failures first: where a missed event went.</summary>
    private static List<string> NearMisses(GoldDocument gold, GoldEvent ev, IReadOnlyList<EventRecord> system) =>
        [.. system
            .Select((s, i) => (Index: i, Reasons: EventMatcher.Mismatches(gold, ev, s)))
            .Where(x => x.Reasons.Count is > 0 and <= 2)
            .OrderBy(x => x.Reasons.Count)
            .ThenBy(x => x.Index)
            .Take(3)
            .Select(x => $"sys#{x.Index}: {string.Join("; ", x.Reasons)}")];

    /// <summary>
    /// The date check of a matched event, and the expected value as text; (null, null) when the
    /// gold states no checkable date. Rules in docs/scoring.md.
    /// </summary>
    public static (bool? Correct, string? Expected) CheckDate(GoldEvent gold, DateOnly? published, DateRef? system)
    {
        var when = gold.When;
        var found = DatePeriod.Parse(system?.Value);
        if (when?.Date is { } date && DatePeriod.Parse(date) is { } period)
        {
            return AtPrecision(period, when.Precision ?? period.Precision, found);
        }
        if (when?.Relative is not { } relative || published is not { } pub)
        {
            return (null, null);
        }
        var day = new DatePeriod(pub, "day");
        switch (relative)
        {
            case "publication":
                return AtPrecision(day, "day", found);
            case "publication-month" or "start-of-publication-month":
                return AtPrecision(day, "month", found);
            case "publication-year":
                return AtPrecision(day, "year", found);
            case "before-publication":
                return (found is { } b && b.Start < pub, $"before {day.Format("day")}");
            case "after-publication":
                return (found is { } a && End(a) > pub, $"after {day.Format("day")}");
            default:
                return (null, null);
        }
    }

    private static (bool?, string?) AtPrecision(DatePeriod expected, string precision, DatePeriod? found)
    {
        var text = expected.Format(precision);
        var ok = found is { } f
            && DatePeriod.Rank(f.Precision) >= DatePeriod.Rank(precision)
            && string.Equals(f.Format(precision), text, StringComparison.Ordinal);
        return (ok, text);
    }

    private static DateOnly End(DatePeriod p) => p.Precision switch
    {
        "year" => p.Start.AddYears(1).AddDays(-1),
        "month" => p.Start.AddMonths(1).AddDays(-1),
        _ => p.Start,
    };

    /// <summary>Title, author and dateline equal after normalization (absent = empty); no gold boilerplate string in the body.</summary>
    public static MetadataScore CheckMetadata(GoldMetadata gold, DocumentInfo document)
    {
        var body = Key(document.Body);
        var leaked = gold.Boilerplate
            .Where(b => Key(b).Length > 0 && body.Contains(Key(b), StringComparison.Ordinal))
            .ToList();
        return new MetadataScore(
            string.Equals(Key(gold.Title), Key(document.Title), StringComparison.Ordinal),
            string.Equals(Key(gold.Author), Key(document.Author), StringComparison.Ordinal),
            string.Equals(Key(gold.Dateline), Key(document.Dateline), StringComparison.Ordinal),
            leaked.Count == 0,
            gold.Title, document.Title,
            gold.Author, document.Author,
            gold.Dateline, document.Dateline,
            leaked);
    }

    private static string Key(string? s) => s is null ? "" : ArabicNormalizer.NormalizeKey(s).Trim();

    /// <summary>
    /// The first system place mention that finds a gold place: resolved within the place's
    /// tolerance (for a country, in that country) and named like it (see <see cref="NameCorresponds"/>);
    /// for a country, a country-precision mention of that country needs no name check, since
    /// «سورية» and «سوريا» are one country.
    /// </summary>
    public static PlaceMention? FindPlace(GoldPlace gold, IReadOnlyList<PlaceMention> mentions)
    {
        foreach (var m in mentions)
        {
            bool resolved;
            if (gold.IsCountry)
            {
                resolved = m.Country is { } c && string.Equals(c, gold.Country, StringComparison.OrdinalIgnoreCase);
                if (resolved && string.Equals(m.Precision, "country", StringComparison.Ordinal))
                {
                    return m;
                }
            }
            else
            {
                resolved = m.Lat is { } lat && m.Lon is { } lon
                    && GreatCircle.DistanceKm(gold.Lat!.Value, gold.Lon!.Value, lat, lon) <= gold.TolKm;
            }
            if (resolved && (NameCorresponds(gold.Name, m.Text) || NameCorresponds(gold.Name, m.Name)))
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a mention's text or name stands for the gold name: after normalization, one word
    /// sequence contains the other at word boundaries, and the first word of the contained one may
    /// differ from its counterpart by a clitic or article prefix (و ف ب ل ك ال لل): «وبحلب» ~ حلب,
    /// «مطار كويرس العسكري» ~ مطار كويرس, «كويرس» ~ مطار كويرس, «للرقة» ~ الرقة.
    /// </summary>
    public static bool NameCorresponds(string gold, string? mention)
    {
        if (mention is null)
        {
            return false;
        }
        var g = Words(gold);
        var m = Words(mention);
        return g.Length > 0 && m.Length > 0 && (Contains(m, g) || Contains(g, m));
    }

    private static string[] Words(string s) =>
        [.. ArabicNormalizer.NormalizeKey(s)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '(', ')', '[', ']', '،', ',', '.', '؟', '?', '!', ':', '؛', ';', '-'))
            .Where(w => w.Length > 0)];

    private static bool Contains(string[] outer, string[] inner)
    {
        for (var start = 0; start + inner.Length <= outer.Length; start++)
        {
            var ok = SameWord(outer[start], inner[0]);
            for (var k = 1; ok && k < inner.Length; k++)
            {
                ok = string.Equals(outer[start + k], inner[k], StringComparison.Ordinal);
            }
            if (ok)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || Bases(a).Overlaps(Bases(b));

    // The word and what is left of it after a conjunction, a preposition and the article, keeping at least two letters.
    private static HashSet<string> Bases(string word)
    {
        var bases = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var conj in new[] { "", "و", "ف" })
        {
            if (!word.StartsWith(conj, StringComparison.Ordinal))
            {
                continue;
            }
            var w1 = word[conj.Length..];
            foreach (var prep in new[] { "", "ب", "ل", "ك" })
            {
                if (!w1.StartsWith(prep, StringComparison.Ordinal))
                {
                    continue;
                }
                var w2 = w1[prep.Length..];
                AddBase(bases, w2);
                if (w2.StartsWith("ال", StringComparison.Ordinal))
                {
                    AddBase(bases, w2[2..]);
                }
                // ل + ال is written لل: «للرقة».
                if (prep == "ل" && w2.StartsWith('ل'))
                {
                    AddBase(bases, w2[1..]);
                }
            }
        }
        return bases;
    }

    private static void AddBase(HashSet<string> bases, string w)
    {
        if (w.Length >= 2)
        {
            bases.Add(w);
        }
    }
}
