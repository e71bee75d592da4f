using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>
/// A sentence that opens with a province («وفي محافظة دير الزور، …») turns a report to that province:
/// the places of the sentence before, in another province, are no options of its deeds (PlaceLinker.OutsideFramingProvince).
/// </summary>
public class FramingProvinceOptionTests
{
    private static List<string> OptionNames(string body, string trigger) =>
        [.. CandidateLogs.Of(body, new DateOnly(2013, 2, 11)).PlaceRows
            .Where(r => r.Trigger.Start <= body.IndexOf(trigger, StringComparison.Ordinal) && body.IndexOf(trigger, StringComparison.Ordinal) < r.Trigger.End)
            .Select(r => r.Location.Name ?? string.Empty)];

    [Fact]
    public void A_town_of_another_province_in_the_sentence_before_is_no_option_for_a_deed_of_a_sentence_opened_by_a_province()
    {
        var names = OptionNames("وقالت المصادر إن المقاتلين دخلوا مدينة الرقة قبل أيام. وفي محافظة دير الزور (شرق)، يقصف المقاتلون المعارضون مواقع الجيش.", "يقصف");

        Assert.Contains(names, n => n.Contains("دير الزور", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith("الرقة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_governorate_the_gazetteer_gives_no_province_of_its_own_stands_for_the_province_of_its_name()
    {
        var names = OptionNames("قتل مدنيان في هجوم على منطقة السيدية جنوب بغداد. وفي محافظة كركوك، استهدف قناص جنديا عند ثكنة عسكرية.", "استهدف");

        Assert.DoesNotContain(names, n => n.EndsWith("السيدية", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_of_the_same_province_in_the_sentence_before_stays_an_option()
    {
        var names = OptionNames("وقالت المصادر إن المقاتلين دخلوا مدينة الميادين قبل أيام. وفي محافظة دير الزور، يقصف المقاتلون المعارضون مواقع الجيش.", "يقصف");

        Assert.Contains(names, n => n.EndsWith("الميادين", StringComparison.Ordinal));
    }
}
