using Marsad.Text;

namespace Marsad.Tests.Text;

public class CliticSegmenterTests
{
    private static IReadOnlyList<Segmentation> Readings(string word) => CliticSegmenter.Segment(ArabicNormalizer.NormalizeKey(word));

    [Fact]
    public void The_whole_word_is_always_the_first_reading()
    {
        var readings = Readings("بلدة");
        Assert.Equal("بلده", readings[0].Base);
        Assert.True(readings[0].IsWhole);
    }

    [Fact]
    public void Conjunction_and_preposition_are_split_off()
    {
        var reading = Assert.Single(Readings("وبحلب"), r => r.Base == "حلب");
        Assert.Equal(2, reading.Prefix);
        Assert.Equal(0, reading.Suffix);
    }

    [Fact]
    public void A_lam_preposition_is_split_off()
    {
        Assert.Contains(Readings("لداعش"), r => r.Base == "داعش" && r.Prefix == 1);
    }

    [Fact]
    public void Lam_lam_reads_as_preposition_and_article()
    {
        var reading = Assert.Single(Readings("للتنظيم"), r => r.Base == "التنظيم");
        Assert.True(reading.HasArticle);
        Assert.Equal(1, reading.Prefix);
        Assert.Contains(Readings("للتنظيم"), r => r.Base == "تنظيم");
    }

    [Fact]
    public void The_article_is_split_off_behind_a_conjunction()
    {
        Assert.Contains(Readings("والجيش"), r => r.Base == "الجيش" && r.HasArticle);
        Assert.Contains(Readings("والجيش"), r => r.Base == "جيش" && r.HasArticle && r.Prefix == 3);
    }

    [Fact]
    public void A_pronoun_suffix_is_split_off()
    {
        var reading = Assert.Single(Readings("هجومه"), r => r.Base == "هجوم");
        Assert.Equal(1, reading.Suffix);
        Assert.Contains(Readings("وحلفاؤهم"), r => r.Base == "حلفاؤ" && r.Suffix == 2 && r.Prefix == 1);
    }

    [Fact]
    public void A_short_word_is_not_split()
    {
        Assert.Single(Readings("لم"));
        Assert.Single(Readings("وقد"), r => r.IsWhole);
    }

    [Fact]
    public void A_number_has_only_the_whole_reading()
    {
        Assert.Single(Readings("2015"));
    }

    [Fact]
    public void The_base_span_of_a_clitic_reading_is_the_word_without_its_clitics()
    {
        const string body = "واشتبكوا وبحلبَ أمس";
        var text = AnalyzedText.Analyze(body);
        var token = text.Tokens[1];
        var reading = token.Segmentations.First(r => r.Base == "حلب");
        Assert.Equal("حلبَ", text.BaseSpan(token, reading).Cut(body));
    }

    [Fact]
    public void The_base_span_of_lam_lam_is_the_whole_word_because_the_article_alef_is_written_away()
    {
        const string body = "قال للتنظيم";
        var text = AnalyzedText.Analyze(body);
        var token = text.Tokens[1];
        var reading = token.Segmentations.First(r => r.Base == "التنظيم");
        Assert.Equal("للتنظيم", text.BaseSpan(token, reading).Cut(body));
    }
}
