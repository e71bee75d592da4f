using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A bomber named only as a person, and vague blame (docs/events.md, "s29b-bomber"): a person noun as
/// the agent of setting off a bomb is an unnamed attacker, UNIDENTIFIED-ARMED (docs/annotation.md 6.3);
/// groups tied to a party («جماعات مرتبطة بالقاعدة») are not that party, so the blame names no doer (4.5).
/// </summary>
public class PersonBomberTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_man_who_set_off_a_car_bomb_is_an_unnamed_attacker()
    {
        var events = RulesOnly("قتل 12 شخصا اليوم الخميس اثر تفجير رجل سيارة مفخخة امام حاجز للشرطة في مدينة حمص.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void An_attacker_who_blew_up_a_truck_is_an_unnamed_attacker()
    {
        var events = RulesOnly("وفجر مهاجم شاحنة محملة بالمتفجرات مساء الاثنين عند بوابة قاعدة عسكرية في مدينة الموصل.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_woman_wounded_in_the_blast_is_no_bomber()
    {
        var events = RulesOnly("وانفجرت عبوة ناسفة قرب منزل المحافظ في بعقوبة اليوم، وجرحت في التفجير امرأة تسكن في منزل مجاور.");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Blame_laid_on_groups_tied_to_al_qaeda_names_no_doer()
    {
        var events = RulesOnly("قتل 40 شخصا في انفجار سيارة مفخخة وسط دمشق اليوم. وحملت سوريا جماعات إرهابية مرتبطة بالقاعدة المسؤولية عن التفجير.");
        Assert.Contains(events, x => x.Type == "REMOTE");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "AQ");
        Assert.DoesNotContain(events, x => x.Actor2?.Id == "AQ");
    }

    [Fact]
    public void A_group_named_before_its_tie_still_claims_the_attack()
    {
        var events = RulesOnly("قتل 20 شخصا في انفجار سيارة مفخخة في سوق ببغداد اليوم. وأعلن تنظيم دولة العراق الإسلامية المرتبط بالقاعدة مسؤوليته عن التفجير.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
    }
}
