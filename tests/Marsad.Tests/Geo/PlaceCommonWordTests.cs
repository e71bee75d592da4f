using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Common words read as places (issue 10, s29b-wordplace): a word written with tanween («دوماً», always), an adjective of sect
/// after a settlement word; the name a capital word governs, which is a country or province, never a town (s30-placeclause).
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

    [Theory]
    [InlineData("وتحاصر القوات النظامية المدينة التي يسميها الناشطون عاصمة الثورة منذ أشهر.", "الثورة")]
    [InlineData("وبكى الشعراء سقوط بغداد عاصمة الرشيد على أيدي المغول.", "الرشيد")]
    public void A_name_a_capital_word_governs_is_no_town(string sentence, string name)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Text.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_a_capital_word_governs_is_the_province()
    {
        var places = Places("وتقدمت القوات العراقية في مدينة الرمادي عاصمة الأنبار أمس.");

        var anbar = Assert.Single(places, p => p.Text.Contains("الأنبار", StringComparison.Ordinal));
        Assert.Equal("IQ", anbar.Country);
        Assert.Equal("region", anbar.Precision);
    }

    [Theory]
    [InlineData("وداهمت دورية أمنية منزلا بقرية \"عين الشرقية\" في ريف جبلة.")]
    [InlineData("واعتقل المسلحون رجلين في مزرعة بقرية صغيرة قرب اللاذقية.")]
    public void A_settlement_word_behind_a_clitic_before_a_name_is_no_village(string sentence)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Text == "بقرية");
    }
}
