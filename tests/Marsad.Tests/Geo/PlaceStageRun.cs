using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>The place stage alone over a text, as the place tests read it.</summary>
internal static class PlaceStageRun
{
    public static List<PlaceMention> Places(string body) => Places(ArticleReader.Default.ReadString(body, "test"));

    public static List<PlaceMention> Places(Article article)
    {
        var context = new ExtractionContext(article, AnalyzedText.Analyze(article.Body));
        new PlaceStage().Run(context);
        return [.. context.Places.Select(p => p.Mention)];
    }
}
