using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Common words read as places (issue 10, s29b-wordplace): a word written with tanween («دوماً», always), an adjective of sect
/// after a settlement word.
/// </summary>
public class PlaceCommonWordTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("وقتل في الانفجار عشرون جنديا سورياً على الحدود.", "سوريا")]
    [InlineData("وقال إن الجيش سيبقى درعاً للوطن في وجه الإرهاب.", "درعا")]
    [InlineData("وكانت الحكومة دوماً تنفي هذه الاتهامات.", "دوما")]
    public void A_word_written_with_tanween_is_no_place(string sentence, string name)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Text.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ونفى أن يكون المسلحون قد هاجموا أي قرية سنية في المنطقة.")]
    [InlineData("وسقطت قذائف على أحياء سنية في أطراف المدينة.")]
    [InlineData("وفر السكان من قرى كردية في ريف الحسكة.")]
    public void An_adjective_of_sect_after_a_settlement_word_names_no_village(string sentence)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Text.Contains("سنية", StringComparison.Ordinal) || p.Text.Contains("كردية", StringComparison.Ordinal));
    }
}
