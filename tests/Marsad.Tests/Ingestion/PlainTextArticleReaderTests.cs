using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

public class PlainTextArticleReaderTests
{
    private static Article Read(string text, string? title = null) => PlainTextArticleReader.Default.Read(text, "test", title);

    [Fact]
    public void Title_byline_and_furniture_leave_the_body()
    {
        var article = Read("""
            اشتباكات عنيفة في ريف حماة الشمالي

            دمشق سامر الأحمد

            تجددت الاشتباكات بين الجيش والمسلحين في ريف حماة الشمالي صباح اليوم.

            وقال مصدر ميداني إن الجيش استعاد قريتين.

            اترك تعليقاً

            زر الذهاب إلى الأعلى
            """);

        Assert.Equal("اشتباكات عنيفة في ريف حماة الشمالي", article.Title);
        Assert.Equal("سامر الأحمد", article.Author);
        Assert.Equal("دمشق", article.Dateline);
        Assert.Equal("تجددت الاشتباكات بين الجيش والمسلحين في ريف حماة الشمالي صباح اليوم.\n\nوقال مصدر ميداني إن الجيش استعاد قريتين.", article.Body);
    }

    [Fact]
    public void Opening_dateline_stays_in_the_body_and_is_reported()
    {
        var article = Read("بغداد (رويترز) - قتل عشرة أشخاص في انفجار سيارة مفخخة.\n\nوقالت الشرطة إن 25 آخرين أصيبوا.", title: "انفجار في بغداد");

        Assert.Equal("بغداد", article.Dateline);
        Assert.StartsWith("بغداد (رويترز) - قتل", article.Body, StringComparison.Ordinal);
        Assert.Equal("انفجار في بغداد", article.Title);
    }

    [Fact]
    public void Agency_line_under_a_given_title_is_not_body()
    {
        var article = Read("أ ش أ\n\nأعلنت السلطات السورية مقتل عشرين مسلحا في اشتباكات بريف دمشق.", title: "مقتل عشرين مسلحا");

        Assert.Equal("أعلنت السلطات السورية مقتل عشرين مسلحا في اشتباكات بريف دمشق.", article.Body);
    }

