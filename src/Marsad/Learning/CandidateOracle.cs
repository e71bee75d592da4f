using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Where the core gold events of a split are lost, read from the candidates before any keep/drop
/// decision: matched by the shipped pipeline; matchable (some candidate, as linked, matches it, so
/// only the keep decision lost it); tied (a candidate stands on its trigger but a field is wrong,
/// counted per field); or no candidate at all. It bounds what each decision can still gain: a
/// better keep model can only win the matchable, better linking the tied, more triggers the rest.
/// </summary>
public static class CandidateOracle
{
    public sealed record Report(int Core, int Matched, int Matchable, int MergedAway, int Tied, int NoCandidate, IReadOnlyDictionary<string, int> TiedWrongField, int Candidates)
    {
        public string Describe(string split) => string.Create(CultureInfo.InvariantCulture,
            $"{split}: {Core} core events; matched {Matched}; a candidate matches but is dropped {Matchable - MergedAway} or kept and merged away or taken by another {MergedAway}; a candidate on the trigger with a wrong field {Tied} ({string.Join(", ", TiedWrongField.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"))}); no candidate {NoCandidate}; {Candidates} candidates");
    }

    /// <param name="placeErrors">When given, each wrong place on a trigger is classified there (<see cref="PlaceErrors"/>), one line each, then the counts.</param>
    /// <param name="actors">Also counts the actors of the candidates tied to core events, when given.</param>
    /// <param name="lost">When given, each core event whose matching candidate was kept but did not reach the output as it is gets one line: merged into an output event (which one), or taken by another gold event.</param>
    /// <param name="events">When given, each core event gets one line: its type, where it was lost (matched, matchable, tied, none), its trigger and, when tied, the wrong fields; for per-type error analysis.</param>
    public static Report Run(IReadOnlyList<GoldArticle> articles, TextWriter? placeErrors = null, string split = "", ActorAccuracy? actors = null, TextWriter? lost = null, TextWriter? events = null)
    {
        var placeClasses = new Dictionary<string, int>(StringComparer.Ordinal);
        var pipeline = MarsadPipeline.CreateDefault();
        int core = 0, matched = 0, mergedAway = 0, matchable = 0, tied = 0, none = 0, candidates = 0;
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var log = new CandidateLog { Keep = EventModels.Keep, Actor1 = EventModels.Actor1, Actor2 = EventModels.Actor2, Type = EventModels.Type, Place = EventModels.Place, Modality = EventModels.Modality };
            var result = pipeline.Extract(a.Article, log);
            actors?.Add(a, log);
            candidates += log.Rows.Count;
            var score = GoldScorer.Score(a.Gold, result);
            var spans = GoldSpans.Of(a);
            foreach (var g in a.Gold.Events)
            {
                if (g.Optional)
                {
                    continue;
                }
                core++;
                if (score.GoldEvents.Any(o => ReferenceEquals(o.Gold, g) && o.Matched))
                {
                    matched++;
                    events?.WriteLine(EventLine(a, g, split, "matched", ""));
                    continue;
                }
                if (log.Rows.Where(r => EventMatcher.Matches(a.Gold, g, r.Record)).ToList() is { Count: > 0 } fits)
                {
                    matchable++;
                    events?.WriteLine(EventLine(a, g, split, fits.Any(r => r.Kept) ? "merged" : "dropped", "", fits));
                    if (fits.Any(r => r.Kept))
                    {
                        mergedAway++;
                        lost?.WriteLine(DescribeLost(a, g, fits.First(r => r.Kept), result, split));
                    }
                    continue;
                }
                var span = spans.FirstOrDefault(s => ReferenceEquals(s.Event, g));
                var onTrigger = span?.Trigger is { } t
                    ? log.Rows.Where(r => r.Trigger.Start < t.End && t.Start < r.Trigger.End).ToList()
                    : [];
                if (onTrigger.Count == 0)
                {
                    none++;
                    events?.WriteLine(EventLine(a, g, split, "none", ""));
                    continue;
                }
                tied++;
                // The candidate on the trigger that is wrong in the fewest fields names what linking lost.
                var (bestRow, best) = onTrigger.Select(r => (r, EventMatcher.Mismatches(a.Gold, g, r.Record))).MinBy(m => m.Item2.Count)!;
                events?.WriteLine(EventLine(a, g, split, "tied", string.Join("; ", best), [bestRow]));
                if (placeErrors is not null && g.Place is not null && best.Any(why => why.Split(' ')[0] is not ("type" or "modality" or "actor1")))
                {
                    var (cls, line) = PlaceErrors.Classify(a, g, bestRow, result, Text.AnalyzedText.Analyze(a.Article.Body));
                    placeClasses[cls] = placeClasses.GetValueOrDefault(cls) + 1;
                    placeErrors.WriteLine(split + "\t" + line);
                }
                foreach (var why in best)
                {
                    var field = why.Split(' ')[0];
                    field = field is "type" or "modality" or "actor1" ? field : "place";
                    fields[field] = fields.GetValueOrDefault(field) + 1;
                }
            }
        }
        placeErrors?.WriteLine(PlaceErrors.Summary(split, placeClasses));
        return new Report(core, matched, matchable, mergedAway, tied, none, fields, candidates);
    }

    /// <summary>One core event's line; the last two columns are its coded modality and, for the candidates named (those that fit it, or the nearest on its trigger), each one's modality, keep score, rules' drop reason and place.</summary>
    private static string EventLine(GoldArticle a, Evaluation.GoldEvent g, string split, string status, string why, IReadOnlyList<CandidateRow>? rows = null) =>
        string.Join('\t', split, Path.GetFileNameWithoutExtension(a.GoldPath), g.Type, status, g.Actor1 ?? "-", g.Actor2 ?? "-", g.Trigger ?? "-", why, g.Evidence ?? "", g.Modality,
            rows is null ? "" : string.Join(" ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Modality}:{EventModels.Keep?.Score(r.Features) ?? -1:F3}:{RuleReason(r)}:{r.Record.Location?.Name ?? "-"}/{r.Record.Location?.Precision ?? "-"}"))));

    /// <summary>The hand rules' drop reason of a candidate, read back from its one-hot features (the first of the keep features).</summary>
    private static string RuleReason(CandidateRow r)
    {
        for (var k = 0; k < EventFeatures.Names.Count && EventFeatures.Names[k].StartsWith("rule_", StringComparison.Ordinal); k++)
        {
            if (r.Features[k] > 0)
            {
                return EventFeatures.Names[k]["rule_".Length..];
            }
        }
        return "-";
    }

    /// <summary>Why a kept candidate that fits a core event is not in the output as itself: the output event on its trigger (if any) is what it became.</summary>
    private static string DescribeLost(GoldArticle a, Evaluation.GoldEvent g, CandidateRow row, Output.ExtractionResult result, string split)
    {
        var r = row.Record;
        var survivor = result.Events.FirstOrDefault(o => o.Evidence.Start <= row.Trigger.Start && row.Trigger.End <= o.Evidence.End && o.Type == r.Type);
        var into = result.Events.FirstOrDefault(o => o.Type == r.Type && !ReferenceEquals(o, survivor) && o.Actor1?.Id == r.Actor1?.Id);
        var fate = survivor is not null ? "survives, taken by another gold event" : into is not null ? $"merged into «{into.Evidence.Text[..Math.Min(60, into.Evidence.Text.Length)]}» at {into.Location?.Name}" : "not in output";
        return string.Create(CultureInfo.InvariantCulture,
            $"{split}\t{Path.GetFileNameWithoutExtension(a.GoldPath)}\t{g.Type}\t{g.Actor1}\t{g.Place}\t{g.When?.Date}\tcandidate «{a.Article.Body.Substring(row.Trigger.Start, row.Trigger.End - row.Trigger.Start)}» {r.Location?.Name} {r.Date.Value}\t{fate}");
    }
}
