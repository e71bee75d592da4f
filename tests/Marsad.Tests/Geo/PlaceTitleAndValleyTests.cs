using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s24-place): words that name no place of the event. A town that ends a quoted title
/// («تحت اسم «رسائل سرت»») is no place; the Yarmouk valley and basin of Daraa's countryside are
/// not the Yarmouk camp of Damascus.
/// </summary>
public class PlaceTitleAndValleyTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("وظهر قيادي من التنظيم في رسالة مصورة تحت اسم «رسائل سرت» وهو يتوعد بقتل قائد الجيش.", "سرت")]
    [InlineData("ونشر المسلحون شريطا بعنوان \"ثأر الفلوجة\" يظهر عناصرهم في الصحراء.", "الفلوجة")]
    public void A_place_that_ends_a_quoted_title_after_a_naming_word_is_no_place(string sentence, string name)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Text.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_statement_that_ends_with_a_place_keeps_it()
    {
        // No word of naming opens the quote: it reports words, and the place in them is one.
        Assert.Contains(Places("وقال الجيش الحر في بيان \"سيطرنا على حلب\" بعد معارك عنيفة."), p => p.Text == "حلب");
    }

    [Theory]
    [InlineData("قال مسؤول أردني إن دخانا كثيفا يتصاعد جراء القصف الذي يتعرض له وادي اليرموك.", "وادي اليرموك")]
    [InlineData("وشنت الفصائل هجوما واسعا على منطقة حوض اليرموك بريف درعا.", "حوض اليرموك")]
    public void The_Yarmouk_valley_and_basin_lie_on_the_Jordanian_border_not_at_the_Damascus_camp(string sentence, string mention)
    {
        var place = Assert.Single(Places(sentence), p => p.Text.EndsWith(mention, StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(32.74, 35.95, place.Lat!.Value, place.Lon!.Value) < 25, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void The_Yarmouk_camp_stays_in_Damascus()
    {
        var place = Assert.Single(Places("وقصفت القوات النظامية مخيم اليرموك جنوب دمشق."), p => p.Text.Contains("اليرموك", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.47, 36.30, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }
}
