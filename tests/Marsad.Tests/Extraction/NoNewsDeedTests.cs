using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deeds the text recalls from months back, and leavings and supply words that tell no withdrawal and no
/// arming (issue 9, s27-noevent).
/// </summary>
public class NoNewsDeedTests
{
    private static readonly DateOnly August = new(2015, 8, 9);
    private static readonly DateOnly February = new(2013, 2, 4);

    [Theory]
    [InlineData("وكان تنظيم داعش قد سيطر على مدينة الرمادي في 17 مايو الماضي بعد انسحاب القوات العراقية.", "CAPTURE")]
    [InlineData("وتبنت جماعة موالية لتنظيم داعش في مايو إطلاق قذيفتي هاون على بلدة سديروت.", "REMOTE")]
    [InlineData("واعتقلت القوات الأمريكية زوجة القيادي في 15 مايو في شرق سوريا.", "ARREST")]
    public void A_deed_its_own_words_date_months_back_is_history(string body, string type)
    {
        Assert.DoesNotContain(Of(body, August), e => e.Type == type);
    }

    [Fact]
    public void A_deed_dated_in_the_days_of_the_news_is_news()
    {
        var events = Of("وسيطر تنظيم داعش على مدينة الرمادي في 6 أغسطس بعد انسحاب القوات العراقية.", August);
        Assert.Contains(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_month_named_without_its_year_for_a_deed_told_as_done_is_last_years()
    {
        // 18 July is nearer to a February text in the coming year; a bombing told as done was the year before.
        var events = Of("وقتل أربعة من كبار القادة الأمنيين في تفجير استهدف مبنى الأمن القومي في دمشق في 18 تموز.", February);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_denied_deed_takes_the_month_of_last_year()
    {
        var e = Single("ونفى الجيش اللبناني أنه قصف بلدة عرسال في 18 تموز.", "REMOTE", February);
        Assert.Equal("2012-07-18", e.Date.Value);
    }

    [Fact]
    public void A_denied_deed_in_a_month_named_alone_takes_that_month_of_last_year()
    {
        var e = Single("ونفى الجيش اللبناني أنه قصف بلدة عرسال في تموز.", "REMOTE", February);
        Assert.Equal("2012-07", e.Date.Value);
    }

    [Fact]
    public void A_date_that_ends_a_square_name_dates_nothing()
    {
        var events = Of("وانفجرت سيارة مفخخة صباح اليوم في ساحة 16 نوفمبر وسط دمشق.", new DateOnly(2013, 2, 21));
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_month_after_a_clause_of_its_own_dates_that_clause()
    {
        var events = Of("وقصفت طائرات النظام مدينة درعا حيث اندلعت الاحتجاجات في مارس 2011.", February);
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Aircraft_flying_home_after_a_strike_withdraw_from_nothing()
    {
        var events = Of("وقصفت الطائرات الإسرائيلية مركز الأبحاث في جمرايا أمس قبل أن ينسحب الطيران الإسرائيلي.");
        Assert.DoesNotContain(events, e => e.Type == "WITHDRAW");
    }

    [Fact]
    public void A_force_that_leaves_a_town_withdraws()
    {
        var events = Of("وانسحبت قوات النظام أمس من بلدة خناصر في ريف حلب.");
        Assert.Contains(events, e => e.Type == "WITHDRAW");
    }

    [Fact]
    public void A_force_that_leaves_its_positions_after_a_meeting_withdraws()
    {
        var events = Of("وانسحبت قوات النظام من مواقعها بعد اجتماع في مدينة حلب.");
        Assert.Contains(events, e => e.Type == "WITHDRAW");
    }

    [Theory]
    [InlineData("وانسحب الائتلاف الوطني السوري أمس من المحادثات الدولية في جنيف.")]
    [InlineData("وقال المتحدث إن وفد الفصائل انسحب من المفاوضات في مدينة الزبداني.")]
    [InlineData("وانسحب وفد المعارضة أمس من جولة من المفاوضات في جنيف.")]
    public void A_walkout_from_talks_is_no_withdrawal(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "WITHDRAW");
    }

    [Theory]
    [InlineData("وقالت تركيا إن مقاتلي المعارضة يعانون من تفوق قوات النظام بسبب ضعف تسليحهم في حلب.")]
    [InlineData("وقال الوزير إن روسيا تقف ضد تسليح مقاتلي المعارضة السورية.")]
    public void Arms_wanting_or_opposed_are_no_support(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "SUPPORT");
    }

    [Theory]
    [InlineData("وقال الرئيس إنه إذا فشل الاتفاق في البرلمان فإن حزب الله سيرد بهجوم صاروخي على مدينة حيفا.", "REMOTE")]
    [InlineData("وقال القائد إنه حتى إذا انسحب مقاتلو المعارضة من الطريق الدائري في دمشق فإن الطريق سيبقى مغلقا.", "WITHDRAW")]
    [InlineData("وقال المسؤول إنه إذا رفض البرلمان الاتفاق، فإن إسرائيل ستضرب المنشآت النووية، وحزب الله سيرد بقصف صاروخي على مدينة حيفا.", "REMOTE")]
    public void A_deed_under_a_condition_is_a_hypothesis(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type && e.Modality == "asserted");
    }

    [Fact]
    public void A_deed_told_after_the_outcome_of_a_condition_is_news()
    {
        var events = Of("وقال القائد إنه إذا لم يتوقف القصف فإن المقاتلين سيواصلون المعركة، وقصفت قوات النظام أمس بلدة معرة النعمان.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "asserted");
    }

    [Fact]
    public void A_shell_whose_firer_is_unknown_fell_all_the_same()
    {
        var events = Of("وسقطت قذيفة هاون أمس في بلدة يايلاداغ التركية ولم يعرف ما إذا كان أطلقها مقاتلو المعارضة أو قوات النظام.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }
}