    [Fact]
    public void Dateline_line_without_title_is_not_taken_for_a_title()
    {
        var article = Read("دمشق - أ ش أ\n\nأعلنت السلطات السورية مقتل عشرين مسلحا في اشتباكات بريف دمشق.");

        Assert.Null(article.Title);
        Assert.Equal("دمشق", article.Dateline);
        Assert.StartsWith("أعلنت السلطات", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_wire_credit_and_related_list_are_dropped()
    {
        var article = Read("""
            قصفت الطائرات مواقع للمسلحين في ريف إدلب الجنوبي.
            وأفادت مصادر محلية بسقوط قتلى.
            دمشق - أ ش أ
            """, title: "غارات على ريف إدلب");

        Assert.Equal("قصفت الطائرات مواقع للمسلحين في ريف إدلب الجنوبي.\nوأفادت مصادر محلية بسقوط قتلى.", article.Body);
        Assert.Equal("دمشق", article.Dateline);
    }

    [Fact]
    public void Last_sentence_that_only_names_a_city_stays()
    {
        var article = Read("وصل الوفد إلى العاصمة مساء أمس.\n\nبغداد تنتظر الرد", title: "زيارة");

        Assert.EndsWith("بغداد تنتظر الرد", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Translator_credit_is_an_author()
    {
        var article = Read("ترجمة ــ هالة منصور\n\nنشرت صحيفة أمريكية تقريرا عن الأوضاع في حلب.", title: "تقرير");

        Assert.Equal("هالة منصور", article.Author);
        Assert.Equal("نشرت صحيفة أمريكية تقريرا عن الأوضاع في حلب.", article.Body);
    }

    [Fact]
    public void Windows_line_breaks_and_blank_runs_fold_to_one_blank_line()
    {
        var article = Read("الفقرة الأولى من النص.\r\n\r\n\r\n\r\nالفقرة الثانية من النص.\r\n", title: "عنوان");

        Assert.Equal("الفقرة الأولى من النص.\n\nالفقرة الثانية من النص.", article.Body);
    }

    [Fact]
    public void Given_author_field_with_a_place_gives_the_dateline()
    {
        var article = PlainTextArticleReader.Default.Read("قال مسؤول إن المفاوضات مستمرة.", "t", "عنوان", "بيروت: سامي الخوري");

        Assert.Equal("سامي الخوري", article.Author);
        Assert.Equal("بيروت", article.Dateline);
    }

    [Fact]
    public void Closing_wire_reporter_credit_becomes_the_author()
    {
        var article = Read("قالت الأمم المتحدة إن عدد اللاجئين تجاوز مليون شخص.\n\nمن سليم نادر وعلي حسن", title: "اللاجئون");

        Assert.Equal("قالت الأمم المتحدة إن عدد اللاجئين تجاوز مليون شخص.", article.Body);
        Assert.Equal("سليم نادر وعلي حسن", article.Author);
    }

    [Fact]
    public void Broken_sentence_ending_with_min_is_not_a_credit()
    {
        var article = Read("وقال إن الهجوم جاء\nمن جهة الشمال الغربي", title: "هجوم");

        Assert.EndsWith("من جهة الشمال الغربي", article.Body, StringComparison.Ordinal);
        Assert.Null(article.Author);
    }

    [Fact]
    public void Separator_line_leaves_but_keeps_the_paragraph_break()
    {
        var article = Read("الفقرة الأولى من النص\n***\nالفقرة الثانية من النص.", title: "عنوان");

        Assert.Equal("الفقرة الأولى من النص\n\nالفقرة الثانية من النص.", article.Body);
    }

    [Fact]
    public void Number_alone_on_a_line_inside_a_sentence_stays()
    {
        var article = Read("وأصيب 68 شخصا بينهم\n10\nمجندين في الاشتباكات.", title: "عنوان");

        Assert.Equal("وأصيب 68 شخصا بينهم\n10\nمجندين في الاشتباكات.", article.Body);
    }

    [Fact]
    public void Trailing_credit_leaves_even_when_a_byline_gave_the_dateline()
    {
        var article = Read("دمشق سامر الأحمد\n\nتجددت الاشتباكات في ريف حماة الشمالي.\n\nوكالات", title: "اشتباكات");

        Assert.Equal("دمشق", article.Dateline);
        Assert.Equal("تجددت الاشتباكات في ريف حماة الشمالي.", article.Body);
    }

    [Fact]
    public void Outlet_and_desk_line_is_not_body()
    {
        var article = Read("عين اليوم – متابعات\n\nأعلنت وزارة الدفاع التركية قصف مواقع قرب الحدود.", title: "قصف");

        Assert.Equal("أعلنت وزارة الدفاع التركية قصف مواقع قرب الحدود.", article.Body);
    }

    [Fact]
    public void Tag_list_run_onto_the_last_paragraph_leaves_the_body()
    {
        var article = Read("عين اليوم – أنقرة\n\nخرج مئات الطلاب في مسيرة وسط المدينة أمس.\n\nوقالت الشرطة إن مسلحين أطلقوا النار على مركز أمني في ضواحي العاصمة. سمات تركيا مظاهرات اسطنبول هجوم ", title: "هجوم");

        Assert.Equal("خرج مئات الطلاب في مسيرة وسط المدينة أمس.\n\nوقالت الشرطة إن مسلحين أطلقوا النار على مركز أمني في ضواحي العاصمة.", article.Body);
    }

    [Fact]
    public void Tag_list_alone_on_the_last_line_leaves_with_its_line()
    {
        var article = Read("قصفت الطائرات مواقع للتنظيم قرب الحدود.\n\u00a0 سمات العراق داعش غارات ", title: "غارات");

        Assert.Equal("قصفت الطائرات مواقع للتنظيم قرب الحدود.", article.Body);
    }

    [Fact]
    public void Closing_sentence_about_features_stays_in_the_body()
    {
        var article = Read("وقال المحلل إن الهجوم يحمل كل سمات عمليات التنظيم السابقة.", title: "تحليل");

        Assert.Equal("وقال المحلل إن الهجوم يحمل كل سمات عمليات التنظيم السابقة.", article.Body);
    }
}
