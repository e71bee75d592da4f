using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s39-attacker: the side of a clash whose relative clause tells it tries to impose its control, has tried
/// for months, or managed to storm the clash's place is the attacker, actor1 (docs/annotation.md 6.3 and §8),
/// not the side named first.
/// </summary>
public class ClashAttackerTests
{
    [Fact]
    public void The_army_that_tries_to_impose_its_control_is_the_attacker_of_the_clashes()
    {
        // The aim is at another town than the clash, so the besieger rule (a kept aim at the clash's own place) does not read it.
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "ودارت اشتباكات عنيفة امس في بلدة تلبيسة بين المقاتلين المعارضين والقوات النظامية التي تحاول فرض سيطرتها على مدينة الرستن المجاورة.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.StartsWith("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
        Assert.Equal("SYR-REBELS", clash.Actor2?.Id);
    }

    [Fact]
    public void The_army_that_has_tried_for_months_to_storm_the_town_is_the_attacker_of_the_clashes()
    {
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وتدور اشتباكات عنيفة في مدينة داريا بين المقاتلين المعارضين والقوات النظامية التي تحاول منذ اكثر من شهرين اقتحامها.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.StartsWith("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }

    [Fact]
    public void The_fighters_who_managed_to_storm_the_citadel_are_the_attackers_of_the_clashes_around_it()
    {
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وفي ريف حلب، تدور اشتباكات عنيفة في محيط قلعة المدينة التي تمكن مقاتلو المعارضة من اقتحامها امس، بحسب المرصد السوري لحقوق الانسان.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.StartsWith("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-REBELS", clash.Actor1?.Id);
    }
}
