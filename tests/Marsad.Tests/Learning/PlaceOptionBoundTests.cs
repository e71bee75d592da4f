using Marsad.Learning;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>
/// The place choice weighs the places of the trigger's sentence and the one before, but no further
/// than <see cref="PlaceChoice.OptionTokensBefore"/> tokens before the trigger nor
/// <see cref="PlaceChoice.OptionTokensAfter"/> after it: a text without punctuation runs its
/// sentences to the segmenter's cap, where every candidate weighed every place of a thousand tokens.
/// </summary>
public class PlaceOptionBoundTests
{
    // Four words that name no place, actor or event.
    private const string Filler = "كان الطقس باردا وهادئا ";

    private static string Repeat(int times) => string.Concat(Enumerable.Repeat(Filler, times));

    /// <summary>The option places of the clash word of <paramref name="body"/>, whose places are the words «حمص» and «حماة».</summary>
    private static List<string> OptionNames(string body)
    {
        Assert.Single(AnalyzedText.Analyze(body).Sentences);
        return PlaceOptionProbe.OptionNames(body, "اشتباكات", markDeeds: false);
    }

    [Fact]
    public void A_place_a_few_hundred_words_before_the_trigger_in_one_unpunctuated_sentence_is_still_an_option()
    {
        var names = OptionNames("وصلت التعزيزات إلى حمص " + Repeat(70) + "ثم اندلعت اشتباكات عنيفة");

        Assert.Contains("حمص", names);
    }

    [Fact]
    public void A_place_more_than_three_hundred_tokens_before_the_trigger_in_one_unpunctuated_sentence_is_no_option()
    {
        var names = OptionNames("وصلت التعزيزات إلى حمص " + Repeat(80) + "ثم اندلعت اشتباكات عنيفة قرب حماة");

        Assert.DoesNotContain("حمص", names);
        Assert.Contains("حماة", names);
    }

    [Fact]
    public void A_place_more_than_two_hundred_tokens_after_the_trigger_is_no_option_and_one_nearer_is()
    {
        Assert.Contains("حماة", OptionNames("اندلعت اشتباكات عنيفة " + Repeat(45) + "قرب حماة"));
        Assert.DoesNotContain("حماة", OptionNames("اندلعت اشتباكات عنيفة " + Repeat(55) + "قرب حماة"));
    }
}
