using System.Globalization;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>Sentence-level true positives, false positives and misses.</summary>
public readonly record struct GsrCounts(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static GsrCounts operator +(GsrCounts a, GsrCounts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>
/// What the pipeline made of one gsr sentence: detected or not, the asserted event types it gave,
/// and every candidate of a matching type («REMOTE/asserted/drop»), kept or dropped, for error analysis.
/// </summary>
public sealed record GsrOutcome(GsrSentence Sentence, bool Detected, IReadOnlyList<string> Types, IReadOnlyList<string> Candidates);

/// <summary>The outcomes of a gsr run and their P/R/F1 per type, over all labels or unanimous ones only.</summary>
public sealed class GsrReport(IReadOnlyList<GsrOutcome> outcomes)
{
    public static readonly string[] EventTypes = ["ASSAULT", "PROTEST"];

    public IReadOnlyList<GsrOutcome> Outcomes { get; } = outcomes;

    /// <summary>Counts over <paramref name="type"/> (null: both types pooled); <paramref name="unanimous"/> drops «difficult no».</summary>
    public GsrCounts Counts(string? type, bool unanimous)
    {
        var c = default(GsrCounts);
        foreach (var o in Outcomes)
        {
            var s = o.Sentence;
            if (s.IsAmbiguous || (unanimous && s.IsDifficultNo) || (type is not null && !string.Equals(s.EventType, type, StringComparison.Ordinal)))
            {
                continue;
            }
            c += (s.IsYes, o.Detected) switch
            {
                (true, true) => new GsrCounts(1, 0, 0),
                (true, false) => new GsrCounts(0, 0, 1),
                (false, true) => new GsrCounts(0, 1, 0),
                _ => default,
            };
        }
        return c;
    }

    /// <summary>The headline figure: F1 over both types pooled, all labels.</summary>
    public double F1 => Counts(null, false).F1;

    /// <summary>One table line per type and both pooled, all labels then unanimous only.</summary>
    public IEnumerable<string> Table(string title)
    {
        yield return title;
        yield return "type        labels        P     R    F1   tp   fp   fn";
        foreach (var unanimous in new[] { false, true })
        {
            foreach (var type in EventTypes.Append(null))
            {
                var c = Counts(type, unanimous);
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{type ?? "both",-11} {(unanimous ? "unanimous" : "all"),-9} {c.Precision,5:F3} {c.Recall,5:F3} {c.F1,5:F3} {c.Tp,4} {c.Fp,4} {c.Fn,4}");
            }
        }
    }
}

/// <summary>
/// Scores Marsad on the gsr sentences as the gsr README says: each sentence is its own article
/// (no publication date, no title), and it is detected when the output holds an asserted event of
/// a matching type (ASSAULT: ASSAULT, REMOTE or ATTACK_CIVILIANS; PROTEST: PROTEST).
/// </summary>
public static class GsrScoring
{
    public static Article ToArticle(GsrSentence s) => new() { Id = s.Id, Source = s.Id, Body = s.Text };

    /// <summary>Does a Marsad event type count for a gsr label type?</summary>
    public static bool Matches(string gsrType, string eventType) => gsrType switch
    {
        "ASSAULT" => eventType is "ASSAULT" or "REMOTE" or "ATTACK_CIVILIANS",
        "PROTEST" => string.Equals(eventType, "PROTEST", StringComparison.Ordinal),
        _ => false,
    };

    internal static GsrOutcome Judge(GsrSentence s, ExtractionResult result, CandidateLog log)
    {
        var types = result.Events.Where(e => string.Equals(e.Modality, "asserted", StringComparison.Ordinal))
            .Select(e => e.Type).Distinct(StringComparer.Ordinal).ToList();
        var candidates = log.Rows.Where(r => Matches(s.EventType, r.Type))
            .Select(r => $"{r.Type}/{r.Modality}/{r.Trigger.Cut(s.Text)}").ToList();
        return new GsrOutcome(s, types.Any(t => Matches(s.EventType, t)), types, candidates);
    }

    /// <summary>Runs the pipeline with the shipped models on every sentence that is scored (ambiguous ones are skipped).</summary>
    public static GsrReport Run(IEnumerable<GsrSentence> sentences, MarsadPipeline pipeline) =>
        Run(sentences, pipeline, EventModels.Keep, EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Modality, EventModels.Actor2);

    /// <summary>The same with the given models deciding (null keep: the hand rules).</summary>
    internal static GsrReport Run(IEnumerable<GsrSentence> sentences, MarsadPipeline pipeline, BinaryModel? keep, BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null) =>
        new([.. sentences.Where(s => !s.IsAmbiguous).Select(s =>
        {
            var log = new CandidateLog { Keep = keep, Actor1 = actor1, Type = type, Place = place, Modality = modality, Actor2 = actor2 };
            return Judge(s, pipeline.Extract(ToArticle(s), log), log);
        })]);
}
