using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>The error list of issue 10: words read as places, places read as actors, regions.</summary>
public class PlaceHomographTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("قال رئيس الوزراء الإسرائيلي السابق إيهود باراك إن الهجوم كان خطأ.", "IR")]
    [InlineData("وأكد الرئيس الأمريكي باراك أوباما أن بلاده ستواصل دعم المعارضة.", "IR")]
    [InlineData("وحذر الكاتب من المشروع الصفوي في المنطقة العربية.", "SA")]
    [InlineData("وسرت شائعات عن مقتل القائد في ريف حلب.", "LY")]
    [InlineData("ودان الاتحاد الأوروبي الهجوم على المدنيين في حمص.", "LY")]
    [InlineData("وتوقعت الأرصاد استمرار الحالة المطرية على مناطق المملكة.", "EG")]
    public void A_word_that_spells_a_town_is_no_place(string sentence, string wrongCountry)
    {
        Assert.DoesNotContain(Places(sentence), p => p.Country == wrongCountry);
    }

    [Theory]
    [InlineData("افتتحت الوزارة مدرسة ثانوية للبنين في حي النسيم بالرياض.")]
    [InlineData("فرض التنظيم فصل البنين عن البنات في مدارس الرقة.")]
    public void The_boys_written_with_the_article_are_not_benin(string sentence)
    {
        // «للبنين», «البنين»: «بنين» with the article is the boys; a country or a town abroad never takes the article the text adds.
        Assert.DoesNotContain(Places(sentence), p => p.Name.Contains("بنين", StringComparison.Ordinal));
    }

    [Fact]
    public void Benin_written_bare_after_a_preposition_is_still_the_country()
    {
        Assert.Contains(Places("وصل وزير الخارجية إلى بنين في جولة أفريقية."), p => p.Text == "بنين" && p.Country == "BJ");
    }

    [Fact]
    public void A_town_named_like_a_verb_is_a_place_after_a_preposition_or_a_cue()
    {
        Assert.Contains(Places("اندلعت اشتباكات عنيفة في سرت الليبية أمس."), p => p.Text == "سرت" && p.Country == "LY");
        Assert.Contains(Places("سيطر التنظيم على مدينة تدمر الأثرية."), p => p.Text == "تدمر" && p.Country == "SY");
    }

    [Fact]
    public void A_verb_reading_at_the_head_of_a_clause_is_no_place()
    {
        Assert.DoesNotContain(Places("قال إن القصف مستمر. وتدمر الغارات المنازل في درعا."), p => p.Text == "تدمر");
    }

    [Fact]
    public void Washington_after_in_is_a_place_and_as_the_sayer_is_not()
    {
        Assert.Contains(Places("وقال مسؤول في واشنطن إن الضربة استهدفت مواقع في العراق."), p => p.Text == "واشنطن" && p.Country == "US");
        Assert.DoesNotContain(Places("وقالت واشنطن إن الضربة استهدفت مواقع للتنظيم في الموصل."), p => p.Text == "واشنطن");
    }

    [Theory]
    [InlineData("تصاعد العنف في إقليم دارفور غربي السودان.", "إقليم دارفور", "SD")]
    [InlineData("شن الجيش حملة في سيناء ضد المسلحين.", "سيناء", "EG")]
    public void Regions_are_found_with_region_precision(string sentence, string text, string country)
    {
        var p = Assert.Single(Places(sentence), p => p.Text == text);
        Assert.Equal("region", p.Precision);
        Assert.Equal(country, p.Country);
    }

    [Fact]
    public void The_middle_east_is_a_region_of_no_one_country()
    {
        var p = Assert.Single(Places("تشهد منطقة الشرق الأوسط توترا متصاعدا."), p => p.Name.Contains("الشرق", StringComparison.Ordinal));
        Assert.Equal("region", p.Precision);
        Assert.Null(p.Country);
    }

    [Fact]
    public void The_north_of_iraq_is_a_region_among_its_northern_governorates_not_a_point_near_samarra()
    {
        var p = Assert.Single(Places("شن الطيران التركي غارات على مواقع الحزب شمالي العراق."), p => p.Text.Contains("العراق", StringComparison.Ordinal));
        Assert.Equal("region", p.Precision);
        Assert.Equal("IQ", p.Country);
        Assert.True(GeoMath.DistanceKm(p.Lat!.Value, p.Lon!.Value, 34.198, 43.874) > 100, "too close to Samarra");
        Assert.True(GeoMath.DistanceKm(p.Lat!.Value, p.Lon!.Value, 36.19, 44.01) < 120, "far from Erbil");
    }

    [Fact]
    public void A_foreign_capital_is_a_place_after_a_preposition_and_the_government_elsewhere()
    {
        Assert.Contains(Places("عقد الاجتماع في موسكو أمس."), p => p.Text == "موسكو" && p.Country == "RU");
        Assert.DoesNotContain(Places("واتفقت موسكو وأنقرة على وقف إطلاق النار."), p => p.Text is "موسكو" or "أنقرة");
    }

    [Fact]
    public void A_town_named_like_an_adjective_is_a_place_after_a_preposition_and_the_adjective_elsewhere()
    {
        Assert.Contains(Places("وتدور اشتباكات عنيفة في القصير منذ الصباح."), p => p.Text == "القصير" && p.Country == "SY");
        Assert.DoesNotContain(Places("ولا يتوقع الخبراء حلا على المدى القصير."), p => p.Text == "القصير");
    }

    [Fact]
    public void Mali_after_a_preposition_is_the_country_and_the_financial_adjective_is_no_place()
    {
        Assert.Contains(Places("وتقاتل القوات الفرنسية المتشددين في مالي منذ أسابيع."), p => p.Text == "مالي" && p.Country == "ML" && p.Precision == "country");
        Assert.Contains(Places("وأرسلت فرنسا قواتها إلى مالي لطرد المسلحين."), p => p.Text == "مالي" && p.Country == "ML");
        Assert.DoesNotContain(Places("وقدمت الحكومة دعم مالي للأسر النازحة في حلب."), p => p.Country == "ML");
    }

    [Theory]
    [InlineData("والتقى وزير الخارجية نظيره الأمريكي في ميونيخ على هامش المؤتمر.", "ميونيخ", "DE")]
    [InlineData("وقتل ثلاثة أشخاص في هجوم على مقهى في برشلونة مساء أمس.", "برشلونة", "ES")]
    public void A_city_named_like_its_football_club_is_a_place_after_a_preposition(string sentence, string city, string country)
    {
        Assert.Contains(Places(sentence), p => p.Text == city && p.Country == country);
    }

    [Fact]
    public void A_football_club_named_after_its_city_is_no_place()
    {
        Assert.DoesNotContain(Places("وقال مدرب برشلونة إن فريقه سيفوز على ميلان."), p => p.Text is "برشلونة" or "ميلان");
    }

    [Fact]
    public void A_village_named_like_a_common_word_is_a_place_after_a_town_word_and_the_word_alone_is_not()
    {
        Assert.Contains(Places("دمرت فصائل المعارضة مدفعا رشاشا في بلدة الزيارة في ريف حماة."), p => p.Text.EndsWith("الزيارة", StringComparison.Ordinal) && p.Country == "SY");
        Assert.DoesNotContain(Places("وكانت الزيارة ناجحة بحسب وزير الخارجية."), p => p.Text.Contains("الزيارة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nisba_or_a_definite_noun_after_a_town_word_is_no_village()
    {
        // «بلدة تركية» is a Turkish town; «المدينة» and «القضاء» carry the article, whose «ل» is no preposition «ل» before a cue.
        var places = Places("وقع الهجوم في بلدة تركية قرب الحدود. وتجمع الناشطون في المدينة القديمة بدمشق. وتعهد الجيش بالقضاء عليه.");
        Assert.DoesNotContain(places, p => p.Text.Contains("تركية", StringComparison.Ordinal) || p.Text.Contains("القديمة", StringComparison.Ordinal) || p.Text.Contains("عليه", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Text == "دمشق");
    }

    [Fact]
    public void A_newspaper_named_like_a_region_is_no_place()
    {
        Assert.DoesNotContain(Places("وقال مصدر لـ«الشرق الأوسط» إن المعارك مستمرة في حلب."), p => p.Text.Contains("الشرق", StringComparison.Ordinal));
        Assert.DoesNotContain(Places("ونقلت صحيفة الشرق الأوسط عن مصدر أن المعارك مستمرة."), p => p.Text.Contains("الشرق", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_place_carries_a_confidence_and_a_twice_named_city_after_a_cue_is_near_certain()
    {
        var places = Places("سيطرت القوات على مدينة حلب ثم على حلب كلها، وقصفت كفر نبل.");
        Assert.All(places, p => Assert.InRange(p.Confidence!.Value, 0.01, 1));
        Assert.True(places.First(p => p.Text == "حلب").Confidence > 0.9);
    }
}
