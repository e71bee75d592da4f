using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

public class DateExpressionFinderTests
{
    // 2016-02-18 is a Thursday.
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static IReadOnlyList<DateExpression> Find(string sentence, DateOnly? published) =>
        DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze(sentence), published);

    private static DateExpression Single(string sentence) => Assert.Single(Find(sentence, Published));

    private static DateExpression Single(string sentence, DateOnly? published) => Assert.Single(Find(sentence, published));

    private static void AssertDate(string sentence, string value, string precision, string text)
    {
        var d = Single(sentence);
        Assert.Equal(value, d.Value);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(text, d.Text);
    }

    [Fact]
    public void A_day_written_in_another_scripts_digit_leaves_the_month_alone()
    {
        // Found by scripts/fuzz.sh (seed 20261203): «൫» is a decimal digit to char.IsDigit, not to
        // int.Parse, and the day reader threw on it.
        Assert.Equal("2016-05", Single("هاجم المسلحون القرية يوم \u0D6B أيار").Value);
    }

    [Fact]
    public void A_day_in_figures_after_a_definite_noun_dates_the_deed()
    {
        AssertDate("دخلت قوات النظام المدينة 16 نوفمبر بعد اشتباكات عنيفة.", "2015-11-16", "day", "16 نوفمبر");
    }

    [Fact]
    public void A_day_in_figures_after_a_bare_square_names_the_square()
    {
        Assert.DoesNotContain(Find("تظاهر المئات في ساحة 16 نوفمبر وسط المدينة.", Published), d => d.Text is not null && d.Text.Contains("نوفمبر", StringComparison.Ordinal));
    }

    [Fact]
    public void Weekday_with_yawm_is_the_most_recent_such_day()
    {
        AssertDate("هاجم التنظيم البلدة يوم الثلاثاء.", "2016-02-16", "day", "يوم الثلاثاء");
    }

    [Fact]
    public void Weekday_of_the_publication_day_is_that_day()
    {
        AssertDate("قصفت الطائرات البلدة الخميس.", "2016-02-18", "day", "الخميس");
    }

    [Fact]
    public void Past_weekday_is_strictly_before_publication()
    {
        AssertDate("هاجم التنظيم المدينة يوم الخميس الماضي.", "2016-02-11", "day", "يوم الخميس الماضي");
    }

    [Fact]
    public void Sunday_alone_is_the_sunday_before_publication()
    {
        AssertDate("وصلت التعزيزات الأحد إلى المدينة.", "2016-02-14", "day", "الأحد");
    }

    [Fact]
    public void Coming_weekday_is_after_publication()
    {
        AssertDate("تبدأ المفاوضات الخميس المقبل.", "2016-02-25", "day", "الخميس المقبل");
    }

    [Fact]
    public void Ahad_without_article_is_the_numeral_one_not_sunday()
    {
        Assert.Empty(Find("التي يمكن أن تكون أحد أهدافه في الفترة القريبة.", Published));
    }

    [Fact]
    public void Yesterday_is_the_day_before_publication()
    {
        AssertDate("وقعت الاشتباكات أمس في ريف حلب.", "2016-02-17", "day", "أمس");
    }

    [Fact]
    public void Albariha_is_yesterday()
    {
        AssertDate("سقطت القذائف البارحة على الحي.", "2016-02-17", "day", "البارحة");
    }

    [Fact]
    public void Day_before_yesterday_is_two_days_back()
    {
        AssertDate("وقع التفجير أول أمس في السوق.", "2016-02-16", "day", "أول أمس");
    }

    [Fact]
    public void Two_days_ago_is_two_days_back()
    {
        AssertDate("سيطر المسلحون على البلدة قبل يومين.", "2016-02-16", "day", "قبل يومين");
    }

    [Fact]
    public void Three_days_since_is_three_days_back()
    {
        AssertDate("بدأ القصف على الحي منذ ثلاثة أيام.", "2016-02-15", "day", "منذ ثلاثة أيام");
    }

    [Fact]
    public void A_week_since_is_seven_days_back()
    {
        AssertDate("بدأ الهجوم على المدينة منذ أسبوع.", "2016-02-11", "day", "منذ أسبوع");
    }

    [Fact]
    public void Today_is_the_publication_day()
    {
        AssertDate("أعلن الجيش اليوم السيطرة على التلة.", "2016-02-18", "day", "اليوم");
    }

    [Fact]
    public void Tonight_is_the_publication_day()
    {
        AssertDate("تجددت الاشتباكات الليلة في الحي الشرقي.", "2016-02-18", "day", "الليلة");
    }

    [Fact]
    public void The_night_before_last_is_two_days_back()
    {
        AssertDate("قتل خمسة أطفال الليل قبل الماضي في قصف على الحي.", "2016-02-16", "day", "الليل قبل الماضي");
        AssertDate("سقطت قذائف الليل الماضي على الحي.", "2016-02-17", "day", "الليل الماضي");
    }

    [Fact]
    public void Evening_of_sunday_is_sunday()
    {
        AssertDate("سقطت قذائف مساء الأحد على الحي.", "2016-02-14", "day", "مساء الأحد");
    }

    [Fact]
    public void Morning_of_today_is_today()
    {
        AssertDate("قصفت المدفعية صباح اليوم مواقع التنظيم.", "2016-02-18", "day", "صباح اليوم");
    }

    [Fact]
    public void Dawn_of_saturday_is_saturday()
    {
        AssertDate("قصف الجيش فجر السبت مواقع المسلحين.", "2016-02-13", "day", "فجر السبت");
    }

    [Fact]
    public void Night_of_wednesday_is_wednesday()
    {
        AssertDate("شن التنظيم هجوما ليل الأربعاء على الحاجز.", "2016-02-17", "day", "ليل الأربعاء");
    }

    [Fact]
    public void Weekday_after_yesterday_is_one_expression_and_the_weekday_wins()
    {
        // Published on Friday but the text says «أمس الأربعاء»: the page was dated a day late.
        var d = Single("قال مسؤول أمس الأربعاء إن القصف مستمر.", new DateOnly(2016, 2, 19));
        Assert.Equal("2016-02-17", d.Value);
        Assert.Equal("أمس الأربعاء", d.Text);
    }

    [Fact]
    public void Weekday_in_brackets_after_yesterday_is_one_expression()
    {
        var d = Single("قال الوزير أمس (الأحد) إن الهجوم فشل.", new DateOnly(2016, 2, 16));
        Assert.Equal("2016-02-14", d.Value);
        Assert.Equal("أمس (الأحد)", d.Text);
    }

    [Fact]
    public void Yesterday_in_brackets_after_today_is_the_day_meant()
    {
        var d = Single("قالت الشرطة إن الرجل الذي خطف اليوم (أمس) أفرج عنه.");
        Assert.Equal("2016-02-17", d.Value);
        Assert.Equal("اليوم (أمس)", d.Text);
    }

    [Fact]
    public void Same_year_as_before_is_not_guessed()
    {
        var d = Single("لكنه في 21 أكتوبر من العام نفسه غير رأيه.");
        Assert.Null(d.Value);
        Assert.Equal("unknown", d.Precision);
        Assert.Equal("21 أكتوبر من العام نفسه", d.Text);
    }

    [Fact]
    public void Hijri_date_is_found_but_never_converted()
    {
        var d = Single("نفذ الهجوم يوم الجمعة التاسع من شهر رمضان.");
        Assert.Null(d.Value);
        Assert.Equal("unknown", d.Precision);
        Assert.Equal("يوم الجمعة التاسع من شهر رمضان", d.Text);
    }

    [Fact]
    public void Old_years_and_era_marked_years_are_read()
    {
        AssertDate("تأسست المدرسة في سبتمبر 1895.", "1895-09", "month", "سبتمبر 1895");
        AssertDate("وصل الوفد صباح يوم الجمعة 13/04/2012م إلى المطار.", "2012-04-13", "day", "صباح يوم الجمعة 13/04/2012م");
    }

    [Fact]
    public void Last_week_has_month_precision()
    {
        AssertDate("شهدت المدينة الأسبوع الماضي معارك عنيفة.", "2016-02", "month", "الأسبوع الماضي");
    }

    [Fact]
    public void Last_week_early_in_a_month_falls_in_the_month_before()
    {
        var d = Single("شهدت المدينة الأسبوع الماضي معارك عنيفة.", new DateOnly(2016, 3, 3));
        Assert.Equal("2016-02", d.Value);
    }

    [Fact]
    public void Last_month_is_the_month_before_publication()
    {
        AssertDate("سيطر التنظيم على القرية الشهر الماضي.", "2016-01", "month", "الشهر الماضي");
    }

    [Fact]
    public void Start_of_the_current_month_is_the_publication_month()
    {
        AssertDate("تقدم الجيش في الريف الشمالي بداية الشهر الحالي.", "2016-02", "month", "بداية الشهر الحالي");
    }

    [Fact]
    public void Outset_of_the_running_month_is_the_publication_month()
    {
        AssertDate("بدأ الحصار مطلع الشهر الجاري.", "2016-02", "month", "مطلع الشهر الجاري");
    }

    [Fact]
    public void End_of_last_month_is_the_month_before_at_month_precision()
    {
        AssertDate("اندلعت الاشتباكات في أواخر الشهر الماضي.", "2016-01", "month", "أواخر الشهر الماضي");
    }

    [Fact]
    public void First_of_a_month_is_its_first_day()
    {
        AssertDate("انسحبت القوات من البلدة في أول مايو 2011.", "2011-05-01", "day", "أول مايو 2011");
    }

    [Fact]
    public void Last_year_has_year_precision()
    {
        AssertDate("خسر التنظيم المدينة العام الماضي.", "2015", "year", "العام الماضي");
    }

    [Fact]
    public void Start_of_a_named_year_is_its_january_as_the_seed_gold_wants()
    {
        var d = Single("دخلت فيها مجاميع «داعش» إلى خناصر في بداية العام 2015.");
        Assert.Equal("2015-01", d.Value);
        Assert.Equal("month", d.Precision);
        Assert.Equal("بداية العام 2015", d.Text);
        Assert.False(d.IsRelative);
    }

    [Fact]
    public void Named_year_has_year_precision_with_or_without_article()
    {
        AssertDate("سيطر التنظيم على المدينة العام 2014.", "2014", "year", "العام 2014");
        AssertDate("سيطر التنظيم على المدينة عام 2014.", "2014", "year", "عام 2014");
    }

    [Fact]
    public void Since_last_july_is_the_most_recent_july_before_publication()
    {
        AssertDate("تحاصر القوات المدينة منذ تموز/يوليو الماضي.", "2015-07", "month", "تموز/يوليو الماضي");
    }

    [Fact]
    public void Full_levantine_and_egyptian_date_resolves_without_publication()
    {
        var d = Single("وقع الهجوم في 23 شباط/فبراير 2016.", null);
        Assert.Equal("2016-02-23", d.Value);
        Assert.Equal("day", d.Precision);
        Assert.False(d.IsRelative);
    }

    [Fact]
    public void Two_word_levantine_month_is_read()
    {
        AssertDate("انسحب المسلحون في 5 تشرين الأول 2015.", "2015-10-05", "day", "5 تشرين الأول 2015");
    }

    [Fact]
    public void Egyptian_month_variants_are_read()
    {
        AssertDate("وقع الانفجار في 3 ابريل 2015.", "2015-04-03", "day", "3 ابريل 2015");
        AssertDate("وقع الانفجار في 3 يونيه 2015.", "2015-06-03", "day", "3 يونيه 2015");
        AssertDate("وقع الانفجار في 3 اغسطس 2015.", "2015-08-03", "day", "3 اغسطس 2015");
        AssertDate("وقع الانفجار في 3 مايس 2015.", "2015-05-03", "day", "3 مايس 2015");
    }

    [Fact]
    public void Day_and_month_without_year_take_the_year_nearest_publication()
    {
        AssertDate("وقع الهجوم في 23 فبراير.", "2016-02-23", "day", "23 فبراير");
        AssertDate("وقع الهجوم في 28 كانون الأول.", "2015-12-28", "day", "28 كانون الأول");
    }

    [Fact]
    public void Day_and_month_without_year_stay_unresolved_without_publication()
    {
        var d = Single("وقع الهجوم في 23 فبراير.", null);
        Assert.Null(d.Value);
        Assert.Equal("unknown", d.Precision);
        Assert.True(d.IsRelative);
    }

    [Fact]
    public void Slashed_dates_are_read_year_first_or_year_last()
    {
        AssertDate("وقع الهجوم في 2016/02/23 بحسب البيان.", "2016-02-23", "day", "2016/02/23");
        AssertDate("وقع الهجوم في 23-2-2016 بحسب البيان.", "2016-02-23", "day", "23-2-2016");
    }

    [Fact]
    public void Year_written_once_closes_a_range_of_days()
    {
        var all = Find("ثار الضباط من 23 يوليو إلى 26 يوليو سنة 1952.", Published);
        Assert.Equal(["1952-07-23", "1952-07-26"], all.Select(d => d.Value));
        Assert.All(all, d => Assert.False(d.IsRelative));
    }

    [Fact]
    public void Month_with_last_year_is_in_the_year_before_publication()
    {
        AssertDate("اعتقلت الشرطة خمسة خلال ديسمبر العام الماضي.", "2015-12", "month", "ديسمبر العام الماضي");
    }

    [Fact]
    public void Day_of_the_running_month_is_in_the_publication_month()
    {
        AssertDate("وقع الهجوم في 12 من الشهر الجاري.", "2016-02-12", "day", "12 من الشهر الجاري");
    }

    [Fact]
    public void Arabic_indic_digits_are_read()
    {
        AssertDate("قتل خمسة أشخاص في ٢٣ شباط ٢٠١٦.", "2016-02-23", "day", "٢٣ شباط ٢٠١٦");
    }

    [Fact]
    public void Ordinal_day_of_a_month_is_read()
    {
        AssertDate("وقعت المجزرة في الثالث والعشرين من كانون الثاني 2016.", "2016-01-23", "day", "الثالث والعشرين من كانون الثاني 2016");
    }

    [Fact]
    public void Relative_expressions_without_publication_are_found_but_not_resolved()
    {
        var all = Find("قصف الجيش أمس مواقع التنظيم، وتقدم الخميس الماضي في الريف.", null);
        Assert.Equal(2, all.Count);
        Assert.All(all, d =>
        {
            Assert.Null(d.Value);
            Assert.Equal("unknown", d.Precision);
            Assert.True(d.IsRelative);
        });
        Assert.Equal("أمس", all[0].Text);
        Assert.Equal("الخميس الماضي", all[1].Text);
    }

    [Fact]
    public void Yawm_alone_is_not_a_date()
    {
        Assert.Empty(Find("كان يوم حافل بالمعارك في الريف.", Published));
    }

    [Fact]
    public void Counts_are_not_days()
    {
        Assert.Empty(Find("سقط ثلاثة قتلى و23 جريحا في القصف.", Published));
    }

    [Fact]
    public void Date_inside_a_name_is_not_a_date()
    {
        Assert.Empty(Find("احتفل المصريون بذكرى ثورة 25 يناير.", Published));
        Assert.Empty(Find("اجتمع نواب قوى 14 آذار في بيروت.", Published));
    }

    [Fact]
    public void The_two_is_not_monday()
    {
        Assert.Empty(Find("قال إن الطرفين هم الاثنين مسؤولون.", Published));
        Assert.Empty(Find("هل أنتم الاثنين جاهزون؟", Published));
    }

    [Fact]
    public void Ordinary_words_that_spell_a_month_are_not_months()
    {
        Assert.Empty(Find("مارس الجيش ضغوطا كبيرة على الفصائل.", Published));
    }

    [Fact]
    public void The_next_day_is_not_today()
    {
        Assert.Empty(Find("وصل الوفد في اليوم التالي.", Published));
        Assert.Empty(Find("تواصلت الاشتباكات لليوم الخامس على التوالي.", Published));
        Assert.Empty(Find("في ذلك اليوم وقعت أحداث كثيرة.", Published));
        Assert.Empty(Find("بقي الموقف نفسه حتى هذا اليوم.", Published));
    }

    [Fact]
    public void Clitic_prefixed_weekday_is_found_without_its_clitic()
    {
        var all = Find("قصف الطيران البلدة يوم السبت والأحد.", Published);
        Assert.Equal(2, all.Count);
        Assert.Equal("الأحد", all[1].Text);
        Assert.Equal("2016-02-14", all[1].Value);
    }

    [Fact]
    public void Span_cuts_the_expression_out_of_the_body()
    {
        const string body = "أعلن الجيش أنه سيطر على البلدة مساء الأحد بعد معارك.";
        var d = Assert.Single(DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze(body), Published));
        Assert.Equal("مساء الأحد", body[d.Span.Start..d.Span.End]);
    }

    [Fact]
    public void Event_takes_the_date_of_its_own_clause()
    {
        var text = AnalyzedText.Analyze("سيطر الجيش على البلدة أمس، بعد أن خسرها الشهر الماضي.");
        var all = DateExpressionFinder.Default.FindAll(text, Published);
        Assert.Equal(2, all.Count);
        var trigger = TokenIndex(text, "سيطر");
        Assert.Equal("أمس", DateExpressionFinder.ForEvent(all, text, trigger)!.Text);
        var second = TokenIndex(text, "خسرها");
        Assert.Equal("الشهر الماضي", DateExpressionFinder.ForEvent(all, text, second)!.Text);
    }

    [Fact]
    public void Event_takes_a_date_before_it_in_the_same_sentence()
    {
        var text = AnalyzedText.Analyze("وفي بداية الشهر الحالي، تقدم الجيش نحو المدينة.");
        var all = DateExpressionFinder.Default.FindAll(text, Published);
        var trigger = TokenIndex(text, "تقدم");
        Assert.Equal("بداية الشهر الحالي", DateExpressionFinder.ForEvent(all, text, trigger)!.Text);
    }

    [Fact]
    public void Event_prefers_a_near_date_after_it_to_one_before_it_in_another_clause()
    {
        var text = AnalyzedText.Analyze("وبعد معارك الشهر الماضي، قصفت الطائرات البلدة، وذلك يوم الخميس.");
        var all = DateExpressionFinder.Default.FindAll(text, Published);
        Assert.Equal(2, all.Count);
        Assert.Equal("يوم الخميس", DateExpressionFinder.ForEvent(all, text, TokenIndex(text, "قصفت"))!.Text);
    }

    [Fact]
    public void Event_never_takes_a_date_from_another_sentence()
    {
        var text = AnalyzedText.Analyze("قصف الجيش البلدة أمس. وتقدم التنظيم نحو المطار.");
        var all = DateExpressionFinder.Default.FindAll(text, Published);
        Assert.Single(all);
        Assert.Null(DateExpressionFinder.ForEvent(all, text, TokenIndex(text, "وتقدم")));
    }

    internal static int TokenIndex(AnalyzedText text, string word)
    {
        foreach (var t in text.Tokens)
        {
            if (t.Span.Cut(text.Body) == word)
            {
                return t.Index;
            }
        }
        throw new InvalidOperationException($"no token {word}");
    }

    [Fact]
    public void One_text_asked_with_two_publication_dates_resolves_each_against_its_own()
    {
        var text = AnalyzedText.Analyze("قصف الطيران مدينة حلب أمس، وفي 5 آذار قصف حمص.");

        var first = DateExpressionFinder.Default.FindAll(text, new DateOnly(2013, 3, 10));
        var second = DateExpressionFinder.Default.FindAll(text, new DateOnly(2015, 6, 2));
        var none = DateExpressionFinder.Default.FindAll(text, null);

        Assert.Equal(["2013-03-09", "2013-03-05"], first.Select(d => d.Value));
        Assert.Equal(["2015-06-01", "2015-03-05"], second.Select(d => d.Value));
        Assert.Equal(first.Select(d => (d.First, d.End)), none.Select(d => (d.First, d.End)));
    }
    [Fact]
    public void Expressions_opening_with_a_clitic_word_an_ordinal_or_a_digit_are_all_found_among_plain_words()
    {
        // Each opening the finder's pass-over check must let through: a time word with a clitic,
        // an ordinal word, a day number and a numeric date, between words that open nothing.
        var found = Find("عاد الوفد وبالأمس التقى اللجنة ثم في الثالث من آذار سافر وفي 5 نيسان رجع وكتب 12/03/2016 في تقريره.", Published);

        Assert.Equal(["أمس", "الثالث من آذار", "5 نيسان", "12/03/2016"], found.Select(d => d.Text));
    }
}
