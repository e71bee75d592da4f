using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A party named after an arrest word behind a word of suspicion, charge or reach («المشتبه», «يشتبه», «بتهمة»,
/// «شملت») is the arrested side, never the arresting force (docs/events.md, "s28-arrest").
/// </summary>
public class SuspectedPartyTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Theory]
    [InlineData("وقال مسؤول إن الشرطة التركية شنت حملة اعتقالات شملت تنظيم داعش في مدينة اسطنبول.")]
    [InlineData("وذكرت وكالة الأناضول أن الشرطة التركية قامت الجمعة بحملة اعتقالات شملت تنظيم داعش في مدينة قونية.")]
    [InlineData("وذكرت وكالة الأناضول أن أفراد الشرطة التركية نفذوا الجمعة مداهمات لأكثر من 50 منزلا يشتبه بانها تابعة لتنظيم داعش في مدينة قونية.")]
    public void A_group_named_after_a_word_of_suspicion_or_reach_is_the_arrested_not_the_arrester(string body)
    {
        var events = RulesOnly(body);
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "ISIL");
        var e = Assert.Single(events, x => x.Type == "ARREST");
        Assert.Equal("TUR", e.Actor1?.Id);
        Assert.Equal("ISIL", e.Actor2?.Id);
    }

    [Fact]
    public void A_group_that_arrests_with_no_word_of_suspicion_keeps_its_doer()
    {
        var events = RulesOnly("واعتقل تنظيم داعش عشرين مواطنا في مدينة الموصل يوم الجمعة.");
        Assert.Contains(events, x => x.Actor1?.Id == "ISIL");
    }
}
