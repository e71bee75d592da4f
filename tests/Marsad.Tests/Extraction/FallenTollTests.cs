using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «سقوط» (falling) before a count of people is their death; before shells or wounded it is no toll
/// (docs/events.md, "s17-toll").
/// </summary>
public class FallenTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void The_fall_of_fifteen_citizens_beside_dozens_of_wounded_is_fifteen_dead()
    {
        var m = Assert.Single(All("وذكر المرصد سقوط ما لا يقل عن 15 مواطنا وعشرات الجرحى خلال هذا الانفجار."));

        Assert.Equal(15, m.Count);
    }

    [Fact]
    public void The_fall_of_people_before_a_count_of_wounded_counts_only_the_fallen()
    {
        var m = Assert.Single(All("أسفر الانفجار عن سقوط 26 شخصا واصابة 11 آخرين."));

        Assert.Equal(26, m.Count);
    }

    [Fact]
    public void The_fall_of_shells_is_no_toll()
    {
        Assert.Empty(All("أفادت مصادر بسقوط 3 قذائف على الحي صباح اليوم."));
    }

    [Fact]
    public void The_fall_of_wounded_is_no_toll()
    {
        Assert.Empty(All("أدى القصف إلى سقوط 12 جريحا في البلدة."));
    }

    [Fact]
    public void Dozens_of_wounded_counted_after_the_dead_leave_the_dead_counted()
    {
        var m = Assert.Single(All("أسفر القصف عن مقتل 15 مواطنا وعشرات الجرحى في البلدة."));

        Assert.Equal(15, m.Count);
    }

    [Fact]
    public void A_man_who_passed_away_is_one_dead()
    {
        var m = Assert.Single(All("قضى رجل من المدينة اثر انفجار في مستودع للمحروقات."));

        Assert.Equal(1, m.Count);
    }

    [Fact]
    public void A_court_that_ruled_and_years_spent_are_no_dead()
    {
        Assert.Empty(All("قضت المحكمة بسجنه بعد أن قضى 12 عاما في المنفى."));
    }

    [Fact]
    public void Seven_fighters_who_passed_away_are_seven_dead()
    {
        var m = Assert.Single(All("وقضى 7 مقاتلين من الفصائل في الاشتباكات."));

        Assert.Equal(7, m.Count);
    }

    [Fact]
    public void A_sheikh_who_died_with_dozens_of_worshippers_is_dozens_and_one()
    {
        var m = Assert.Single(All("نعى الرئيس الشيخ الذى لقى حتفه مع عشرات المصلين فى انفجار فى مسجد أمس."));

        Assert.Equal(11, m.Count);
        Assert.True(m.IsVague);
    }

    [Fact]
    public void A_governor_killed_with_two_of_his_relatives_is_three_dead()
    {
        var m = Assert.Single(All("أعلنت الشرطة مقتله مع اثنين من اقاربه في الهجوم."));

        Assert.Equal(3, m.Count);
    }
}
