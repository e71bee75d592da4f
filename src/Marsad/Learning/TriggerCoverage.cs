using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// Candidate recall on the coded triggers: for every core event of a split, does some candidate's
/// trigger overlap the trigger the coder marked? The uncovered ones are listed by form, with why the
/// lexicon gave nothing there (no form at all, or a form it matched but gated: inside a name, a date,
/// an unmet need). For the gsr sentences, which mark no trigger, a `yes` is covered when some
/// candidate of a matching type exists. It tells which trigger forms the rules never generate, the
/// events that no keep, actor or place decision can win back (docs/learning.md).
/// </summary>
public static class TriggerCoverage
{
    /// <summary>One coded trigger no candidate stands on: its type, its words as written, a light stem to group forms, and the lexicon's reason.</summary>
    public sealed record Miss(string Type, string Form, string Stem, string Reason);

    public sealed record Report(int Core, int Covered, int NoTriggerSpan, IReadOnlyList<Miss> Misses)
    {
        public string Summary(string split) => string.Create(CultureInfo.InvariantCulture,
            $"{split}: {Core} core events; a candidate on the coded trigger {Covered} ({Pct(Covered, Core)}); none {Misses.Count} (no lexicon form {Misses.Count(m => m.Reason == NoForm)}, a form gated {Misses.Count(m => m.Reason != NoForm)}); trigger not found in the body {NoTriggerSpan}");

        /// <summary>The uncovered forms grouped by stem, most frequent first: «count stem (types) reasons: forms».</summary>
        public IEnumerable<string> Groups(int min = 1) =>
            Misses.GroupBy(m => m.Stem, StringComparer.Ordinal)
                .Where(g => g.Count() >= min)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture,
                    $"{g.Count(),4}  {g.Key}  ({Join(g.Select(m => m.Type))})  [{Join(g.Select(m => m.Reason))}]  {Join(g.Select(m => m.Form))}"));

        private static string Pct(int n, int of) => of == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / of:F1} %");

        private static string Join(IEnumerable<string> items) =>
            string.Join(", ", items.GroupBy(x => x, StringComparer.Ordinal).OrderByDescending(x => x.Count())
                .Select(x => x.Count() > 1 ? string.Create(CultureInfo.InvariantCulture, $"{x.Key} {x.Count()}") : x.Key));
    }

    public const string NoForm = "no lexicon form";

    public static Report Run(IReadOnlyList<GoldArticle> articles)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        int core = 0, covered = 0, noSpan = 0;
        var misses = new List<Miss>();
        foreach (var a in articles)
        {
            var log = new CandidateLog { Keep = EventModels.Keep, Actor1 = EventModels.Actor1, Type = EventModels.Type, Place = EventModels.Place };
            pipeline.Extract(a.Article, log);
            var spans = GoldSpans.Of(a);
            foreach (var g in a.Gold.Events.Where(g => !g.Optional))
            {
                core++;
                if (spans.FirstOrDefault(s => ReferenceEquals(s.Event, g))?.Trigger is not { } t)
                {
                    noSpan++;
                    continue;
                }
                if (log.Rows.Any(r => Overlaps(r.Trigger, t)))
                {
                    covered++;
                    continue;
                }
                var reason = log.Gated.Where(x => Overlaps(x.Span, t)).Select(x => x.Reason).FirstOrDefault() ?? NoForm;
                var form = ArabicNormalizer.NormalizeKey(g.Trigger!);
                misses.Add(new Miss(g.Type, form, Stem(form), reason));
            }
        }
        return new Report(core, covered, noSpan, misses);
    }

    /// <summary>The gsr `yes` sentences with no candidate of a matching type (kept or dropped, any modality).</summary>
    public static (int Yes, IReadOnlyList<GsrSentence> Uncovered) RunGsr(IEnumerable<GsrSentence> sentences)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var yes = 0;
        var uncovered = new List<GsrSentence>();
        foreach (var s in sentences.Where(s => s.IsYes))
        {
            yes++;
            var log = new CandidateLog { Keep = EventModels.Keep, Actor1 = EventModels.Actor1, Type = EventModels.Type, Place = EventModels.Place };
            pipeline.Extract(GsrScoring.ToArticle(s), log);
            if (!log.Rows.Any(r => GsrScoring.Matches(s.EventType, r.Type)))
            {
                uncovered.Add(s);
            }
        }
        return (yes, uncovered);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// A light stem of the first word, to group a lemma's forms: the conjunction, a preposition and
    /// the article off the front, an accusative alef («هجوماً») off the end. Only for grouping the report.
    /// </summary>
    internal static string Stem(string form)
    {
        var w = Text.Proclitics.WithoutArticle(Text.Proclitics.WithoutOne(form.Split(' ')[0], Text.Proclitics.Conjunctions, 3), 3);
        if (w.Length > 3 && w[^1] == 'ا')
        {
            w = w[..^1];
        }
        return w;
    }
}
