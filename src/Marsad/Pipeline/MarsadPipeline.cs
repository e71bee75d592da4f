using System.Diagnostics;
using System.Globalization;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// Article in, SPEC §4 result out: analyzes the body once and runs the stages over it. Stateless
/// between articles and safe to share across threads as long as its stages are.
/// </summary>
public sealed class MarsadPipeline(IReadOnlyList<IExtractionStage> stages)
{
    /// <summary>The pipeline with every stage the library ships, built from embedded data.</summary>
    public static MarsadPipeline CreateDefault() => new(DefaultStages.Create());

    /// <summary>The default stages with the hand rules deciding where a trained model would: for the rules' own tests and for comparisons.</summary>
    public static MarsadPipeline CreateRulesOnly() => new(DefaultStages.Create(learned: false));

    private readonly long[] _ticks = new long[stages.Count + 1];

    public IReadOnlyList<IExtractionStage> Stages { get; } = stages;

    /// <summary>Time spent so far in the text layer and in each stage, for the CLI's own timing report.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings =>
        [("text layer", TimeSpan.FromTicks(Interlocked.Read(ref _ticks[0]) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)),
         .. Stages.Select((s, i) => (s.GetType().Name, TimeSpan.FromTicks(Interlocked.Read(ref _ticks[i + 1]) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)))];

    public ExtractionResult Extract(Article article) => Extract(article, null);

    /// <summary>Extracts with every candidate event recorded in <paramref name="log"/> (training), or as usual when it is null.</summary>
    internal ExtractionResult Extract(Article article, Learning.CandidateLog? log)
    {
        var start = Stopwatch.GetTimestamp();
        var text = AnalyzedText.Analyze(article.Body);
        var context = new ExtractionContext(article, text) { CandidateLog = log };
        var mark = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[0], mark - start);
        for (var i = 0; i < Stages.Count; i++)
        {
            Stages[i].Run(context);
            var now = Stopwatch.GetTimestamp();
            Interlocked.Add(ref _ticks[i + 1], now - mark);
            mark = now;
        }
        return new ExtractionResult
        {
            Document = Describe(article),
            Events = context.Events,
            Places = [.. context.Places.Select(p => p.Mention)],
            Actors = [.. context.Actors.Select(a => new ActorMention(a.Span.Cut(article.Body), a.Span.Start, a.Span.End, a.ActorId))],
        };
    }

    public static DocumentInfo Describe(Article article) => new()
    {
        Id = article.Id,
        Source = article.Source,
        Title = article.Title,
        Author = article.Author,
        Dateline = article.Dateline,
        Published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PublishedSource = article.Published is null ? null : article.PublishedSource,
        Body = article.Body,
    };
}
