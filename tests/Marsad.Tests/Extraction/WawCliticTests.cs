using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>The conjunction «و» read through the lexicon (event_words role and) and the clitic reading, not a first-letter literal.</summary>
public class WawCliticTests
{
    private static Token TokenOf(string word) => AnalyzedText.Analyze(word).Tokens[0];

    [Theory]
    [InlineData("و")]     // a reading's proclitics: the conjunction alone
    [InlineData("وب")]    // the conjunction before the preposition «ب»
    [InlineData("والزقوم")]
    public void A_string_that_opens_with_the_conjunction_opens_with_it(string word) =>
        Assert.True(WawClitic.OpensWith(word));

    [Theory]
    [InlineData("")]
    [InlineData("ف")]
    [InlineData("ب")]
    [InlineData("لل")]
    public void A_string_that_opens_with_another_letter_does_not(string word) =>
        Assert.False(WawClitic.OpensWith(word));

    [Fact]
    public void The_conjunction_written_apart_is_alone_and_a_joined_one_is_not()
    {
        var tokens = AnalyzedText.Analyze("بين الجيشين النظامي و الحر والنصرة").Tokens;

        Assert.True(WawClitic.IsAlone(tokens[3]));
        Assert.False(WawClitic.IsAlone(tokens[5]));
    }

    [Fact]
    public void A_definite_word_behind_the_conjunction_reads_as_the_conjunction_and_its_article_word()
    {
        var reading = WawClitic.AfterConjunction(TokenOf("والزقوم"));

        Assert.NotNull(reading);
        Assert.Equal("الزقوم", reading.Value.Base);
        Assert.True(reading.Value.HasArticle);
    }

    [Theory]
    [InlineData("فالزقوم")]   // «ف» is no «و»
    [InlineData("بالزقوم")]
    [InlineData("الزقوم")]
    public void A_word_behind_another_clitic_or_none_has_no_reading_after_the_conjunction(string word) =>
        Assert.Null(WawClitic.AfterConjunction(TokenOf(word)));
}
