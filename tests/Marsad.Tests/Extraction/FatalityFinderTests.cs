using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

public class FatalityFinderTests
{
    private static IReadOnlyList<FatalityMention> Find(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    private static FatalityMention Single(string sentence) => Assert.Single(Find(sentence));

    private static void AssertKilled(string sentence, int count, bool lowerBound = false)
    {
        var m = Single(sentence);
        Assert.Equal(count, m.Count);
        Assert.Equal(lowerBound, m.IsLowerBound);
    }

    [Fact]
    public void Killing_of_five_people_counts_five()
    {
        var m = Single("أسفر القصف عن مقتل 5 أشخاص في الحي.");
        Assert.Equal(5, m.Count);
        Assert.Equal("مقتل 5 أشخاص", m.Text);
    }

    [Fact]
    public void Three_dead_in_words_count_three()
    {
        var m = Single("أدى الانفجار إلى سقوط ثلاثة قتلى.");
        Assert.Equal(3, m.Count);
        Assert.Equal("ثلاثة قتلى", m.Text);
    }

    [Fact]
    public void Passive_killing_of_ten_civilians_counts_ten()
    {
        AssertKilled("قُتل عشرة مدنيين في الغارة.", 10);
    }

    [Fact]
    public void Martyrdom_counts_as_killed()
    {
        AssertKilled("أعلن الناشطون استشهاد 4 مواطنين في القصف.", 4);
    }

    [Fact]
    public void Met_their_death_counts_the_people_before_it()
    {
        AssertKilled("لقي خمسة جنود حتفهم في الكمين.", 5);
        AssertKilled("لقي جندي حتفه في الانفجار.", 1);
    }

    [Fact]
    public void Accusative_singular_after_a_number_counts_the_number()
    {
        AssertKilled("ارتفعت الحصيلة إلى 12 قتيلاً.", 12);
    }

    [Fact]
    public void Bodies_count_as_killed()
    {
        AssertKilled("عثر السكان على 10 جثث في النهر.", 10);
    }

    [Fact]
    public void Wounded_are_never_counted()
    {
        AssertKilled("أسفر القصف عن مقتل 3 وإصابة 10 آخرين.", 3);
        AssertKilled("سقط 5 قتلى و20 جريحا في التفجير.", 5);
        Assert.Empty(Find("أصيب 15 شخصا بجروح في الانفجار."));
        Assert.Empty(Find("أسفر التفجير عن سقوط 30 جريحا."));
    }

    [Fact]
    public void Killed_and_wounded_not_separated_count_as_an_unnumbered_plural_of_dead()
    {
        AssertKilled("أسفر الهجوم عن مقتل وإصابة 20 شخصا.", 3, lowerBound: true);
        AssertKilled("سقط 30 ضحية بين قتيل وجريح.", 3, lowerBound: true);
        AssertKilled("قال الأهالي إن عشرات المدنيين قتلوا وجرحوا ليلا.", 3, lowerBound: true);
        AssertKilled("وأنباء عن سقوط قتلى وجرحى في البلدة.", 3, lowerBound: true);
        var broken = Find("سجلت المنظمة 480 ضحية مدنية (120 قتيلا و360 جريحا).");
        Assert.Equal([120], broken.Select(m => m.Count));
    }

    [Fact]
    public void Dead_without_a_number_count_three()
    {
        AssertKilled("هناك قتلى في قصف القوات على البلدة.", 3, lowerBound: true);
        AssertKilled("اندلعت اشتباكات أدت إلى سقوط عدد من القتلى.", 3, lowerBound: true);
        AssertKilled("أسفر القصف عن مقتل العديد من المدنيين.", 3, lowerBound: true);
        AssertKilled("قال إن عددا من المسلحين قتلوا في الاشتباك.", 3, lowerBound: true);
    }

    [Fact]
    public void Dead_with_the_article_and_no_number_are_no_count()
    {
        Assert.Empty(Find("لم يعرف حتى الآن عدد القتلى."));
        Assert.Empty(Find("وأشار إلى أن الخسائر البشرية كبيرة في صفوف الطرفين."));
    }

    [Fact]
    public void Denied_dead_are_no_count_but_a_statement_of_no_deaths()
    {
        const string denied = "شن الطيران أربع غارات على البلدة من دون وقوع ضحايا.";
        Assert.Empty(Find(denied));
        Assert.Single(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze(denied)));
        Assert.Empty(Find("لم يسفر الانفجار عن مقتل أحد."));
        const string noLoss = "سقطت قذائف دون وقوع خسائر بشرية.";
        Assert.Empty(Find(noLoss));
        Assert.Single(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze(noLoss)));
    }

    [Fact]
    public void Human_losses_without_a_number_are_no_count_of_dead()
    {
        Assert.Empty(Find("ومعلومات عن خسائر بشرية في صفوف الطرفين."));
    }

    [Fact]
    public void Executions_and_assassinations_count_their_dead()
    {
        AssertKilled("بدأ التنظيم بتنفيذ إعدامات في المدينة.", 3, lowerBound: true);
        AssertKilled("أعدم التنظيم 20 شخصا في الساحة.", 20);
    }

    [Fact]
    public void Wounded_only_and_material_damage_are_statements_of_no_deaths()
    {
        var wounded = AnalyzedText.Analyze("انفجرت عبوة ناسفة ما أدى لإصابة 8 أشخاص بجراح.");
        Assert.Empty(FatalityFinder.Default.FindAll(wounded));
        var none = FatalityFinder.Default.FindNoDeaths(wounded);
        Assert.Equal(0, Assert.Single(none).Count);
        Assert.Equal(0, FatalityFinder.ForEvent(none, wounded, 1)!.Count);
        Assert.NotEmpty(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze("سقطت قذيفة هاون خلفت أضرارا مادية.")));
        Assert.Empty(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze("اعتقلت الشرطة 5 أشخاص.")));
    }

    [Fact]
    public void Damage_limited_to_property_is_a_statement_of_no_deaths()
    {
        var text = AnalyzedText.Analyze("سقطت قذيفة على بيت في القرية واقتصرت الأضرار على الماديات.");
        Assert.Equal(0, Assert.Single(FatalityFinder.Default.FindNoDeaths(text)).Count);
    }

    [Fact]
    public void Victims_count_as_killed()
    {
        AssertKilled("سقط 7 ضحايا في المجزرة.", 7);
    }

    [Fact]
    public void Vague_plurals_take_the_acled_defaults()
    {
        AssertKilled("أسفر القصف عن مقتل عشرات المدنيين.", 10, lowerBound: true);
        AssertKilled("سقط مئات القتلى في المعارك.", 100, lowerBound: true);
        AssertKilled("خلفت الحرب عشرات الآلاف من القتلى.", 10000, lowerBound: true);
    }

    [Fact]
    public void More_than_makes_a_lower_bound_and_about_keeps_the_number()
    {
        AssertKilled("قتل أكثر من 50 شخصا في المعارك.", 50, lowerBound: true);
        AssertKilled("قتل نحو 50 شخصا في المعارك.", 50);
        AssertKilled("قتل حوالي 50 شخصا في المعارك.", 50);
    }

    [Fact]
    public void Thousands_written_with_digits_and_words_are_read()
    {
        AssertKilled("أدى النزاع إلى مقتل أكثر من 70 ألف شخص.", 70000, lowerBound: true);
        AssertKilled("أدى الانفجار إلى مقتل 1,200 شخص.", 1200);
    }

    [Fact]
    public void Compound_number_words_are_added()
    {
        AssertKilled("قتل خمسة وعشرون شخصا في الهجوم.", 25);
        AssertKilled("سقط أحد عشر قتيلا في الهجوم.", 11);
        AssertKilled("قتل مئة وخمسون مسلحا في المعارك.", 150);
    }

    [Fact]
    public void Arabic_indic_digits_are_read()
    {
        AssertKilled("أسفر القصف عن مقتل ١٢ شخصا.", 12);
    }

    [Fact]
    public void Dual_nouns_count_two()
    {
        AssertKilled("أسفر الانفجار عن مقتل جنديين.", 2);
        AssertKilled("سقط قتيلان في الاشتباكات.", 2);
        AssertKilled("أسفر القصف عن سقوط قتيلين.", 2);
    }

    [Fact]
    public void A_lone_dead_counts_one()
    {
        AssertKilled("سقط قتيل وثلاثة جرحى في القصف.", 1);
        AssertKilled("أسفر الهجوم عن مقتل جندي.", 1);
        AssertKilled("أسفر الهجوم عن مقتل أحد الجنود.", 1);
    }

    [Fact]
    public void Number_glued_to_a_preposition_is_read()
    {
        AssertKilled("انتهت المعركة بـ14 شهيد.", 14);
    }

    [Fact]
    public void Martyr_as_a_predicate_is_no_count()
    {
        Assert.Empty(Find("كل من يسقط دفاعا عن بلده فهو شهيد."));
    }

    [Fact]
    public void Victims_said_to_be_dead_and_wounded_count_as_an_unnumbered_plural()
    {
        AssertKilled("أدى القصف لسقوط آلاف الضحايا، بين قتيل وجريح.", 3, lowerBound: true);
    }

    [Fact]
    public void Counts_joined_by_and_are_added()
    {
        AssertKilled("أسفر الهجوم عن مقتل 5 جنود و3 مدنيين.", 8);
    }

    [Fact]
    public void Captives_joined_to_bodies_are_not_added()
    {
        AssertKilled("قال الفصيل إن لديه 6 جثث وخمسة أسرى.", 6);
    }

    [Fact]
    public void At_least_after_the_count_makes_a_lower_bound()
    {
        AssertKilled("أسفر القصف عن مقتل 17 شخصا على الأقل وإصابة العشرات.", 17, lowerBound: true);
    }

    [Fact]
    public void Toll_rising_to_a_number_counts_it()
    {
        AssertKilled("ارتفع عدد القتلى إلى 30 شخصا.", 30);
    }

    [Fact]
    public void Numbers_that_are_not_people_are_not_counted()
    {
        Assert.Empty(Find("تواصل القتل منذ 5 أيام في المدينة."));
        Assert.Empty(Find("سيطر الجيش على 3 قرى في الريف."));
        Assert.Empty(Find("قتل الجنود بقذيفة 120 ملم."));
        Assert.Empty(Find("قتل المسلحون في 23 شباط 2016 على الحدود."));
    }

    [Fact]
    public void A_number_after_a_single_victim_is_not_another_count()
    {
        AssertKilled("وقتل رجل في حي سبع بحرات.", 1);
        AssertKilled("قتل قناص وتدمير مدفع 120 ملم.", 1);
    }

    [Fact]
    public void A_failed_attempt_on_a_life_is_no_fatality()
    {
        Assert.Empty(Find("نجا المحافظ من محاولة اغتيال 3 مرات."));
        Assert.Empty(Find("أحبطت الشرطة محاولة اغتيال الوزير."));
    }

    [Fact]
    public void A_killing_word_in_another_sentence_does_not_count_a_number()
    {
        Assert.Empty(Find("دان الوزير المقتل.\n50 شخصا تظاهروا أمام السفارة."));
    }

    [Fact]
    public void Martyr_as_a_title_is_no_count()
    {
        Assert.Empty(Find("انضم المقاتلون إلى كتيبة شهيد الإسلام."));
    }

    [Fact]
    public void Span_cuts_the_mention_out_of_the_body()
    {
        const string body = "قال المرصد إن الغارة أسفرت عن مقتل 7 مدنيين في البلدة.";
        var m = Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body)));
        Assert.Equal("مقتل 7 مدنيين", body[m.Span.Start..m.Span.End]);
    }

    [Fact]
    public void Event_takes_the_nearest_count_of_its_sentence_only()
    {
        var text = AnalyzedText.Analyze("قصفت الطائرات البلدة ما أسفر عن مقتل 6 مدنيين. وفي حلب قتل 4 جنود في كمين.");
        var all = FatalityFinder.Default.FindAll(text);
        Assert.Equal(2, all.Count);
        var first = Time.DateExpressionFinderTests.TokenIndex(text, "قصفت");
        Assert.Equal(6, FatalityFinder.ForEvent(all, text, first)!.Count);
        var second = Time.DateExpressionFinderTests.TokenIndex(text, "كمين");
        Assert.Equal(4, FatalityFinder.ForEvent(all, text, second)!.Count);
        var none = AnalyzedText.Analyze("تقدم الجيش نحو المدينة. وسقط 3 قتلى في حلب.");
        Assert.Null(FatalityFinder.ForEvent(FatalityFinder.Default.FindAll(none), none, 0));
    }

    [Fact]
    public void At_least_between_the_people_and_their_death_keeps_the_count_as_a_floor()
    {
        AssertKilled("قالت الشرطة إن 40 شخصا على الأقل قتلوا عندما انفجرت سيارة مفخخة.", 40, lowerBound: true);
    }

    [Fact]
    public void A_killing_with_a_singular_or_dual_pronoun_counts_one_or_two()
    {
        AssertKilled("أطلق مسلحون النار على سائق سيارة أجرة ما أدى إلى مقتله على الفور.", 1);
        AssertKilled("استهدف المسلحون شقيقين أمام منزلهما ما أسفر عن مقتلهما.", 2);
        Assert.Empty(Find("داهم المسلحون القرية وأعلنوا مقتلهم."));
    }

    [Fact]
    public void Dual_policemen_count_two()
    {
        AssertKilled("وقتل شرطيان عند حاجز للتفتيش.", 2);
    }

    [Fact]
    public void Fell_victim_to_it_counts_the_number_that_follows()
    {
        AssertKilled("وكانت الغارة قد ذهب ضحيتها 14 مدنيا.", 14);
    }

    [Fact]
    public void A_sentence_that_tells_a_killing_is_no_wounded_only_report()
    {
        var text = AnalyzedText.Analyze("أعلنت الشرطة مقتل رئيس المجلس البلدي فيما أصيب سائقه بجروح.");
        Assert.Empty(FatalityFinder.Default.FindNoDeaths(text));
        Assert.NotEmpty(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze("أصيب سائق رئيس المجلس البلدي بجروح في انفجار عبوة.")));
    }

    [Fact]
    public void A_single_person_in_the_accusative_said_to_have_been_killed_counts_one()
    {
        AssertKilled("ذكر المصدر أن رجلا قتل وأصيب أربعة آخرون بانفجار لغم.", 1);
        AssertKilled("قال الضابط إن عنصرا من حرس الحدود قتل في الاشتباك.", 1);
    }

    [Fact]
    public void A_killer_named_between_the_verb_and_its_single_victim_still_counts_one()
    {
        AssertKilled("اغتال مسلحون مجهولون مدنيا قرب منزله.", 1);
        AssertKilled("قتل الجيش مسلحا عند الحاجز.", 1);
    }

    [Fact]
    public void A_single_gunman_who_killed_others_counts_his_victims_not_himself()
    {
        AssertKilled("قال إن مسلحا قتل 4 مدنيين في السوق.", 4);
        Assert.Empty(Find("أكد المصدر أن شخصا أصيب بجروح في الحادث."));
    }

    [Fact]
    public void Some_of_a_named_group_said_to_have_been_killed_count_the_number()
    {
        AssertKilled("أكد المتحدث أن تسعة من أفراد الحماية قتلوا في الكمين.", 9);
    }

    [Fact]
    public void Bodies_in_the_accusative_count_as_killed()
    {
        AssertKilled("انتشلت فرق الإنقاذ 25 جثمانا من تحت الأنقاض.", 25);
    }

    [Fact]
    public void A_leader_killed_with_a_count_of_his_men_counts_them_all()
    {
        AssertKilled("أعلن الجيش مقتل قائد ميداني بارز وأربعة من مرافقيه في كمين.", 5);
        AssertKilled("تمكنت القوات من قتل زعيم الخلية المسؤولة عن التفجيرات و7 من أتباعه.", 8);
        AssertKilled("أسفر القصف عن مقتل 3 جنود و5 من المدنيين.", 8);
    }

    [Fact]
    public void Two_officers_named_in_construct_count_two()
    {
        AssertKilled("أعلنت الولاية مقتل ضابطي شرطة في هجوم على دوريتهما.", 2);
        AssertKilled("وقتل عنصرا أمن في هجوم على دوريتهما.", 2);
    }

    [Fact]
    public void Risen_tally_with_its_cause_between_counts_the_figure()
    {
        AssertKilled("أفادت الوكالة بارتفاع عدد القتلى جراء قصف المسلحين لبلدة في ريف المدينة إلى 25 مدنيا.", 25);
        AssertKilled("وارتفعت حصيلة القتلى في الهجوم على السوق الشعبي يوم الخميس الى 49 شخصا.", 49);
        AssertKilled("وصل عدد القتلى في الغارات على أحياء المدينة إلى 12.", 12);
    }

    [Fact]
    public void Risen_tally_of_the_wounded_or_of_a_mix_is_no_count_of_dead()
    {
        Assert.Empty(Find("ارتفع عدد الجرحى جراء القصف على الحي إلى 30."));
        Assert.DoesNotContain(Find("ارتفع عدد القتلى والجرحى في الهجوم على الحي إلى 30."), m => m.Count == 30);
    }

    [Fact]
    public void Risen_tally_stops_at_a_number_between()
    {
        Assert.DoesNotContain(Find("ارتفع عدد القتلى في 3 قرى قرب المدينة إلى 40."), m => m.Count == 40);
    }
}
