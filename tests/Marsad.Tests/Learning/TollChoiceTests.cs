using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class TollChoiceTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2016, 2, 18));

    private static float Feature(TollOptionRow row, string name) => row.Features[TollChoice.Names.ToList().IndexOf(name)];

    [Fact]
    public void Every_toll_feature_has_a_name_and_the_names_are_unique()
    {
        Assert.Equal(TollChoice.Count, TollChoice.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_toll_told_in_the_next_sentence_of_the_paragraph_is_an_option_beside_none()
    {
        var log = Log("قصفت الطائرات الحربية بلدة تلبيسة بريف حمص أمس. وقال ناشطون إن القصف أسفر عن مقتل 7 مدنيين.");
        var strike = log.TollRows.Where(r => r.Type == "REMOTE" && r.Group == log.TollRows.First(x => x.Type == "REMOTE").Group).ToList();

        var next = Assert.Single(strike, r => r.Count == 7);
        Assert.Equal(1, Feature(next, "next_sentence"));
        Assert.Equal(1, Feature(next, "consequence_before"));
        // The rules take it too: the next sentence names the strike again («القصف») and says what it caused.
        Assert.Equal(1, Feature(next, "rules_choice"));
        var none = Assert.Single(strike, r => r.Count is null);
        Assert.Equal(0, Feature(none, "rules_choice"));
    }

    [Fact]
    public void A_toll_of_another_paragraph_is_no_option()
    {
        var log = Log("قصفت الطائرات الحربية بلدة تلبيسة بريف حمص أمس.\n\nوقتل 9 أشخاص في انفجار سيارة مفخخة في مدينة حماة.");
        var first = log.TollRows.First(r => r.Type == "REMOTE").Group;

        Assert.DoesNotContain(log.TollRows, r => r.Group == first && r.Count == 9);
    }

    [Fact]
    public void A_daily_total_is_marked_by_its_tally_words()
    {
        var log = Log("قصفت الطائرات الحربية بلدة تلبيسة بريف حمص أمس، وارتفعت حصيلة القتلى إلى 60 شخصا.");
        var total = log.TollRows.First(r => r.Type == "REMOTE" && r.Count == 60);

        Assert.Equal(1, Feature(total, "total_before"));
    }
}
