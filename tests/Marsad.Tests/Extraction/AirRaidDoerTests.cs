using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «غارة جوية على بلدة في ريف حلب»: an air raid is flown by a state or its allies; a party with no
/// aircraft (data/lexicons/airless_actors.tsv) is never its doer, while the same party keeps the
/// shelling it does with guns and a state keeps the raid its warplanes fly.
/// </summary>
public class AirRaidDoerTests
{
    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void An_air_raid_after_a_sentence_on_the_rebels_is_not_given_to_the_rebels()
    {
        var events = Learned("سيطر مقاتلو المعارضة السورية على مناطق واسعة في ريف درعا الجنوبي بحسب المرصد. وقتل ثمانية أشخاص بينهم ثلاثة أطفال مساء الأحد في غارة جوية على بلدة في ريف حلب.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Shelling_with_aircraft_is_not_given_to_the_fighters_of_the_sentence_before()
    {
        var events = Learned("وفي محافظة درعا قال المرصد إن سبعة مقاتلين معارضين قتلوا في معارك ليلية مع القوات النظامية. وفي محافظة حماة أفاد المرصد عن قصف بالطيران الحربي على أحياء مدينة حماة.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Warplanes_of_a_state_keep_the_raid_they_fly()
    {
        var events = Learned("شنت طائرات حربية تركية فجر الجمعة غارات جوية على مواقع لتنظيم داعش في ريف حلب الشمالي.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void Rebels_keep_the_mortar_shelling_they_fire()
    {
        var events = Learned("قصف مقاتلو المعارضة بقذائف الهاون حي الميدان في دمشق صباح اليوم ما أدى إلى مقتل ثلاثة أشخاص.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void The_rebels_and_isil_have_no_aircraft_and_the_syrian_army_has()
    {
        Assert.True(ActorLexicon.HasNoAircraft("SYR-REBELS"));
        Assert.True(ActorLexicon.HasNoAircraft("ISIL"));
        Assert.False(ActorLexicon.HasNoAircraft("SYR-MIL"));
        Assert.False(ActorLexicon.HasNoAircraft("USA-COALITION"));
    }
}
