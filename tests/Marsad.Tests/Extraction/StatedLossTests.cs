namespace Marsad.Tests.Extraction;

/// <summary>
/// Casualties stated without a number in the event's own clause («أسفرت عن سقوط خسائر بشرية») are no 0, though
/// another clause of the sentence says there were none (docs/events.md, "s23-fatal").
/// </summary>
public class StatedLossTests
{
    [Fact]
    public void Clashes_with_losses_do_not_take_another_clauses_no_news_of_casualties()
    {
        var events = Events.Of("وقال المرصد إن الاشتباكات بين قوات النظام والفصائل في محيط مطار الثعلة ترافقت مع قصف متبادل، وأسفرت عن سقوط خسائر بشرية في صفوفهما، بينما قصفت قوات النظام مناطق في بلدة عرى دون وقوع إصابات.");

        var clashes = Assert.Single(events, e => e.Evidence.Text.Contains("الاشتباكات", StringComparison.Ordinal));
        Assert.Null(clashes.Fatalities);
    }

    [Fact]
    public void Clashes_that_caused_no_losses_are_still_zero()
    {
        var events = Events.Of("وقال المرصد إن الاشتباكات بين قوات النظام والفصائل في محيط مطار الثعلة لم تسفر عن خسائر بشرية.");

        var clashes = Assert.Single(events, e => e.Evidence.Text.Contains("الاشتباكات", StringComparison.Ordinal));
        Assert.Equal(0, clashes.Fatalities);
    }
}
