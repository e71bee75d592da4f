using Marsad.Extraction;
using Marsad.Text;
using Marsad.Time;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Text;

/// <summary>
/// News often drops the space between a word and a figure («بمقتل18», «18قتيلا», «السبت2 فبراير»):
/// a whole Arabic word and a figure glued are two tokens, each keeping its place in the body, so
/// the count, the trigger and the date are read as with the space. Proclitics on a figure («و3»,
/// «بـ31», «الـ5») and one letter («2012م», «ص5») stay on it; Latin letters («F16») stay glued.
/// </summary>
public class GluedFigureTests
{
    private static List<Token> Tokens(string s) => Tokenizer.Tokenize(ArabicNormalizer.Normalize(s));

    [Theory]
    [InlineData("أعلن الجيش مقتل18 مسلحا", "مقتل", "18")]
    [InlineData("أعلن الجيش مقتل١٨ مسلحا", "مقتل", "18")]
    [InlineData("بدأت المعركة في2015 بعد الهدنة", "في", "2015")]
    [InlineData("وصل الوفد يوم السبت3 مارس", "السبت", "3")]
    public void A_whole_word_glued_to_a_figure_is_cut_from_it(string body, string word, string figure)
    {
        var tokens = Tokens(body);
        var k = tokens.FindIndex(t => t.Norm == word);
        Assert.True(k >= 0);
        Assert.Equal(TokenKind.Number, tokens[k + 1].Kind);
        Assert.Equal(figure, tokens[k + 1].Norm);
        Assert.Equal(tokens[k].Span.End, tokens[k + 1].Span.Start);
    }

    [Fact]
    public void A_figure_glued_to_the_noun_it_counts_is_cut_from_it()
    {
        const string body = "سقط 18قتيلاً في القصف";
        var tokens = Tokens(body);
        Assert.Equal(["سقط", "18", "قتيلا", "في", "القصف"], tokens.Select(t => t.Norm));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(["18", "قتيلاً"], tokens.Skip(1).Take(2).Select(t => t.Span.Cut(body)));
    }

    [Theory]
    [InlineData("و12")]
    [InlineData("بـ31")]
    [InlineData("الـ5")]
    [InlineData("والـ50")]
    [InlineData("لل5")]
    [InlineData("2012م")]
    [InlineData("ص5")]
    [InlineData("f16")]
    public void Proclitics_one_letter_or_latin_letters_stay_on_their_figure(string written)
    {
        var tokens = Tokens($"قال {written} أمس");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void A_proclitic_figure_is_cut_from_the_noun_glued_after_it()
    {
        Assert.Equal(["سقط", "3", "قتيلا", "و12", "جريحا"], Tokens("سقط 3 قتيلا و12جريحا").Select(t => t.Norm));
    }

    [Fact]
    public void A_toll_glued_to_the_word_of_killing_is_counted()
    {
        var m = Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze("أسفر التفجير عن مقتل20 شخصا وإصابة آخرين.")));
        Assert.Equal(20, m.Count);
    }

    [Fact]
    public void A_toll_glued_to_its_noun_is_counted()
    {
        var m = Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze("لقي 15شخصا مصرعهم في الانفجار.")));
        Assert.Equal(15, m.Count);
    }

    [Fact]
    public void A_day_glued_to_its_weekday_dates_the_deed()
    {
        var d = Assert.Single(DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze("وقع الانفجار صباح السبت2 فبراير قرب المطار."), new DateOnly(2013, 2, 3)));
        Assert.Equal("2013-02-02", d.Value);
    }

    [Fact]
    public void A_division_glued_to_its_number_is_the_rebel_unit()
    {
        var e = Assert.Single(Of("وهاجمت جبهة النصرة أمس مقرا للفرقة30 قرب مدينة اعزاز."), e => e.Type == "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }
}
