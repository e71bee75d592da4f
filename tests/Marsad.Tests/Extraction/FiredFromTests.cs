using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The positions a shelling was fired from («من مواقع X», «مصدرها مواقع X») name its doer, told after the shell,
/// where it fell and its toll (docs/events.md s42-doer, ActorLinker.FiredFromDoer).
/// </summary>
public class FiredFromTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Shells_fired_from_the_positions_of_a_faction_are_that_factions_strike()
    {
        var events = RulesOnly("وأصيب سبعة مدنيين بجروح أمس جراء سقوط قذائف هاون أطلقت من مواقع فصائل المعارضة في حي القابون على حي العباسيين شرق دمشق.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_shelling_whose_source_is_told_after_a_comma_as_the_positions_of_the_regime_is_the_regimes()
    {
        var events = RulesOnly("قتل طفلان وأصيب آخرون في قصف عنيف بالصواريخ استهدف بلدة النعيمة شرق درعا، مصدره مواقع قوات النظام في الكتيبة المجاورة.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_number_of_the_positions_of_a_group_hit_by_a_strike_is_its_target_not_its_doer()
    {
        var events = RulesOnly("ودمر القصف المدفعي عددا من مواقع تنظيم داعش قرب مدينة تلعفر غرب الموصل.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
    }
}
