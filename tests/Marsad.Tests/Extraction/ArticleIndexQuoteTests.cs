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
    public void A_word_inside_guillemets_or_curly_quotes_stands_in_that_quote_and_a_straight_quote_sets_none()
    {
        var index = Index();
        var guillemet = TokenAt(index, "«");
        var curly = TokenAt(index, "“");

        Assert.Equal(-1, index.QuoteAround(TokenAt(index, "نحن")).Open);
        Assert.Equal(-1, index.QuoteAround(guillemet).Open);
        Assert.Equal((guillemet, TokenAt(index, "»")), index.QuoteAround(TokenAt(index, "حلب")));
        Assert.Equal((curly, TokenAt(index, "”")), index.QuoteAround(TokenAt(index, "غادر")));
        Assert.Equal(-1, index.QuoteAround(TokenAt(index, "دمشق")).Open);
    }

    [Fact]
    public void A_guillemet_that_opens_inside_an_open_quote_closes_it_and_a_quote_never_closed_runs_to_the_end()
    {
        const string body = "قال «تنظيم «داعش هاجم القرية» ثم «قصفت الطائرات حلب";
        var index = new ArticleIndex(new ExtractionContext(new Article { Source = "test", Body = body }, AnalyzedText.Analyze(body)), WordRoles.EventWords);
        int At(string text) => Enumerable.Range(0, index.Count).First(k => index.Token(k).Span.Start == body.IndexOf(text, StringComparison.Ordinal));

        Assert.Equal((At("«تنظيم"), At("«داعش")), index.QuoteAround(At("تنظيم")));
        Assert.Equal(-1, index.QuoteAround(At("داعش")).Open);
        Assert.Equal((At("«قصفت"), index.Count), index.QuoteAround(At("حلب")));
    }
}
