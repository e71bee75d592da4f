namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s37-placerole): a place the deed's sentence names in another role is not where the deed was: the
/// town measured from by a distance written with its unit glued on («على بعد 400كم شمالي العاصمة بغداد») or
/// with «العاصمة» between the compass word and the name, the town whose suffering the deed answers («ردا على
/// تعرض بلدة X لهجوم»), the country those the deed met were heading to.
/// </summary>
public class PlaceOfOtherRoleTests
{
    [Theory]
    [InlineData("وكانت مدينة الموصل الواقعة على بعد 400كم شمالي العاصمة بغداد قد شهدت أمس مقتل ثلاثة متظاهرين عندما أطلقت الشرطة النار عليهم.")]
    [InlineData("وكانت مدينة الموصل الواقعة على بعد 400 كم شمالي العاصمة بغداد قد شهدت أمس مقتل ثلاثة متظاهرين عندما أطلقت الشرطة النار عليهم.")]
    public void A_deed_is_not_placed_at_the_capital_a_distance_measures_its_town_from(string body)
    {
        var events = Events.Of(body).Where(e => e.Type is "ATTACK_CIVILIANS" or "REMOTE" or "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("بغداد", e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shelling_is_not_placed_at_the_town_whose_suffering_it_answers()
    {
        var events = Events.Of("وقصفت فصائل المعارضة بلدتين محاصرتين في شمال سوريا بالقذائف الصاروخية، ردا، بحسب قولها، على تعرض بلدة الزبداني في ريف دمشق لهجوم من قوات النظام.")
            .Where(e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("الزبداني", e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_strike_on_a_convoy_is_not_placed_at_the_country_it_was_heading_to()
    {
        var events = Events.Of("وقالت مصادر إن طائرات إسرائيلية استهدفت الليلة الماضية قافلة شاحنات كانت متجهة من سوريا إلى لبنان.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("لبنان", e.Location?.Name));
    }

    [Fact]
    public void An_abduction_on_the_way_to_a_town_keeps_the_town()
    {
        var events = Events.Of("اختطف مسلحون ركاب ثلاث حافلات قرب حاجز للجيش عندما كانوا متوجهين إلى مدينة إدلب.")
            .Where(e => e.Type is "ATTACK_CIVILIANS" or "ARREST" or "ASSAULT").ToList();

        Assert.Contains(events, e => e.Location?.Name.Contains("إدلب", StringComparison.Ordinal) == true || e.Location?.Name.Contains("ادلب", StringComparison.Ordinal) == true);
    }
}
