using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «بعد انسحاب X»: the side a background withdrawal names has left the place, so it is the loser of
/// the capture told with it, never its taker (docs/annotation.md 6.1: CAPTURE's actor1 is the taker).
/// </summary>
public class WithdrawnLoserTests
{
    [Fact]
    public void The_clashes_before_a_withdrawal_are_not_the_withdrawing_army_s_attack()
    {
        // The withdrawer is left out of the learned choice's options, so the learned pipeline is the one read.
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "سيطر مقاتلون معارضون على مقر الفوج في بلدة الغارية في ريف درعا بعد انسحاب القوات النظامية منه إثر اشتباكات استمرت يومين.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("SYR-REBELS", clash.Actor1?.Id);
    }

    [Fact]
    public void Rebels_who_took_a_base_after_the_army_withdrew_are_its_takers()
    {
        var events = Of("وقال المرصد إن مقاتلي المعارضة استولوا على مقر الكتيبة في بلدة الغارية بريف درعا بعد انسحاب الجيش منه.");
        var capture = Assert.Single(events, e => e.Type == "CAPTURE");
        Assert.Equal("SYR-REBELS", capture.Actor1?.Id);
    }

    [Fact]
    public void The_side_that_withdrew_stays_the_doer_of_its_own_withdrawal()
    {
        var events = Of("سيطر مقاتلون معارضون على مطار منغ العسكري في ريف حلب بعد انسحاب القوات النظامية منه.");
        var withdrawal = Assert.Single(events, e => e.Type == "WITHDRAW");
        Assert.Equal("SYR-MIL", withdrawal.Actor1?.Id);
    }

    [Fact]
    public void The_side_after_with_behind_a_clash_word_is_the_other_side_not_a_doer()
    {
        // Tokens: 0 استعاد 1 الثوار 2 التلة 3 بعد 4 اشتباكات 5 عنيفة 6 مع 7 قوات 8 النظام
        var (index, rebels, army) = Index("استعاد الثوار التلة بعد اشتباكات عنيفة مع قوات النظام");
        Assert.True(EventStage.IsClashedWith(index, army, trigger: 0));
        Assert.False(EventStage.IsClashedWith(index, rebels, trigger: 0));
    }

    [Fact]
    public void A_side_after_with_and_no_clash_word_stays_a_possible_doer()
    {
        // Tokens: 0 استعاد 1 الثوار 2 التلة 3 بالتعاون 4 مع 5 قوات 6 النظام
        var (index, _, army) = Index("استعاد الثوار التلة بالتعاون مع قوات النظام");
        Assert.False(EventStage.IsClashedWith(index, army, trigger: 0));
    }

    private static (ArticleIndex Index, ActorHit Rebels, ActorHit Army) Index(string body)
    {
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, AnalyzedText.Analyze(body));
        var rebels = new ActorHit(1, 2, new TextSpan(0, 1), "SYR-REBELS");
        var first = body.Split(' ').ToList().IndexOf("قوات");
        var army = new ActorHit(first, first + 2, new TextSpan(0, 1), "SYR-MIL");
        context.Actors.Add(rebels);
        context.Actors.Add(army);
        return (new ArticleIndex(context, WordRoles.EventWords), rebels, army);
    }
}
