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

    public IReadOnlyList<IExtractionStage> Stages { get; } = stages;

    public ExtractionResult Extract(Article article)
    {
        var text = AnalyzedText.Analyze(article.Body);
        var context = new ExtractionContext(article, text);
        foreach (var stage in Stages)
        {
            stage.Run(context);
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
        Body = article.Body,
    };
}
