namespace Marsad.Tests.Geo;

/// <summary>
/// A town named like a common adjective («القصير» Qusayr / the short, «الخليل» Hebron / a first name)
/// is a place after a preposition or a cue word; the preposition «ب» written on it is such a word,
/// and so is «و» after an accepted place that opens a list. A foreign capital keeps its doubt there:
/// «ب» after it is as often a verb's object («الاستقواء بواشنطن»).
/// </summary>
public class PlaceCuedTownTests
{
    [Fact]
    public void The_town_behind_the_clitic_preposition_is_a_place()
    {
        var places = PlaceStageRun.Places("وقصفت المدفعية القرى المحيطة بالقصير في ريف حمص الغربي صباح اليوم.");
        Assert.Contains(places, p => p.Text == "القصير" && p.Country == "SY");
    }

    [Fact]
    public void The_town_after_and_in_a_list_that_a_place_opens_is_a_place()
    {
        var places = PlaceStageRun.Places("وسار المتظاهرون من القدس إلى بيت لحم والخليل في مسيرة طويلة.");
        Assert.Contains(places, p => p.Text == "الخليل" && p.Country == "PS");
    }

    [Fact]
    public void The_adjective_after_its_noun_is_no_place()
    {
        var places = PlaceStageRun.Places("وقال المسؤول إن الحل على المدى القصير غير ممكن في حمص.");
        Assert.DoesNotContain(places, p => p.Text.Contains("القصير", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_behind_the_clitic_preposition_keeps_its_doubt()
    {
        var places = PlaceStageRun.Places("وتحاول الحكومة الاستقواء بواشنطن في مواجهة جيرانها في حمص.");
        Assert.DoesNotContain(places, p => p.Text.Contains("واشنطن", StringComparison.Ordinal));
    }
}
