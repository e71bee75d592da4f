using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «الجيشين النظامي والحر», «الجيشين السوري والعراقي»: a dual army noun with two adjectives joined by «و»
/// names two armies, «الجيش» with each adjective (ActorStage.ElidedArmies).
/// </summary>
public class ElidedArmiesTests
{
    private static List<ActorHit> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return context.Actors;
    }

    [Fact]
    public void The_two_armies_regular_and_free_are_the_regime_army_and_the_free_army_in_that_order()
    {
        var actors = ActorsOf("تجددت الاشتباكات بين الجيشين النظامي والحر في ريف حلب.");

        Assert.Equal(["SYR-MIL", "SYR-REBELS"], actors.Select(a => a.ActorId));
        Assert.Equal("و", actors[1].Clitics);
    }

    [Fact]
    public void The_two_armies_syrian_and_iraqi_are_two_state_armies_not_two_nationalities()
    {
        var actors = ActorsOf("بحث اللقاء التنسيق بين الجيشين السوري والعراقي على الحدود.");

        Assert.Equal(["SYR-MIL", "IRQ-MIL"], actors.Select(a => a.ActorId));
    }

    [Fact]
    public void A_dual_army_noun_with_one_adjective_names_nobody()
    {
        Assert.Empty(ActorsOf("وصل قائدا الجيشين الشقيقين إلى العاصمة."));
    }

    [Fact]
    public void The_elided_armies_stand_in_text_order_among_the_other_actors()
    {
        var actors = ActorsOf("اندلعت اشتباكات عنيفة بين الجيشين النظامي والحر في مدينة حلب. وقال الجيش الحر إنه قتل عشرة جنود.");

        Assert.Equal(actors.OrderBy(a => a.First).Select(a => a.First), actors.Select(a => a.First));
        Assert.Equal(["SYR-MIL", "SYR-REBELS"], actors.Take(2).Select(a => a.ActorId));
    }

    [Fact]
    public void A_dual_army_behind_a_clitic_keeps_the_clitic_and_names_both_armies()
    {
        var actors = ActorsOf("وجه الوزير التحية للجيشين السوري والعراقي على انتصارهما.");

        Assert.Equal(["SYR-MIL", "IRQ-MIL"], actors.Select(a => a.ActorId));
        Assert.Equal("ل", actors[0].Clitics);
    }

    [Fact]
    public void The_nominative_dual_with_the_conjunction_written_apart_names_both_armies()
    {
        var actors = ActorsOf("خاض الجيشان السوري و العراقي معارك مشتركة على الحدود.");

        Assert.Equal(["SYR-MIL", "IRQ-MIL"], actors.Select(a => a.ActorId));
        Assert.Equal("", actors[1].Clitics);
    }
}
