using Marsad.Text;

namespace Marsad.Tests.Ingestion;

/// <summary>Boilerplate and byline rules compare lines by their keys: these pin what a key is.</summary>
public class NormalizeKeyTests
{
    [Theory]
    [InlineData("  اترك   تعليقاً  ", "اترك تعليقا")]
    [InlineData("زرُّ الذهابِ إلى الأعلى", "زر الذهاب الي الاعلي")]
    [InlineData("أ \u0640 ب", "ا ب")]
    [InlineData("\u0640\u064B", "")]
    [InlineData("ISIS\u00A0\tداعش\n", "isis داعش")]
    [InlineData("«داعش»", "\"داعش\"")]
    [InlineData("", "")]
    public void Key_is_folded_with_single_inner_spaces(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.NormalizeKey(input));
    }
}
