using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A figure the text gives is not replaced by a vague reading beside it,
/// and counts that only pick some of the dead out are no tolls (docs/events.md, "Sixteenth step, s16-toll").
/// </summary>
public class TollFigureTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void The_victims_of_a_risen_tally_are_no_unnumbered_plural_beside_its_figure()
    {
        var m = Assert.Single(All("ارتفع عدد ضحايا التفجير الذي وقع اليوم في الحي إلى 53 قتيلا."));

        Assert.Equal(53, m.Count);
    }

    [Fact]
    public void A_risen_tally_with_no_figure_still_says_there_were_dead()
    {
        var m = Assert.Single(All("ارتفع عدد ضحايا التفجير الذي وقع اليوم في الحي."));

        Assert.Equal(3, m.Count);
    }

    [Fact]
    public void Children_counted_among_the_dead_are_no_toll_of_their_own()
    {
        var m = Assert.Single(All("ارتفعت الى 31 قتيلا بينهم عشرة اطفال حصيلة الضحايا الذين سقطوا في قصف استهدف حيا في المدينة."));

        Assert.Equal(31, m.Count);
    }

    [Fact]
    public void The_man_named_before_and_one_of_the_workers_count_two()
    {
        var m = Assert.Single(All("وقال مسؤول إن مجهولين هاجموا عضو مجلس البلدة ما ادى الى مقتله واحد العاملين في الشركة."));

        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void Three_policemen_and_two_civilians_counted_after_their_noun_count_five()
    {
        var m = Assert.Single(All("استهدفت سيارة مفخخة دورية ما اسفر عن مقتل ثلاثة من عناصر الشرطة ومدنيين اثنين."));

        Assert.Equal(5, m.Count);
    }

    [Fact]
    public void A_car_bomb_named_as_the_means_of_the_attack_keeps_the_whole_toll()
    {
        var events = Events.Of("ارتفعت حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق مزدحمة بمحافظة ديالى الجمعة إلى 120 قتيلا على الأقل.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 120);
        Assert.DoesNotContain(events, e => e.Fatalities == 60);
    }
}
