using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// No event and the wrong toll (issue 9, s29-noevent): the deed «منذ» governs is where a span begins; a deed charged
/// through a plan; a nationwide toll whose spreading words a comma cut off; a toll that is an earlier deed's outcome.
/// </summary>
public class SpanStartAndTollScopeTests
{
    private static readonly DateOnly Published = new(2015, 8, 7);

    [Fact]
    public void A_capture_since_which_killings_are_counted_is_no_capture()
    {
        var events = Of("وقال ناشط إن تنظيم داعش قتل منذ سيطرته على مدينة الموصل الصيف الماضي أكثر من ألفي شخص من سكانها.", Published);
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void An_attack_after_since_joined_by_and_is_where_a_span_begins()
    {
        var events = Of("ومنذ هجوم التنظيم على البلدة نزح آلاف السكان إلى المدن المجاورة.", Published);
        Assert.Empty(events);
    }

    [Fact]
    public void An_attack_after_since_dated_yesterday_is_still_told()
    {
        var events = Of("ومنذ هجوم التنظيم على البلدة صباح أمس نزح آلاف السكان إلى المدن المجاورة.", Published);
        Assert.NotEmpty(events);
    }

    [Fact]
    public void A_capture_told_without_since_is_a_capture()
    {
        var events = Of("وسيطر مقاتلو المعارضة أمس على بلدة خان العسل في ريف حلب بعد اشتباكات مع القوات النظامية.", Published);
        Assert.Contains(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Attacks_a_trial_charges_as_planned_are_no_attack()
    {
        var events = Of("وقالت مصادر قضائية إن عشرة رجال قدموا للمحاكمة أمس بتهمة التخطيط لتنفيذ هجمات انتحارية في العاصمة عمان.", Published);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Bombings_a_trial_charges_as_planned_behind_a_noun_of_carrying_out_are_no_attack()
    {
        var events = Of("وقالت مصادر قضائية إن ستة رجال قدموا للمحاكمة أمس بتهمة التخطيط للقيام بتفجيرات في العاصمة عمان.", Published);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void An_arrest_told_upon_the_defendants_confession_is_no_charge()
    {
        // «لدى» opens with the letter of the link «لتنفيذ» but links no step to a deed: the arrest is told.
        var events = Of("واعترف المتهمون بالتخطيط لدى اعتقالهم صباح أمس في مدينة الرمادي.", Published);
        Assert.Contains(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void A_nationwide_toll_cut_off_by_commas_is_not_the_toll_of_a_city_battle()
    {
        var events = Of("وأفادت مصادر في المعارضة بأن المواجهات بين الجيش الحر والقوات الحكومية، في مختلف أنحاء سوريا أمس، خلفت ما لا يقل عن 150 قتيلا، في الوقت الذي تشهد فيه مدينة حلب معارك عنيفة بين الجانبين.", Published);
        var battle = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "حلب");
        Assert.Null(battle.Fatalities);
    }

    [Fact]
    public void A_clash_toll_set_amid_fighting_across_the_country_is_the_clash_toll()
    {
        // «وسط» opens with the letter of «و» but joins no second side of «بين»: the wider scene leaves the toll the clash's.
        var events = Of("وقتل 12 شخصا في اشتباكات بين الجيش والمسلحين في حي جوبر بدمشق، وسط تصاعد المعارك في مختلف أنحاء سوريا.", Published);
        Assert.Equal(12, Assert.Single(events, e => e.Type == "ASSAULT").Fatalities);
    }

    [Fact]
    public void A_toll_that_came_of_the_first_shelling_is_not_that_of_the_towns_told_after()
    {
        var events = Of("وقصفت قوات النظام مدينة دوما بالصواريخ مما أدى إلى سقوط قتلى وجرحى، كما امتد القصف ليشمل مدينتي الزبداني وداريا.", Published);
        Assert.Equal(3, Assert.Single(events, e => e.Location?.Name == "دوما").Fatalities);
        Assert.Null(Assert.Single(events, e => e.Location?.Name == "الزبداني").Fatalities);
    }
}
