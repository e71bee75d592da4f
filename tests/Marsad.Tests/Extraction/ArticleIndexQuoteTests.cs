using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

public class ArticleIndexQuoteTests
{
    private const string Body = "قال المتحدث \"نحن\" إن «الطائرات قصفت حلب» ثم “غادر” الوفد إلى دمشق";

    private static ArticleIndex Index() =>
        new(new ExtractionContext(new Article { Source = "test", Body = Body }, AnalyzedText.Analyze(Body)), WordRoles.EventWords);

    private static int TokenAt(ArticleIndex index, string text, int nth = 0)
    {
        var at = -1;
        for (var i = 0; i <= nth; i++)
        {
            at = Body.IndexOf(text, at + 1, StringComparison.Ordinal);
        }
        for (var k = 0; k < index.Count; k++)
        {
            if (index.Token(k).Span.Start == at)
            {
                return k;
            }
        }
        throw new InvalidOperationException(text);
    }

    [Fact]
    public void The_opening_quote_before_a_word_is_the_last_guillemet_or_curly_quote_before_it_and_a_straight_quote_is_none()
    {
        var index = Index();
        var guillemet = TokenAt(index, "«");
        var curly = TokenAt(index, "“");

        Assert.Equal(-1, index.OpeningQuoteBefore(TokenAt(index, "نحن")));
        Assert.Equal(-1, index.OpeningQuoteBefore(guillemet));
        Assert.Equal(guillemet, index.OpeningQuoteBefore(TokenAt(index, "حلب")));
        Assert.Equal(guillemet, index.OpeningQuoteBefore(curly));
        Assert.Equal(curly, index.OpeningQuoteBefore(TokenAt(index, "دمشق")));
        Assert.Equal(curly, index.OpeningQuoteBefore(index.Count));
    }
}
