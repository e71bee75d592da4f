using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

public class BoilerplateRulesTests
{
    private static readonly BoilerplateRules Rules = BoilerplateRules.Default;

    [Theory]
    [InlineData("اترك تعليقاً")]
    [InlineData("اترك تعليقا")]
    [InlineData("زر الذهاب إلى الأعلى")]
    [InlineData("تابعونا على فيسبوك وتويتر")]
    [InlineData("شارك هذا المقال")]
    [InlineData("جميع الحقوق محفوظة © 2016 موقع الأخبار")]
    [InlineData("© 2016 جريدة اليوم")]
    [InlineData("اشترك في النشرة البريدية ليصلك كل جديد")]
    [InlineData("صورة أرشيفية")]
    [InlineData("...المزيد")]
    [InlineData("// انتهى //")]
    [InlineData("(إعداد سامي حسن للنشرة العربية - تحرير رامي علي)")]
    [InlineData("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *")]
    [InlineData("الوسوم: سوريا، حلب، داعش")]
    [InlineData("  فيسبوك  ")]
    [InlineData("التصنيف: أخبار عربية")]
    [InlineData("المزيد من مقالات سامي حسن")]
    [InlineData("www.example.com")]
    [InlineData("editor@example.com")]
    [InlineData("* خدمة «واشنطن بوست»")]
    [InlineData("طباعة | فيسبوك | تويتر")]
    public void Furniture_line_is_boilerplate(string line)
    {
        Assert.True(Rules.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("وقال مصدر عسكري إن الجيش تقدم باتجاه المدينة.")]
    [InlineData("تابعت القوات تقدمها نحو البلدة بعد معارك عنيفة استمرت يومين وأسفرت عن مقتل عشرات المسلحين وتدمير آليات عدة لهم في المنطقة.")]
    [InlineData("وأكد أن جميع الحقوق محفوظة للشعب السوري في تقرير مصيره بعيدا عن أي تدخل خارجي من أي جهة كانت سواء إقليمية أو دولية في هذه المرحلة الحساسة.")]
    [InlineData("شارك في الهجوم مئات المقاتلين.")]
    [InlineData("طباعة | قتل خمسة في حلب")]
    [InlineData("")]
    public void Body_line_is_not_boilerplate(string line)
    {
        Assert.False(Rules.IsBoilerplate(line));
    }

    [Fact]
    public void Read_also_list_is_dropped_up_to_the_next_body_paragraph()
    {
        string[] lines =
        [
            "قال مسؤولون إن الهجوم أسفر عن مقتل خمسة جنود.",
            "اقرأ أيضاً:",
            "الجيش يستعيد السيطرة على قرية في ريف حماة",
            "مقتل قيادي في تنظيم مسلح بغارة جوية",
            "وأضاف المسؤولون أن التحقيقات مستمرة لمعرفة ملابسات الهجوم.",
        ];
        var removed = new List<string>();

        var kept = Rules.Filter(lines, removed);

        Assert.Equal([lines[0], lines[4]], kept);
        Assert.Equal(3, removed.Count);
    }

    [Fact]
    public void Related_news_list_at_the_end_is_dropped()
    {
        string[] lines =
        [
            "وتشهد المنطقة توترا متصاعدا منذ أسابيع.",
            "أخبار متعلقة:",
            "وزير الخارجية: لا حل عسكريا للأزمة",
            "مظاهرات في عدة مدن احتجاجا على الغلاء",
        ];

        var kept = Rules.Filter(lines);

        Assert.Equal([lines[0]], kept);
    }

    [Theory]
    [InlineData("وأكدت الوزارة مقتل عشرة مسلحين. سمات العراق داعش الرمادي ", "وأكدت الوزارة مقتل عشرة مسلحين. ")]
    [InlineData("سمات العراق داعش", "")]
    [InlineData("ويعتقد أن المتشددين خطفوهم سمات القريتين حمص خطف", "ويعتقد أن المتشددين خطفوهم ")]
    public void Tag_tail_starts_at_its_tag_word(string line, string body)
    {
        Assert.Equal(body.Length, Rules.TagTailStart(line));
    }

    [Theory]
    [InlineData("وقال إن للمرحلة سمات خاصة.")]
    [InlineData("سمات")]
    [InlineData("وأضاف أن من سمات هذه الحرب أنها طويلة ومكلفة وأن أطرافها كثيرون ولا يبدو أن أحدا منهم قادر على الحسم قريبا")]
    public void Sentence_with_the_tag_word_has_no_tag_tail(string line)
    {
        Assert.Equal(-1, Rules.TagTailStart(line));
    }
}
