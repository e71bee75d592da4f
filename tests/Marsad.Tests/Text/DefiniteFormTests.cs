using Marsad.Text;

namespace Marsad.Tests.Text;

public class DefiniteFormTests
{
    [Theory]
    [InlineData("الاشتباكات")]
    [InlineData("والمواجهات")]
    [InlineData("بالهجوم")]
    [InlineData("للهجوم")]
    [InlineData("فللطائرات")]
    [InlineData("وبالطائرات")]
    [InlineData("كالعاده")]
    public void A_word_with_the_article_behind_its_clitics_is_definite(string norm) =>
        Assert.True(DefiniteForm.IsDefinite(norm));

    [Theory]
    [InlineData("اشتباكات")]
    [InlineData("وكاله")]
    [InlineData("والي")]
    [InlineData("لبنان")]
    [InlineData("بلدة")]
    [InlineData("ال")]
    [InlineData("")]
    public void A_bare_word_or_an_article_with_too_short_a_stem_is_not(string norm) =>
        Assert.False(DefiniteForm.IsDefinite(norm));

    [Theory]
    [InlineData("الطائرات", "الطائرات")]
    [InlineData("والطائرات", "الطائرات")]
    [InlineData("بالقافلة", "القافلة")]
    [InlineData("للسفينة", "السفينة")]
    [InlineData("فللطائرات", "الطائرات")]
    [InlineData("وبالدبابات", "الدبابات")]
    public void The_definite_word_is_given_back_with_its_article_and_without_its_clitics(string norm, string expected) =>
        Assert.Equal(expected, DefiniteForm.WithArticle(norm));

    [Theory]
    [InlineData("طائرات")]
    [InlineData("وكاله")]
    [InlineData("لل")]
    public void A_word_that_is_not_definite_has_no_definite_form(string norm) =>
        Assert.Null(DefiniteForm.WithArticle(norm));
}
