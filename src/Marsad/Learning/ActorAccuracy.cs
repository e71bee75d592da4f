using System.Globalization;
using Marsad.Evaluation;

namespace Marsad.Learning;

/// <summary>
/// How well the candidates tied to core coded events (<see cref="GoldSpans.Tie"/>) name their
/// actors, as linked in the end (rules, then the shipped choices): actor1 right where the coder
/// named one (the SPEC §5 criterion), actor2 right where the coder named one, and why actor1 is
/// wrong: nobody where the coder named someone, the two sides swapped, the target read as the
/// doer, a source read as the doer (a verb of saying governs it), the coded doer not among the
/// options, or another option chosen. Run by <c>marsad train --oracle</c> on the candidates the
/// oracle extracts.
/// </summary>
public sealed class ActorAccuracy
{
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    /// <summary>Each actor1 error as «article: trigger [why] system → coded», for error analysis on the train split.</summary>
    public List<string> Errors { get; } = [];

    private int _tied, _a1Named, _a1Right, _a1None, _a1NoneRight, _a2Named, _a2Right, _a2None, _a2NoneRight;

    /// <summary>The actors of <paramref name="articles"/> with the given choices deciding (null: the rules).</summary>
    internal static ActorAccuracy Measure(IReadOnlyList<GoldArticle> articles, Pipeline.MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? actor2)
    {
        var accuracy = new ActorAccuracy();
        foreach (var a in articles)
        {
            var log = new CandidateLog { Actor1 = actor1, Actor2 = actor2 };
            pipeline.Extract(a.Article, log);
            accuracy.Add(a, log);
        }
        return accuracy;
    }

    internal void Add(GoldArticle a, CandidateLog log)
    {
        var spans = GoldSpans.Of(a);
        foreach (var row in log.Rows)
        {
            if (GoldSpans.Tie(spans, row.Trigger, row.Type) is not { Event.Optional: false } g)
            {
                continue;
            }
            _tied++;
            var sys1 = row.Record.Actor1?.Id;
            var sys2 = row.Record.Actor2?.Id;
            var (gold1, gold2) = (g.Event.Actor1, g.Event.Actor2);
            if (gold1 is null)
            {
                _a1None++;
                _a1NoneRight += sys1 is null ? 1 : 0;
                // SPEC §5 does not score these, but a doer filled in where the clause names none is the hand-read's most common wrong field.
                if (sys1 is not null)
                {
                    Errors.Add($"{a.Gold.Name}: «{row.Trigger.Cut(a.Article.Body)}» {row.Type} [someone for nobody] {sys1}/{sys2 ?? "-"} → -/{gold2 ?? "-"} {Slot(log, row, sys1)}");
                }
            }
            else
            {
                _a1Named++;
                if (Same(sys1, gold1))
                {
                    _a1Right++;
                }
                else
                {
                    var why = Why(log, row, sys1, sys2, gold1, gold2);
                    _errors[why] = _errors.GetValueOrDefault(why) + 1;
                    Errors.Add($"{a.Gold.Name}: «{row.Trigger.Cut(a.Article.Body)}» {row.Type} [{why}] {sys1 ?? "-"}/{sys2 ?? "-"} → {gold1}/{gold2 ?? "-"} {Slot(log, row, sys1)}");
                }
            }
            if (gold2 is null)
            {
                _a2None++;
                _a2NoneRight += sys2 is null ? 1 : 0;
            }
            else
            {
                _a2Named++;
                _a2Right += Same(sys2, gold2) ? 1 : 0;
            }
        }
    }

    /// <summary>Where the chosen doer stands (its cues that fire), to sort the errors by the slot the wrong doer came from.</summary>
    private static string Slot(CandidateLog log, CandidateRow row, string? sys1)
    {
        if (sys1 is null || log.ActorRows.Find(o => o.Trigger == row.Trigger && Same(o.ActorId, sys1)) is not { } o)
        {
            return string.Empty;
        }
        var names = ActorChoice.Names;
        var cues = names.Select((n, i) => (n, i)).Where(p => p.i < ActorChoice.Actor1Count && !p.n.StartsWith("type_", StringComparison.Ordinal)
            && !p.n.StartsWith("class_", StringComparison.Ordinal) && p.n is not ("distance_log" or "doc_mentions_log" or "options" or "trigger_verb") && o.Features[p.i] != 0)
            .Select(p => p.n is "distance" or "sentence_delta" or "actors_between" ? string.Create(CultureInfo.InvariantCulture, $"{p.n}={o.Features[p.i]}") : p.n);
        return "{" + string.Join(' ', cues) + "}";
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static string Why(CandidateLog log, CandidateRow row, string? sys1, string? sys2, string gold1, string? gold2)
    {
        if (sys1 is null)
        {
            return "nobody for someone";
        }
        if (Same(sys1, gold2))
        {
            return Same(sys2, gold1) ? "swapped" : "target as doer";
        }
        var options = log.ActorRows.Where(r => r.Trigger == row.Trigger).ToList();
        if (options.Exists(o => Same(o.ActorId, sys1) && o.Speaker))
        {
            return "source as doer";
        }
        return options.Exists(o => Same(o.ActorId, gold1)) ? "another option" : "doer not among options";
    }

    public string Describe(string split) => string.Create(CultureInfo.InvariantCulture,
        $"{split} actors: {_tied} candidates tied to core events; actor1 right {_a1Right}/{_a1Named} where coded ({Pct(_a1Right, _a1Named)}), none kept none {_a1NoneRight}/{_a1None}; "
        + $"actor2 right {_a2Right}/{_a2Named} where coded ({Pct(_a2Right, _a2Named)}), none kept none {_a2NoneRight}/{_a2None}; "
        + $"actor1 errors: {string.Join(", ", _errors.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"))}");

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:F1} %");
}
