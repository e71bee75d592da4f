using Marsad.Geo;
using Marsad.Output;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Geo;

/// <summary>
/// What the words around a name say of which place it is: a nisba beside it, «العاصمة» after it,
/// a dateline, a sea's name, a distance phrase that makes it a landmark (issue 10).
/// </summary>
public class PlaceContextTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void The_jordanian_capital_amman_is_amman_not_the_sultanate_of_oman()
    {
        var p = Assert.Single(Places("التقى الوزير بالمبعوث في العاصمة الأردنية عمّان أمس."), p => p.Text.Contains("عمّان", StringComparison.Ordinal));
        Assert.Equal("JO", p.Country);
        Assert.Equal("point", p.Precision);
    }

    [Fact]
    public void A_nisba_after_tripoli_chooses_the_libyan_city_over_the_lebanese_one_near_the_region()
    {
        var p = Assert.Single(Places("اندلعت اشتباكات في مدينة طرابلس الليبية ليلا."), p => p.Text.Contains("طرابلس", StringComparison.Ordinal));
        Assert.Equal("LY", p.Country);
    }

    [Fact]
    public void Algiers_the_capital_is_the_city_not_the_country()
    {
        var p = Assert.Single(Places("تظاهر المئات في الجزائر العاصمة يوم الجمعة."), p => p.Text.Contains("الجزائر", StringComparison.Ordinal));
        Assert.Equal("DZ", p.Country);
        Assert.Equal("point", p.Precision);
    }

    [Fact]
    public void A_dateline_at_the_head_of_the_body_names_the_city()
    {
        const string body = "الجزائر - أعلنت وزارة الدفاع توقيف ثلاثة مسلحين في ولاية البويرة.";
        var hits = new PlaceStage().Find(AnalyzedText.Analyze(body), "الجزائر");
        var p = Assert.Single(hits, h => h.Span.Start == 0).Mention;
        Assert.Equal("DZ", p.Country);
        Assert.Equal("point", p.Precision);
    }

    [Fact]
    public void The_red_sea_is_the_sea_and_its_governorate_needs_the_word_governorate()
    {
        var sea = Assert.Single(Places("عبرت السفينة البحر الأحمر متجهة إلى الشمال."), p => p.Text.Contains("البحر", StringComparison.Ordinal));
        Assert.Null(sea.Country);
        Assert.Equal("region", sea.Precision);
        var governorate = Assert.Single(Places("زار المحافظ محافظة البحر الأحمر أمس."), p => p.Text.Contains("البحر", StringComparison.Ordinal));
        Assert.Equal("EG", governorate.Country);
    }

    [Fact]
    public void A_city_after_a_distance_and_a_compass_word_is_named_alone_as_a_landmark()
    {
        var places = Places("انفجرت عبوة في مدينة الموصل (350 كلم شمال بغداد) صباح اليوم.");
        Assert.Contains(places, p => p.Text == "بغداد");
        Assert.DoesNotContain(places, p => p.Text.Contains("شمال", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_town_located_from_baghdad_does_not_put_its_event_in_baghdad()
    {
        // «زرنقوش» is no place the gazetteer knows; Baghdad is 35 km off, so the governorate named first is the better place.
        var e = Single("وفي محافظة ديالى، انفجرت سيارة مفخخة في سوق بلدة زرنقوش 35/ كيلومترا شمال شرقي بغداد.", "REMOTE");
        Assert.NotEqual("بغداد", e.Location?.Name);
        AssertPlace(e, "محافظة ديالى", "IQ");
    }

    [Fact]
    public void A_country_named_in_a_group_or_a_conference_name_is_no_place()
    {
        Assert.DoesNotContain(Places("قتل مسلحون أمين عام الجبهة العربية للدفاع عن سوريا قرب بلدة قارة."), p => p.Country == "SY" && p.Precision == "country");
        Assert.DoesNotContain(Places("افتتح مؤتمر أصدقاء سوريا أعماله في إسطنبول أمس."), p => p.Country == "SY" && p.Precision == "country");
        Assert.Contains(Places("سقطت قذائف على بلدات في سوريا أمس."), p => p.Country == "SY" && p.Precision == "country");
    }

    [Fact]
    public void An_event_told_after_a_town_and_its_distance_from_baghdad_is_placed_at_the_town()
    {
        var e = Single("وفي مدينة تكريت (160 كلم شمال بغداد)، انفجرت سيارة مفخخة قرب مبنى البلدية.", "REMOTE");
        AssertPlace(e, "تكريت", "IQ");
    }
}
