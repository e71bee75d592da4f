using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s36b-places): «المدينة» after a town the article never calls a city, told with a city it
/// has called one, is that city; a town the article calls a city stays what «المدينة» means.
/// </summary>
public class CityReferenceTests
{
    private static string? Referent(string body)
    {
        var article = ArticleReader.Default.ReadString(body, "test");
        var context = new ExtractionContext(article, AnalyzedText.Analyze(article.Body));
        new Marsad.Geo.PlaceStage().Run(context);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        for (var k = index.Count - 1; k >= 0; k--)
        {
            if (index.Token(k).Norm is "المدينه")
            {
                return index.ResolvePlaceRef(k)?.Mention.Name;
            }
        }
        return null;
    }

    [Fact]
    public void The_city_is_the_one_the_article_called_a_city_not_the_suburb_named_after_it()
    {
        var name = Referent(
            "تدور معارك عنيفة على أطراف مدينة الفلوجة. وتتقدم القوات في بلدات حول الفلوجة مثل الكرمة، وتقول إن العمليات في محيط المدينة تمهد لاقتحامها.");

        Assert.Equal("الفلوجة", name);
    }

    [Fact]
    public void A_town_the_article_called_a_city_is_the_city_even_after_a_larger_one()
    {
        var name = Referent(
            "قصفت القوات النظامية مواقع في دمشق، وتعرضت مدينة داريا لقصف عنيف مع استمرار الاشتباكات في محيط المدينة.");

        Assert.StartsWith("دار", name, StringComparison.Ordinal);
    }
}
