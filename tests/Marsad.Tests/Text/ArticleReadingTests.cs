using Marsad.Text;

namespace Marsad.Tests.Text;

public class ArticleReadingTests
{
    [Theory]
    [InlineData("الانفجار")]
    [InlineData("والانفجار")]
    [InlineData("بالانفجار")]
    public void A_word_read_with_the_article_behind_its_clitics_has_an_article_reading(string word) =>
        Assert.True(AnalyzedText.Analyze(word).Tokens[0].HasArticleReading);

    [Theory]
    [InlineData("انفجار")]
    [InlineData("وانفجار")]
    public void A_bare_deed_noun_has_none(string word) =>
        Assert.False(AnalyzedText.Analyze(word).Tokens[0].HasArticleReading);
}
