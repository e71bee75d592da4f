using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Doers the text names that were left null, second part (docs/events.md s40b-nodoer2): the adjective of government on a
/// deed noun, and a group told as «another» after a party's deed.
/// </summary>
public class NamedDoerFortiethSecondTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_government_air_raid_on_a_syrian_town_is_done_by_the_syrian_forces_not_by_the_ngo_that_reports_it()
    {
        var events = RulesOnly("قالت منظمة غير حكومية إن 12 شخصا قتلوا في غارة جوية حكومية على سوق شعبي في مدينة معرة النعمان بمحافظة إدلب السورية يوم الأحد.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "SYR-MIL" && (x.Actor1.Text ?? "").Contains("منظمة", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_group_that_attacks_after_a_party_killed_soldiers_is_that_party()
    {
        var events = RulesOnly("قال الجيش التركي إن حزب العمال الكردستاني قتل جنديين في هجوم على مخفر في ولاية هكاري أمس. وهاجمت مجموعة أخرى سيارة للشرطة في بلدة سلوبي بولاية شرناق.");
        Assert.Contains(events, x => x.Evidence.Text.Contains("مجموعة أخرى", StringComparison.Ordinal) && x.Actor1?.Id == "PKK");
    }
}
