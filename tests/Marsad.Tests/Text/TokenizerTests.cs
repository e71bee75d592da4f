using Marsad.Text;

namespace Marsad.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tokens(string s) => Tokenizer.Tokenize(ArabicNormalizer.Normalize(s));

    [Fact]
    public void Words_numbers_and_punctuation_are_told_apart()
    {
        var tokens = Tokens("قتل 12 شخصاً، في حلب.");
        Assert.Equal(["قتل", "12", "شخصا", "،", "في", "حلب", "."], tokens.Select(t => t.Norm));
        Assert.Equal(
            [TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Word, TokenKind.Punctuation],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("1,200", "1,200")]
    [InlineData("3.5", "3.5")]
    [InlineData("١٬٢٠٠", "1,200")]
    [InlineData("٣٫٥", "3.5")]
    public void A_number_keeps_its_inner_separators(string written, string norm)
    {
        var tokens = Tokens($"نحو {written} مقاتل");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(norm, tokens[1].Norm);
        Assert.Equal(written, tokens[1].Span.Cut($"نحو {written} مقاتل"));
    }

    [Theory]
    [InlineData("\u0D6B")]
    [InlineData("\uFF15\uFF12")]
    [InlineData("\u096B")]
    public void A_digit_of_another_script_is_no_number(string written)
    {
        var tokens = Tokens($"يوم {written} أيار");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void A_separator_that_ends_a_number_is_punctuation()
    {
        var tokens = Tokens("عددهم 1200, وليس 1300.");
        Assert.Equal(["عددهم", "1200", ",", "وليس", "1300", "."], tokens.Select(t => t.Norm));
    }

    [Fact]
    public void Digits_glued_to_letters_make_one_word()
    {
        var tokens = Tokens("طائرات F16 أمريكية");
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
        Assert.Equal("f16", tokens[1].Norm);
    }

    [Fact]
    public void Every_punctuation_mark_is_its_own_token()
    {
        var tokens = Tokens("«داعش»؟!");
        Assert.Equal(["\"", "داعش", "\"", "؟", "!"], tokens.Select(t => t.Norm));
    }

    [Fact]
    public void A_token_span_cuts_the_written_word_with_its_diacritics()
    {
        const string body = "بهجومٍ مباغتٍ شنّه";
        var tokens = Tokens(body);
        Assert.Equal(["بهجومٍ", "مباغتٍ", "شنّه"], tokens.Select(t => t.Span.Cut(body)));
        Assert.Equal(["بهجوم", "مباغت", "شنه"], tokens.Select(t => t.Norm));
    }

    [Fact]
    public void Tokens_are_numbered_in_order()
    {
        var tokens = Tokens("ذهب الجيش إلى حلب");
        Assert.Equal([0, 1, 2, 3], tokens.Select(t => t.Index));
    }

    [Fact]
    public void Whitespace_alone_gives_no_token()
    {
        Assert.Empty(Tokens(" \n\t\u00A0"));
    }

    [Fact]
    public void Tokens_of_one_spelling_share_its_string_and_readings()
    {
        var tokens = Tokens("وبحلب قصف، ثم قصف وبحلب");

        Assert.Same(tokens[0].Norm, tokens[5].Norm);
        Assert.Same(tokens[0].Segmentations, tokens[5].Segmentations);
        Assert.Same(tokens[1].Norm, tokens[4].Norm);
        Assert.Equal(CliticSegmenter.Segment("وبحلب"), tokens[5].Segmentations);
    }

    [Theory]
    [InlineData("قالت «الجبهة»")]
    [InlineData("قالت “الجبهة”")]
    [InlineData("قالت \"الجبهة\"")]
    public void Guillemets_curly_and_straight_double_quotes_are_all_double_quotes(string written)
    {
        var tokens = Tokens(written);

        Assert.True(tokens[1].IsDoubleQuote);
        Assert.True(tokens[3].IsDoubleQuote);
        Assert.True(tokens[1].IsQuoteMark);
        Assert.False(tokens[0].IsDoubleQuote);
    }

    [Fact]
    public void A_single_quote_is_a_quote_mark_but_no_double_quote()
    {
        var tokens = Tokens("قالت ‘الجبهة’، وانسحبت");

        Assert.True(tokens[1].IsQuoteMark);
        Assert.False(tokens[1].IsDoubleQuote);
        Assert.False(tokens[4].IsQuoteMark);
    }
}
