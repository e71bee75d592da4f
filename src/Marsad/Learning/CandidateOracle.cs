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
    public static Report Run(IReadOnlyList<GoldArticle> articles, TextWriter? placeErrors = null, string split = "", ActorAccuracy? actors = null)
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
                    continue;
                }
                if (log.Rows.Where(r => EventMatcher.Matches(a.Gold, g, r.Record)).ToList() is { Count: > 0 } fits)
                {
                    matchable++;
                    if (fits.Any(r => r.Kept))
                    {
                        mergedAway++;
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
                    continue;
                }
                tied++;
                // The candidate on the trigger that is wrong in the fewest fields names what linking lost.
                var (bestRow, best) = onTrigger.Select(r => (r, EventMatcher.Mismatches(a.Gold, g, r.Record))).MinBy(m => m.Item2.Count)!;
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
}
