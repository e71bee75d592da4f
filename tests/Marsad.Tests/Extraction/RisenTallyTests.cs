using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A tally told as risen to its figure is the deed's latest count (docs/events.md, s31b-tollpair): the deed's
/// relative clause between commas does not end it, and a later risen tally replaces the lower count an earlier
/// telling of the same deed gave.
/// </summary>
public class RisenTallyTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void A_risen_tally_reads_its_figure_past_the_deeds_relative_clause_between_commas()
    {
        var m = Assert.Single(All("وارتفع عدد القتلى في الانفجار، الذي وقع أمس قرب مبنى المحافظة، إلى 40 شخصا."), m => m.Count > 0);

        Assert.Equal(40, m.Count);
        Assert.True(m.IsRisen);
    }

    [Fact]
    public void A_days_total_whose_day_stands_between_commas_is_no_risen_tally_of_a_deed()
    {
        Assert.DoesNotContain(All("وأعلنت الهيئة ارتفاع عدد القتلى، الخميس، إلى 91 معظمهم في ريف المدينة."), m => m.Count == 91);
    }

    [Fact]
    public void Wounded_that_rose_past_a_clause_between_commas_are_no_dead()
    {
        Assert.DoesNotContain(All("ارتفع عدد الجرحى في الانفجار، الذي وقع أمس في السوق، إلى 30 شخصا."), m => m.Count == 30);
    }

    [Fact]
    public void A_sentence_that_ends_before_the_figure_ends_the_risen_tally()
    {
        Assert.DoesNotContain(All("ارتفع عدد القتلى في الانفجار. وقال مسؤول إن الشرطة نقلت إلى 40 شخصا المساعدات."), m => m.Count == 40);
    }

    [Fact]
    public void A_later_risen_tally_replaces_the_first_count_of_the_same_blast()
    {
        var events = Events.Of("انفجرت سيارة مفخخة في سوق مدينة بعقوبة صباح اليوم ما أدى إلى مقتل 12 شخصا. وارتفعت حصيلة القتلى في الانفجار الذي وقع في بعقوبة الى 25 شخصا بحسب مصادر طبية.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 25);
        Assert.DoesNotContain(events, e => e.Fatalities == 12);
    }
}
