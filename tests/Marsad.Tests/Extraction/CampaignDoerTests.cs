using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «اشتباكات … على اطراف حي القابون» then «وتشن القوات النظامية … حملة عسكرية واسعة في محيط دمشق»: a clash told with none of
/// its sides, at a place the campaign's place holds, is the campaign's fighting (EventStage.ApplyCampaignDoers).
/// </summary>
public class CampaignDoerTests
{
    private const string Campaign = " وتشن القوات النظامية منذ اسابيع حملة عسكرية واسعة في محيط دمشق لاستعادة مناطق يسيطر عليها المقاتلون المعارضون.";

    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_clash_with_no_sides_at_a_quarter_of_the_city_a_campaign_is_waged_around_is_the_campaigns_doers()
    {
        var events = Learned("قال المرصد السوري لحقوق الانسان إن اشتباكات عنيفة تدور منذ صباح اليوم على اطراف حي القابون في شمال دمشق وسط تحليق للطيران الحربي." + Campaign);
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
        Assert.Equal("SYR-REBELS", clash.Actor2?.Id);
    }

    [Fact]
    public void A_clash_with_no_sides_in_another_province_borrows_no_doer_from_the_campaign()
    {
        // A guard: the campaign around Damascus says nothing of who attacks in the Idlib countryside.
        var events = Learned("قال المرصد السوري لحقوق الانسان إن اشتباكات عنيفة تدور منذ صباح اليوم على اطراف بلدة سراقب في ريف ادلب وسط تحليق للطيران الحربي." + Campaign);
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("اشتباكات", StringComparison.Ordinal));
        Assert.Null(clash.Actor1);
    }
}
