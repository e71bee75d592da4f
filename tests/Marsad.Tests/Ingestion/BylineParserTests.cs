using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

public class BylineParserTests
{
    private static readonly BylineParser Parser = BylineParser.Default;

    [Theory]
    [InlineData("بغداد (رويترز) - قتل عشرة أشخاص في انفجار سيارة مفخخة.", "بغداد", "رويترز", "قتل عشرة")]
    [InlineData("حلب-سانا أعلن مصدر عسكري أن وحدات الجيش تصدت لهجوم.", "حلب", "سانا", "أعلن مصدر")]
    [InlineData("دمشق - قال ناشطون إن الطيران قصف بلدة في الريف.", "دمشق", null, "قال ناشطون")]
    [InlineData("القاهرة - أ ف ب: دعت الجامعة العربية إلى وقف القتال.", "القاهرة", "أ ف ب", "دعت الجامعة")]
    [InlineData("القاهرة – (أ ش أ): أكد وزير الخارجية أن الحل سياسي.", "القاهرة", "أ ش أ", "أكد وزير")]
    [InlineData("دمشق _أ ش أ أفاد التلفزيون الرسمي بمقتل جنديين.", "دمشق", "أ ش أ", "أفاد")]
    [InlineData("دمشق ـ قالت مصادر محلية إن الاشتباكات تجددت.", "دمشق", null, "قالت مصادر")]
    [InlineData("بيروت: أعلن الجيش اللبناني توقيف مسلحين.", "بيروت", null, "أعلن الجيش")]
    [InlineData("الموصل (العراق) (رويترز) - قالت الشرطة إن انتحاريا فجر نفسه.", "الموصل", "رويترز", "قالت الشرطة")]
    [InlineData("أنقرة (أ ف ب) - قال مسؤولون أتراك إن قذيفة سقطت قرب الحدود.", "أنقرة", "أ ف ب", "قال مسؤولون")]
    [InlineData("بيروت - «الحياة» - تواصلت المعارك في ريف حمص.", "بيروت", "«الحياة»", "تواصلت المعارك")]
    [InlineData("واشنطن - رويترز - قال البيت الأبيض إنه يدرس الخيارات.", "واشنطن", "رويترز", "قال البيت")]
    [InlineData("دير الزور - قتل خمسة مدنيين في قصف على المدينة.", "دير الزور", null, "قتل خمسة")]
    [InlineData("إسطنبول (الأناضول) - اجتمع ممثلو المعارضة اليوم.", "إسطنبول", "الأناضول", "اجتمع ممثلو")]
    [InlineData("رام الله - وكالات - أغلقت قوات الاحتلال مداخل المدينة.", "رام الله", "وكالات", "أغلقت قوات")]
    [InlineData("بغداد، العراق (CNN) -- قتل عشرة أشخاص في انفجار سيارة مفخخة.", "بغداد", null, "قتل عشرة")]
    [InlineData("بيروت، لبنان (CNN)-- أكدت مصادر أمنية أن الجيش عزز انتشاره في البقاع.", "بيروت", null, "أكدت مصادر")]
    public void Opening_dateline_is_read_and_the_text_after_it_found(string paragraph, string place, string? agency, string rest)
    {
        var result = Parser.ParseDateline(paragraph);

        Assert.NotNull(result);
        Assert.Equal(place, result.Dateline);
        Assert.Equal(agency, result.Agency);
        Assert.StartsWith(rest, paragraph[result.Length..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قتل عشرة أشخاص في بغداد (رويترز) - أمس.")]
    [InlineData("بغداد تشهد موجة تفجيرات جديدة منذ أيام.")]
    [InlineData("دمشق")]
    [InlineData("حلبي - كلمة ليست مدينة.")]
    [InlineData("وبغداد - مدينة كبيرة")]
    [InlineData("")]
    public void Paragraph_without_dateline_gives_null(string paragraph)
    {
        Assert.Null(Parser.ParseDateline(paragraph));
    }

    [Theory]
    [InlineData("باريس نضال حمادة", "باريس", "نضال حمادة", null)]
    [InlineData("بقلم: سامر الخطيب", null, "سامر الخطيب", null)]
    [InlineData("كتب - محمد عبد الله:", null, "محمد عبد الله", null)]
    [InlineData("كتبت - ليلى حسن", null, "ليلى حسن", null)]
    [InlineData("ترجمة ــ هالة منصور", null, "هالة منصور", null)]
    [InlineData("دمشق - أ ش أ", "دمشق", null, "أ ش أ")]
    [InlineData("دمشق _أ.ش.أ", "دمشق", null, "أ.ش.أ")]
    [InlineData("أ ف ب", null, null, "أ ف ب")]
    [InlineData("(رويترز)", null, null, "رويترز")]
    [InlineData("وكالات", null, null, "وكالات")]
    [InlineData("عين اليوم – بغداد", "بغداد", null, "عين اليوم")]
    [InlineData("لندن: رنا الأحمد", "لندن", "رنا الأحمد", null)]
    [InlineData("بغداد", "بغداد", null, null)]
    [InlineData("عين اليوم – متابعات", null, null, "عين اليوم")]
    [InlineData("عمر سالم – عين اليوم", null, "عمر سالم", "عين اليوم")]
    [InlineData("هدى علي، سامر حسن - وكالات", null, "هدى علي، سامر حسن", "وكالات")]
    [InlineData("واشنطن - ش أ", "واشنطن", null, "ش أ")]
    [InlineData("لندن: «الشرق الأوسط»", "لندن", null, "الشرق الأوسط")]
    [InlineData("رويترز - أ ف ب:", null, null, "رويترز")]
    public void Byline_line_is_split_into_place_writer_and_agency(string line, string? place, string? author, string? agency)
    {
        var result = Parser.ParseBylineLine(line);

        Assert.NotNull(result);
        Assert.Equal(place, result.Dateline);
        Assert.Equal(author, result.Author);
        Assert.Equal(agency, result.Agency);
    }

    [Theory]
    [InlineData("ما هي أهداف «داعش» من الهجوم على خناصر؟")]
    [InlineData("قتل عشرة أشخاص في انفجار وسط بغداد.")]
    [InlineData("دمشق تحترق")]
    [InlineData("بغداد: مقتل 20 شخصا في تفجيرات")]
    [InlineData("الجيش السوري يتقدم في ريف حلب الشمالي ويستعيد بلدات عدة من المسلحين")]
    [InlineData("صور الدمار في حلب")]
    [InlineData("حمص بعد القصف")]
    [InlineData("بغداد مقتل خمسة")]
    public void Headline_or_sentence_is_not_a_byline(string line)
    {
        Assert.Null(Parser.ParseBylineLine(line));
    }
}
