namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s36c-heard): where a blast was heard, or where it was calm, is not where it struck
/// (PlaceLinker.HeardOnly, place_hearing_words.tsv).
/// </summary>
public class HeardPlaceTests
{
    [Fact]
    public void Blasts_are_not_placed_at_the_quarters_whose_residents_heard_them()
    {
        var events = Events.Of("يسمع سكان العاصمة دمشق أصوات انفجارات عنيفة، يسمعها بوضوح سكان أحياء المزة وركن الدين.")
            .Where(e => e.Type is "REMOTE" or "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("المزة", e.Location?.Name ?? "", StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("ركن الدين", e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Blasts_are_not_placed_at_the_quarter_where_it_was_calm()
    {
        var events = Events.Of("وفي حي التضامن سمعت أصوات انفجارات عنيفة، في حين ساد الهدوء حي القدم.")
            .Where(e => e.Type is "REMOTE" or "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("القدم", e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Shelling_the_residents_heard_keeps_the_town_it_fell_on()
    {
        var events = Events.Of("سمع سكان دمشق أصوات قصف عنيف على مدينة داريا.").Where(e => e.Type == "REMOTE").ToList();

        Assert.Contains(events, e => e.Location?.Name.Contains("داريا", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Clashes_after_which_calm_returned_keep_their_quarter()
    {
        var events = Events.Of("عاد الهدوء إلى حي القدم بعد اشتباكات عنيفة بين الجيش والمعارضة المسلحة.").Where(e => e.Type == "ASSAULT").ToList();

        Assert.Contains(events, e => e.Location?.Name.Contains("القدم", StringComparison.Ordinal) == true);
    }
}
