using Marsad.Extraction;

namespace Marsad.Tests.Extraction;

public sealed class LamCliticTests
{
    [Theory]
    [InlineData("ل")]    // لقطع
    [InlineData("لل")]   // للسيطرة
    [InlineData("ول")]   // ولقطع
    [InlineData("فل")]   // فلقطع
    [InlineData("ولل")]  // وللهجوم
    [InlineData("فلل")]  // فللهجوم
    [InlineData("لال")]  // a reading that keeps the article after ل
    public void A_prefix_ending_in_the_preposition_lam_is_lam(string prefix) =>
        Assert.True(LamClitic.IsLam(prefix));

    [Theory]
    [InlineData("")]     // هجوم
    [InlineData("ال")]   // الهجوم: the article alone is no preposition
    [InlineData("وال")]  // والهجوم
    [InlineData("ب")]    // بالهجوم
    [InlineData("بال")]
    [InlineData("و")]
    public void A_prefix_without_the_preposition_lam_is_not(string prefix) =>
        Assert.False(LamClitic.IsLam(prefix));
}
