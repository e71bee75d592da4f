using Marsad.Routes;

namespace Marsad.Tests.Routes;

public class RouteWordsTests
{
    private static readonly RouteWords Words = RouteWords.Default;

    [Fact]
    public void For_the_fourth_time_claims_four()
    {
        const string sentence = "وبذلك يكون «داعش» قد قطع الطريق المذكور، للمرة الرابعة خلال الأعوام الثلاثة الماضية";

        var claim = Words.ClaimedCount(sentence, 30);

        Assert.Equal(4, claim!.Value.Value);
        Assert.Equal("للمرة الرابعة", claim.Value.Text);
    }

    [Fact]
    public void A_count_in_digits_after_the_article_is_read()
    {
        Assert.Equal(5, Words.ClaimedCount("قطع الطريق للمرة الـ5 هذا العام", 0)!.Value.Value);
        Assert.Equal(11, Words.ClaimedCount("أغلق المعبر للمرة الحادية عشرة", 0)!.Value.Value);
    }

    [Fact]
    public void The_last_time_and_a_word_ending_like_time_claim_nothing()
    {
        Assert.Null(Words.ClaimedCount("وكانت المرة الأخيرة التي دخلت فيها مجاميع داعش إلى خناصر", 0));
        Assert.Null(Words.ClaimedCount("المعارك مستمرة الثانية عشرة ليلاً", 0));
    }

    [Fact]
    public void The_claim_closest_to_the_event_is_taken()
    {
        const string sentence = "فتح الطريق للمرة الثانية ثم قطع للمرة الثالثة";

        Assert.Equal(3, Words.ClaimedCount(sentence, sentence.IndexOf("قطع", StringComparison.Ordinal) + 3)!.Value.Value);
    }

    [Fact]
    public void Siege_words_are_found_inside_their_clitics_and_forms()
    {
        Assert.True(Words.SaysSiege("الجيش يحاصرها منذ أشهر"));
        Assert.True(Words.SaysSiege("لفك الحصار عن داريا"));
        Assert.True(Words.SaysSiege("الإطباق على حلب"));
        Assert.False(Words.SaysSiege("قطع الطريق الدولي"));
    }

    [Fact]
    public void The_sentence_around_an_event_stops_at_full_stops_and_line_ends()
    {
        const string body = "جملة أولى. قطع الطريق للمرة الثانية، وفق مصادر.\nسطر آخر";
        var start = body.IndexOf("قطع", StringComparison.Ordinal);

        var (s, e) = RouteWords.SentenceAround(body, start, start + 3);

        Assert.Equal(" قطع الطريق للمرة الثانية، وفق مصادر", body[s..e]);
    }
}
