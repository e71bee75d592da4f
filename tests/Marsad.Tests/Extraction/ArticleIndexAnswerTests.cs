using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

public class ArticleIndexAnswerTests
{
    // Tokens: 0 دخلت 1 القوات 2 حلب 3 ثم 4 قصفت 5 المدينة 6 لكن 7 المدينة 8 هدأت
    private const string Body = "دخلت القوات حلب ثم قصفت المدينة لكن المدينة هدأت";

    private static ArticleIndex Index(bool withPlace = true)
    {
        var context = new ExtractionContext(new Article { Source = "test", Body = Body }, AnalyzedText.Analyze(Body));
        if (withPlace)
        {
            var at = Body.IndexOf("حلب", StringComparison.Ordinal);
            context.Places.Add(new PlaceHit(2, 3, new TextSpan(at, at + 3),
                new PlaceMention { Text = "حلب", Start = at, End = at + 3, Name = "حلب", Country = "SY", Precision = "point", GazetteerId = "t:حلب" }));
        }
        return new ArticleIndex(context, WordRoles.EventWords);
    }

    [Fact]
    public void A_token_question_is_asked_once_and_its_yes_and_no_are_remembered()
    {
        var index = Index();
        var asked = new List<int>();
        bool Ask(ArticleIndex ix, int k)
        {
            asked.Add(k);
            return ix.Token(k).Norm == "لكن";
        }

        for (var round = 0; round < 3; round++)
        {
            Assert.False(index.Answer(TokenQuestion.Contrast, 5, Ask));
            Assert.True(index.Answer(TokenQuestion.Contrast, 6, Ask));
        }

        Assert.Equal([5, 6], asked);
    }

    [Fact]
    public void Two_questions_at_the_same_token_keep_their_own_answers()
    {
        var index = Index();

        Assert.True(index.Answer(TokenQuestion.Say, 4, static (_, _) => true));
        Assert.False(index.Answer(TokenQuestion.RemoteWord, 4, static (_, _) => false));
        Assert.True(index.Answer(TokenQuestion.Say, 4, static (_, _) => false));
        Assert.False(index.Answer(TokenQuestion.RemoteWord, 4, static (_, _) => true));
    }

    [Fact]
    public void A_back_reference_asked_again_points_to_the_same_place_and_a_token_outside_the_text_to_none()
    {
        var index = Index();

        var first = index.ResolvePlaceRef(5);
        Assert.Equal("حلب", first?.Mention.Name);
        Assert.Same(first, index.ResolvePlaceRef(5));
        Assert.Same(first, index.ResolvePlaceRef(7));
        Assert.Null(index.ResolvePlaceRef(4));
        Assert.Null(index.ResolvePlaceRef(-1));
        Assert.Null(index.ResolvePlaceRef(index.Count));
    }

    [Fact]
    public void A_back_reference_with_no_place_before_it_points_to_none_each_time_it_is_asked()
    {
        var index = Index(withPlace: false);

        Assert.Null(index.ResolvePlaceRef(5));
        Assert.Null(index.ResolvePlaceRef(5));
    }
}
