using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «اشتبكت A مع B لدى محاولتهم اقتحام …», «معارك بين A و B الذين يحاولون السيطرة …», «المعارك اندلعت
/// عندما صد A تقدما لـ B»: the side whose offensive the clause after a clash tells is its attacker,
/// actor1 (docs/annotation.md 6.3), not the side named first.
/// </summary>
public class AttemptedClashTests
{
    [Fact]
    public void The_side_that_tried_to_storm_the_villages_is_the_attacker_of_the_clash()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "وقالت مصادر كردية إن قوات البيشمركة اشتبكت أمس مع عناصر تنظيم داعش لدى محاولتهم اقتحام قرية قرب كركوك.", Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "PESHMERGA");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "ISIL" && e.Actor2?.Id == "PESHMERGA");
    }

    [Fact]
    public void The_side_who_is_trying_to_take_the_airports_is_the_attacker_of_the_battles()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "ويشهد ريف حلب معارك عنيفة بين القوات النظامية ومقاتلي المعارضة الذين يحاولون السيطرة على المطار.", Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS" && e.Actor2?.Id == "SYR-MIL");
    }

    [Fact]
    public void The_army_whose_advance_was_repelled_is_the_attacker_of_the_battles()
    {
        // On the rules alone: the repelled advance is an event of its own («تقدما», the repel rule), and the clash's doer is asked of the clash.
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وقالت مصادر أمنية إن المعارك اندلعت أمس قرب سامراء عندما صد تنظيم داعش تقدما للجيش العراقي على الطريق السريع.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.StartsWith("المعارك", StringComparison.Ordinal));
        Assert.Equal("IRQ-MIL", clash.Actor1?.Id);
    }

    [Fact]
    public void Of_two_sides_trying_to_storm_the_town_the_first_named_is_the_attacker_and_the_defender_the_target()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "وأفادت مصادر معارضة باستمرار الاشتباكات العنيفة بين الجيش الحر وقوات النظام وعناصر حزب الله الذين يحاولون اقتحام مدينة القصير.", Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL" && e.Actor2?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_clash_followed_by_no_attempt_keeps_its_first_named_side()
    {
        // A pin, on the rules alone (the keep model drops so bare a line): the first of the «بين» pair stays the doer.
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "ويشهد ريف حلب معارك عنيفة بين القوات النظامية ومقاتلي المعارضة قرب المطار.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }

    [Fact]
    public void The_side_named_after_the_verb_of_trying_is_the_attacker_of_the_clash()
    {
        // «يحاول» puts its subject after itself (VSO): the camps' besiegers attack, not the side named first.
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وفي ريف إدلب، دارت اشتباكات عنيفة بين القوات النظامية ومقاتلي المعارضة في محيط معسكر الحامدية الذي يحاول مقاتلو المعارضة السيطرة عليه.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-REBELS", clash.Actor1?.Id);
        Assert.Equal("SYR-MIL", clash.Actor2?.Id);
    }

    [Fact]
    public void The_side_that_seeks_to_take_the_airport_is_the_attacker_of_the_clash()
    {
        // A verb of seeking reaches its deed through «إلى».
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وتجددت الاشتباكات بين القوات النظامية والكتائب المقاتلة قرب مطار كويرس حيث يسعى المقاتلون المعارضون إلى السيطرة عليه.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("الاشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-REBELS", clash.Actor1?.Id);
    }

    [Fact]
    public void The_side_that_tries_to_stop_an_advance_is_not_the_attacker()
    {
        // «يحاولون منعها من التقدم»: what is tried is a stop, no offensive; the first named side stays the doer.
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "ودارت اشتباكات عنيفة بين القوات النظامية ومقاتلين من جبهة النصرة يحاولون منعها من التقدم نحو السفيرة.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("اشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }
}
