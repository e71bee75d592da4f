using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A claim names the doer of the deed it claims, not of every attack the article tells (docs/annotation.md 4.5): an
/// attack in another paragraph and another country keeps the doer its own sentence names. And a deed noun a source
/// points to («مشيرة إلى قصف») names no doer, so none is carried into it (docs/annotation.md 6.3 and 8).
/// </summary>
public class ClaimReachTests
{
    [Fact]
    public void An_attack_in_another_country_on_the_claimed_day_keeps_its_unknown_doers()
    {
        var events = Of("وتبنى تنظيم داعش أمس تفجير سيارة مفخخة في مدينة الرقة السورية.\n\nوفي تركيا، انفجرت أمس عبوة ناسفة زرعها مجهولون قرب مركز للشرطة في مدينة إزمير.", new DateOnly(2015, 7, 27));
        Assert.Contains(events, e => e.Location?.Name == "إزمير");
        Assert.DoesNotContain(events, e => e.Location?.Name == "إزمير" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_bombing_in_the_claimed_country_told_later_on_the_claimed_day_still_takes_the_claimant()
    {
        var events = Of("وتبنى تنظيم داعش أمس تفجير سيارة مفخخة في مدينة الرقة السورية.\n\nوانفجرت أمس سيارة مفخخة أخرى في مدينة دير الزور.", new DateOnly(2015, 7, 27));
        Assert.Contains(events, e => e.Location?.Name == "دير الزور" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Shelling_a_source_points_to_takes_no_doer_from_the_deed_told_before()
    {
        var events = Of("وقالت لجان التنسيق إن مقاتلين من الجيش الحر فجروا أمس دبابة في معضمية الشام، مشيرة إلى قصف بالهاون على دوما وحرستا.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-REBELS");
        Assert.Contains(events, e => e.Location?.Name == "دوما");
        Assert.DoesNotContain(events, e => e.Location?.Name is "دوما" or "حرستا" && e.Actor1 is not null);
    }

    [Fact]
    public void Shelling_a_source_points_to_keeps_the_doer_it_names_itself()
    {
        var events = Of("وقالت لجان التنسيق إن مقاتلين من الجيش الحر فجروا أمس دبابة في معضمية الشام، مشيرة إلى قصف قوات النظام على دوما.");
        Assert.Contains(events, e => e.Location?.Name == "دوما" && e.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_council_that_adopts_a_statement_is_no_doer_of_the_bombing_before_it()
    {
        var events = Of("قتل عشرون شخصا في انفجار سيارة مفخخة في حي المزة بدمشق يوم الخميس.\n\nوتبنى مجلس الأمن الدولي بيانا يدين التفجير ويدعو إلى ضبط النفس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "UN");
    }
}
