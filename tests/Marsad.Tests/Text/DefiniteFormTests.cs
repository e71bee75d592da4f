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
}
