using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// <see cref="AnalyzedText.Spells"/> reads a lexicon's fixed phrase («من بينها», «بالإضافة إلى») at a
/// token the caller already knows: word by word on the normalised keys, never across punctuation,
/// never past the end of the text.
/// </summary>
public sealed class PhraseSpellingTests
{
    private static string[] Keys(string phrase) =>
        [.. phrase.Split(' ').Select(ArabicNormalizer.NormalizeKey)];

    [Fact]
    public void A_phrase_is_spelled_by_the_words_that_follow_the_given_token()
    {
        var text = AnalyzedText.Analyze("قصفت الطائرات مواقع في دمشق من بينها المطار");

        Assert.True(text.Spells(5, Keys("من بينها")));
        Assert.False(text.Spells(4, Keys("من بينها")));
    }

    [Fact]
    public void A_comma_between_the_words_breaks_the_phrase()
    {
        var text = AnalyzedText.Analyze("قتل خمسة، إضافة إلى ثلاثة");

        Assert.True(text.Spells(3, Keys("إضافة إلى")));
        Assert.False(text.Spells(1, Keys("خمسة إضافة")));
    }

    [Fact]
    public void A_phrase_running_past_the_last_token_is_not_spelled()
    {
        var text = AnalyzedText.Analyze("من بينها");

        Assert.False(text.Spells(1, Keys("بينها المطار")));
        Assert.False(text.Spells(-1, Keys("من")));
    }
}
