using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Words that tell no deed of the news though a trigger stands among them: an accusation not made or with no
/// accuser, the accused taken for the accuser, readiness, what an apology names, a former time (issue 9, s28-noevent).
/// </summary>
public class UnsaidDeedTests
{
    private static readonly DateOnly March = new(2013, 3, 22);

    [Fact]
    public void An_accusation_not_made_is_no_accusation()
    {
        var events = Of("وانفجرت سيارة مفخخة مساء اليوم الخميس في بلدة بعشيقة شرق الموصل، ولم يتهم الحزب الديمقراطي الكردستاني أية جهة بالوقوف وراء الهجوم.", March);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_passive_accusation_names_no_accuser_and_is_not_coded()
    {
        var events = Of("وقتل عشرات المدنيين في مدينة حمص خلال الأسبوع الماضي. واتهم الجانبان بتنفيذ عمليات إعدام ميدانية بحق الأسرى.", March);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void The_party_right_before_the_charge_is_the_accused_not_the_accuser()
    {
        var events = Of("وقتل خمسة من أفراد الفرقة 30 أثناء تصديهم للمهاجمين. واتهمت الجماعة جبهة النصرة بخطف زعيمها وعدد من أفرادها هذا الأسبوع.", March);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "NUSRA");
    }

    [Fact]
    public void An_accuser_named_before_the_accused_keeps_the_accusation()
    {
        var e = Single("واتهمت المعارضة السورية قوات النظام بتنفيذ عمليات إعدام ميدانية في حمص.", "ACCUSE", March);
        Assert.Equal("SYR-OPP", e.Actor1?.Id);
    }

    [Fact]
    public void What_a_party_stands_ready_for_has_not_happened()
    {
        var events = Of("وقال الكاتب إن مجموعة من الشبان الملثمين ظهروا في ميدان التحرير مساء الخميس وبدوا مستعدين للدخول في أي مواجهات مع الشرطة.", March);
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_deed_an_apology_names_is_not_told_as_news()
    {
        var events = Of("وقال الوزير التركي إن إسرائيل اعتذرت عن مقتل تسعة أتراك في سفينة فك الحصار عن غزة.", March);
        Assert.DoesNotContain(events, e => e.Type == "REOPEN");
    }

    [Theory]
    [InlineData("وقال القائد الميداني إن مقاتلي المعارضة انسحبوا في السابق من مدينة القصير باتجاه جبهات أخرى.", "WITHDRAW")]
    [InlineData("وقال المحلل إن الرئيس المصري في زيارته السابقة إلى طهران أدان نظام بشار الأسد بقوة.", "ACCUSE")]
    public void A_deed_of_a_former_time_is_history(string body, string type)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Type == type);
    }

    [Fact]
    public void A_deed_earlier_the_same_day_is_news()
    {
        var events = Of("وانسحب مقاتلو المعارضة في وقت سابق اليوم من مدينة القصير باتجاه جبهات أخرى.", March);
        Assert.Contains(events, e => e.Type == "WITHDRAW");
    }

    [Fact]
    public void A_deed_after_a_readiness_word_but_behind_a_subordinator_is_news()
    {
        // review28 finding 2: the deed is told after «بعد أن», not the readiness word's «ل» complement.
        var events = Of("وأعلنت الشرطة أنها مستعدة للتدخل بعد أن هاجم مسلحون حاجزا للجيش في الرمادي.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_strike_after_a_ready_government_and_a_subordinator_is_news()
    {
        var events = Of("وأكد الوزير أن الحكومة جاهزة لتقديم المساعدات بعد أن قصفت الطائرات الحربية بلدة الأتارب.", March);
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_deed_behind_a_preposition_of_time_after_a_compensation_is_news()
    {
        // review28 finding 3: «بعد قصف» is no genitive of «تعويض».
        var events = Of("وطالب الأهالي بتعويض بعد قصف الطيران الحربي منازلهم في بلدة كفرنبل أمس.", March);
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void An_accusation_by_a_person_no_actor_knows_against_a_known_party_is_kept()
    {
        // review28 finding 4: «نتنياهو حماس» is two words, but two phrases: the accuser and the accused.
        // The full pipeline: the rules alone find no accuser to keep the statement by.
        var article = new Article { Source = "t", Body = "واتهم نتنياهو حماس بإطلاق الصواريخ على جنوب إسرائيل.", Published = March };
        var events = MarsadPipeline.CreateDefault().Extract(article).Events;
        Assert.Contains(events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_passive_accusation_whose_charge_takes_a_preposition_names_no_accuser()
    {
        // review28 finding 11: «على» after a charge («بالاعتداء على») is no party held responsible.
        var events = Of("وقتل عشرات المدنيين في مدينة حمص خلال الأسبوع الماضي. واتهم الجانبان بالهجوم على المدنيين.", March);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("وقال المحلل إن الوزير في جولته السابقة في المنطقة أدان نظام بشار الأسد بقوة.")]
    [InlineData("وقال المحلل إن الرئيس في مقابلته السابقة مع الوفد أدان نظام بشار الأسد بقوة.")]
    public void A_deed_at_any_former_occasion_of_the_party_is_history(string body)
    {
        // review28 finding 7: the shape, a noun of occasion then «السابق/السابقة», not two forms of «زيارة».
        Assert.DoesNotContain(Of(body, March), e => e.Type == "ACCUSE");
    }
}
