using Marsad.Geo;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Hardening;

/// <summary>The bounds that keep work linear in the input, pinned by what they must and must not change.</summary>
public sealed class LinearWorkTests
{
    [Fact]
    public void Text_without_punctuation_is_cut_into_sentences_of_bounded_length()
    {
        var words = string.Join(' ', Enumerable.Repeat("قصفت قوات النظام مدينة حلب وقتل مدنيون", 200));

        var text = AnalyzedText.Analyze(words);

        Assert.True(text.Sentences.Count >= text.Tokens.Count / SentenceSegmenter.MaxSentenceTokens);
        Assert.All(text.Sentences, s => Assert.InRange(s.End - s.First, 1, SentenceSegmenter.MaxSentenceTokens));
        Assert.All(text.Clauses, c => Assert.InRange(c.End - c.First, 1, SentenceSegmenter.MaxSentenceTokens));
        // Every token still belongs to the sentence whose range holds it.
        Assert.All(text.Tokens.Select((t, i) => (t, i)), x => Assert.InRange(x.i, text.Sentences[x.t.Sentence].First, text.Sentences[x.t.Sentence].End - 1));
    }

    [Fact]
    public void A_punctuated_news_sentence_is_not_cut()
    {
        var text = AnalyzedText.Analyze("قصفت قوات النظام مدينة حلب، وقتل خمسة مدنيين. وقالت مصادر محلية إن القصف استمر.");

        Assert.Equal(2, text.Sentences.Count);
    }

    [Fact]
    public void The_anchor_index_answers_as_the_distance_to_every_anchor_would()
    {
        var random = new Random(11);
        var anchors = Enumerable.Range(0, 300).Select(_ => (Lat: random.NextDouble() * 170 - 85, Lon: random.NextDouble() * 360 - 180)).ToList();
        // Near the antimeridian and the poles as well as in the region the news covers.
        anchors.AddRange([(36.2, 37.1), (36.3, 37.2), (0, 179.9), (0, -179.9), (84, 10)]);
        var index = new AnchorIndex(anchors.Concat(anchors.Take(20)));

        for (var k = 0; k < 2000; k++)
        {
            var (lat, lon) = (random.NextDouble() * 170 - 85, random.NextDouble() * 360 - 180);
            var exact = anchors.Min(a => GeoMath.DistanceKm(a.Lat, a.Lon, lat, lon));
            foreach (var max in new[] { 300.0, 500.0 })
            {
                var got = index.NearestKm(lat, lon, max);
                if (exact <= max)
                {
                    Assert.Equal(exact, got, 9);
                }
                else
                {
                    Assert.Equal(double.PositiveInfinity, got);
                }
            }
        }
        Assert.Equal(anchors.Distinct().Count(), index.Count);
    }

    [Fact]
    public void A_place_named_again_later_in_a_long_article_is_still_recognised_by_its_first_mention()
    {
        var filler = string.Join(". ", Enumerable.Repeat("وقال ناشطون إن الوضع الإنساني صعب", 40));
        var text = AnalyzedText.Analyze($"وصلت التعزيزات إلى مدينة تل رفعت. {filler}. وقال ناشطون إن تل رفعت تعرضت للقصف.");

        var hits = new PlaceStage().Find(text);

        Assert.Equal(2, hits.Count(h => h.Mention.Name.Contains("تل رفعت", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Relative_dates_at_the_ends_of_the_calendar_are_unresolved_not_a_crash(int y, int m, int d)
    {
        var text = AnalyzedText.Analyze("قصف الطيران حلب أمس وغداً والخميس المقبل والأسبوع الماضي والشهر المقبل والعام المقبل وفي 31 كانون الأول.");

        var dates = DateExpressionFinder.Default.FindAll(text, new DateOnly(y, m, d));

        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.True(date.Value is null || (date.Value.Length >= 4 && date.Value[..4] != "0000" && (date.Value.Length == 4 || date.Value[4] == '-')), date.Value));
    }
}
