using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed noun a protection guards against («لحماية أجوائها من الهجمات الصاروخية») names a danger, and a deed
/// on a line of a "this day in history" list («1958- القوات البريطانية تقصف …») is history: neither is a
/// happening of the news (docs/annotation.md 4.1, 4.3).
/// </summary>
public class GuardedAndChronicleTests
{
    [Theory]
    [InlineData("ونشر الحلف أمس بطاريات صواريخ في جنوب تركيا لحماية أجوائها من الهجمات الصاروخية المحتملة من سوريا.")]
    [InlineData("وقال القائد أمس إن نشر الصواريخ يهدف إلى حماية المدن الحدودية من أي قصف مدفعي من الأراضي السورية.")]
    [InlineData("وانتقد النائب أمس عجز الشرطة عن حماية المدنيين في بغداد من هجمات المسلحين.")]
    public void A_strike_a_protection_guards_against_is_no_event(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type is "REMOTE" or "ASSAULT");
    }

    [Fact]
    public void A_strike_that_hit_the_town_protected_is_an_event()
    {
        const string body = "وقصفت الطائرات الحربية أمس بلدة القصير رغم حماية الجيش لها، ما أدى إلى مقتل خمسة مدنيين.";
        Assert.Contains(Of(body), e => e.Type == "REMOTE");
    }

    private const string Chronicle =
        "1958- القوات البريطانية تقصف مواقع المتمردين في عدن.\n"
        + "1967- الجيش الإسرائيلي يحتل مدينة القنيطرة في الجولان.\n"
        + "1990- القوات العراقية تغزو الكويت.";

    [Fact]
    public void Deeds_on_the_lines_of_a_this_day_in_history_list_are_no_event()
    {
        Assert.Empty(Of(Chronicle, new DateOnly(2015, 8, 2)));
    }

    [Fact]
    public void A_year_cut_to_three_digits_still_leads_a_history_line()
    {
        Assert.Empty(Of("911 - الطائرات الإيطالية تقصف مواقع في طرابلس الغرب.\n" + Chronicle, new DateOnly(2015, 8, 2)));
    }

    [Fact]
    public void A_line_led_by_a_number_alone_is_no_history_list()
    {
        const string body = "150 - قتيلا سقطوا أمس في قصف الطائرات الحربية لمدينة دوما بريف دمشق.\nوقال ناشطون إن القصف استمر حتى المساء.";
        Assert.Contains(Of(body, new DateOnly(2015, 8, 2)), e => e.Type == "REMOTE");
    }
}
