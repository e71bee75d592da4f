using Marsad.Evaluation;
using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>Issue 10's coverage and document-aware resolution: short country names, places the corpus coders located, namesakes near the article.</summary>
public class PlaceCoverageTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("وصل الوفد إلى الصومال أمس.", "الصومال", "SO")]
    [InlineData("عاد السفير إلى بريطانيا بعد الزيارة.", "بريطانيا", "GB")]
    [InlineData("وصلت الطائرة إلى موريتانيا صباح اليوم.", "موريتانيا", "MR")]
    [InlineData("سافر الوزير إلى أمريكا لحضور المؤتمر.", "أمريكا", "US")]
    public void A_country_is_found_by_its_common_short_name(string sentence, string text, string country)
    {
        Assert.Contains(Places(sentence), p => p.Text == text && p.Country == country && p.Precision == "country");
    }

    [Theory]
    [InlineData("سقطت قذيفة هاون في بلدة يايلاداغ التركية قرب الحدود.", "يايلاداغ", 35.90, 36.06)]
    [InlineData("سقطت قذيفة هاون في بلدة يايلاداج بمحافظة هاتاي.", "يايلاداج", 35.90, 36.06)]
    [InlineData("قتل شرطيان تركيان في بلدة جيلان بينار الحدودية.", "جيلان بينار", 36.85, 40.05)]
    [InlineData("فتح مسلحون النار على مركز حدودي في كيليس جنوب تركيا.", "كيليس", 36.72, 37.12)]
    [InlineData("نشرت بطاريات صواريخ حول مدينة كهرمان ماراس التركية.", "كهرمان ماراس", 37.58, 36.93)]
    [InlineData("وصل الجرحى إلى مستشفى في مدينة غازي عنتاب التركية.", "غازي عنتاب", 37.07, 37.37)]
    public void A_turkish_border_town_is_found_by_its_spelling_in_arabic_news(string sentence, string text, double lat, double lon)
    {
        // The gazetteer's Arabic names are the old ones («كلس», «أوردو», «رأس العين», «قهرمان مرعش»):
        // without the news spelling the event took the country named in its clause.
        var place = Assert.Single(Places(sentence), p => p.Text.EndsWith(text, StringComparison.Ordinal));
        Assert.Equal("TR", place.Country);
        Assert.True(GreatCircle.DistanceKm(lat, lon, place.Lat!.Value, place.Lon!.Value) < 15, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Theory]
    [InlineData("صد المقاتلون محاولة لاقتحام بلدة بصر الحرير بريف درعا.", "بصر الحرير", "SY")]
    [InlineData("ينحدر الكاتب من بلدة بو كمال على الحدود مع العراق.", "بو كمال", "SY")]
    [InlineData("سيطر المقاتلون على حاجز عسكري في بلدة المزريب بريف درعا.", "المزريب", "SY")]
    [InlineData("سلمت الجبهة قرية حور كلس لفصيل آخر في ريف حلب.", "حور كلس", "SY")]
    [InlineData("وانتقد الرئيس التركي من جاكرتا الدول الأوروبية.", "جاكرتا", "ID")]
    [InlineData("وفى جوهانسبرج تقام المباراة النهائية للبطولة.", "جوهانسبرج", "ZA")]
    [InlineData("اعتقلت الشرطة عشرين شخصا في أضنة وشيرناق.", "شيرناق", "TR")]
    [InlineData("رفض المجلس فصل البلدة عن زانجان لتتبع طهران.", "زانجان", "IR")]
    [InlineData("ذبح عنصر من التنظيم رجلا في إقليم ننغرهار الأفغاني.", "ننغرهار", "AF")]
    [InlineData("سقطت قذائف على بلدة حدودية في ولاية هطاي التركية.", "هطاي", "TR")]
    [InlineData("قتل عشرة أشخاص في انفجار بمدينة كويتا الباكستانية.", "كويتا", "PK")]
    [InlineData("فجر انتحاري نفسه قرب مقر حكومي في كابول صباح اليوم.", "كابول", "AF")]
    [InlineData("عاد وزير الخارجية إلى بيجين بعد جولة في المنطقة.", "بيجين", "CN")]
    public void A_town_is_found_by_the_spelling_news_give_it_beside_the_sources_one(string sentence, string text, string country)
    {
        // place_variants.tsv: «بصر الحرير» is WOF's «بصرى الحريري», «جاكرتا» GeoNames' «جاكارتا»,
        // «جوهانسبرج» writes the g as Egyptian papers do, «شيرناق» and «زانجان» spell a vowel out.
        Assert.Contains(Places(sentence), p => p.Text.EndsWith(text, StringComparison.Ordinal) && p.Country == country);
    }

    [Theory]
    [InlineData("شن الطيران غارات على مدينة حمص، وطال القصف أحياء المدينة الشرقية.")]
    [InlineData("دارت اشتباكات عنيفة قرب حمص، حول مطار المدينة العسكري.")]
    [InlineData("دخل المسلحون مدينة المكلا وانتشروا في شوارع بالمدينة.")]
    public void The_city_named_before_is_what_the_city_refers_to_not_medina(string sentence)
    {
        // «المدينة» after a cue word («أحياء», «مطار») was read as Medina in Saudi Arabia.
        var places = Places(sentence);
        Assert.DoesNotContain(places, p => p.Country == "SA" || p.Text.EndsWith("المدينة", StringComparison.Ordinal));
    }

    [Fact]
    public void Medina_is_still_medina_by_its_full_name()
    {
        var places = Places("وصل آلاف الحجاج إلى المدينة المنورة أمس.");
        Assert.Contains(places, p => p.Text == "المدينة المنورة" && p.Country == "SA");
    }

    [Fact]
    public void Every_corpus_place_row_says_where_its_coordinate_comes_from()
    {
        var g = Gazetteer.Default;
        var rows = Enumerable.Range(0, g.Count).Select(r => g[r]).Where(e => e.IsCorpusPlace).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, e => Assert.StartsWith("corpus train coders", e.CoordSource, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sea_the_coders_located_is_a_region_of_no_country_even_far_from_the_article()
    {
        var places = Places("غرق قارب للمهاجرين في البحر الأبيض المتوسط قبالة سواحل ليبيا بعد مغادرته مدينة زوارة.");
        Assert.Contains(places, p => p.Text == "البحر الأبيض المتوسط" && p.Precision == "region" && p.Country is null);
    }

    [Fact]
    public void A_namesake_in_the_article_governorate_beats_a_distant_bigger_town()
    {
        // «القاهرة» is a Baghdad quarter when the article is about Baghdad, not Cairo 1,300 km away.
        var places = Places("انفجرت سيارة مفخخة في بغداد صباح اليوم، وسقطت قذيفة في الكرادة وسط بغداد، وأخرى في القاهرة شمالي بغداد.");
        var cairo = Assert.Single(places, p => p.Text == "القاهرة");
        Assert.Equal("IQ", cairo.Country);
    }

    [Fact]
    public void Cairo_is_still_cairo_in_an_egyptian_article()
    {
        var places = Places("تظاهر المئات في القاهرة والإسكندرية احتجاجا على الأحكام.");
        Assert.Contains(places, p => p.Text == "القاهرة" && p.Country == "EG");
    }
    [Fact]
    public void The_gulf_after_in_is_the_sea_and_its_states_not_a_quarter_of_that_name()
    {
        var places = Places("قال الوزير إن بلاده تنشر سفنا حربية في الخليج لحماية الملاحة.");
        var gulf = Assert.Single(places, p => p.Text == "الخليج");
        Assert.Equal("ft:sea-gulf", gulf.GazetteerId);
        Assert.Equal("region", gulf.Precision);
    }

    [Fact]
    public void The_gulf_that_stands_for_its_states_is_no_place()
    {
        var places = Places("طالب الوزير دول الخليج بدعم المعارضة السورية.");
        Assert.DoesNotContain(places, p => p.Text == "الخليج");
    }
    [Fact]
    public void A_town_in_quotes_after_a_preposition_word_is_a_place()
    {
        var places = Places("نقلت السلطات التركية الموقوفين إلى \"أضنة\" لاستكمال التحقيق معهم.");
        var adana = Assert.Single(places, p => p.Text == "أضنة");
        Assert.Equal("TR", adana.Country);
    }

    [Fact]
    public void A_name_in_quotes_after_a_clitic_is_still_a_title()
    {
        var places = Places("قال الوزير في حديث لـ«الرياض» إن المحادثات مستمرة.");
        Assert.DoesNotContain(places, p => p.Text == "الرياض");
    }

    [Theory]
    [InlineData("قتلت القوات الأمنية مسلحين في القرى التابعة لناحية قره تبه شمال شرق بغداد.")]
    [InlineData("انفجرت عبوة ناسفة على دورية للشرطة بناحية قره تبه أمس.")]
    public void A_small_town_after_a_cue_word_behind_a_preposition_is_a_place(string sentence)
    {
        // «لناحية», «بناحية» announce the district as «في ناحية» does; the town has no population
        // figure, so without the cue its name stays under the recognition threshold.
        var place = Assert.Single(Places(sentence), p => p.Text.EndsWith("قره تبه", StringComparison.Ordinal));
        Assert.Equal("IQ", place.Country);
    }
}
