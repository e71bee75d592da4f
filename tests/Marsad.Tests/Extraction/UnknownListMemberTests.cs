using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A list of struck villages goes on past a member the gazetteer does not know (SPEC §6: one event per place).</summary>
public class UnknownListMemberTests
{
    [Fact]
    public void A_village_the_gazetteer_does_not_know_does_not_end_the_list_of_struck_villages()
    {
        var places = Of("تعرضت قرى الحواش والزقوم والحويجة بسهل الغاب لقصف مكثف من الطيران المروحي.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("الحواش", places);
        Assert.Contains("الحويجة", places);
    }

    [Fact]
    public void Two_unknown_villages_in_a_row_are_passed_over_too()
    {
        var places = Of("قصفت قوات النظام قرى الحواش والزقوم والدقماق والحويجة بسهل الغاب.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("الحويجة", places);
    }

    [Fact]
    public void A_noun_that_opens_a_phrase_still_ends_the_list()
    {
        var places = Of("قصفت قوات النظام قرية الحواش والقرى المحيطة بها والحويجة بسهل الغاب.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.DoesNotContain("الحويجة", places);
    }
}
