using Marsad.Ingestion;
using Marsad.Pipeline;
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
}
