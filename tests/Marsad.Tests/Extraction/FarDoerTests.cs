using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer a verb with the deed's pronoun («نفذه», «تبناه», «ارتكبها») names after the deed noun's relative clause,
/// its place and its toll, in a clause of its own (docs/events.md s41-named, ActorLinker.FarDoer).
/// </summary>
public class FarDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_bombing_claimed_after_its_target_and_its_place_is_done_by_the_group_that_claimed_it()
    {
        var events = RulesOnly("قتل 15 شخصا على الأقل أمس في تفجير سيارة مفخخة استهدف سوقا شعبية في حي الكرادة وسط بغداد، وتبناه تنظيم داعش في بيان على الإنترنت.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Two_massacres_told_with_their_places_and_day_are_done_by_the_aircraft_named_after_a_comma_but_a_doubt_between_two_forces_names_none()
    {
        var massacre = RulesOnly("شهدت محافظتا حماة وحمص في وسط سوريا مجزرتين في أول أيام عيد الأضحى، نفذهما طيران النظام الحربي والمروحي، وفق ناشطين.");
        Assert.Contains(massacre, x => x.Type == "ATTACK_CIVILIANS" && x.Actor1?.Id == "SYR-MIL");
        var doubt = RulesOnly("وقال مدير المرصد إنه لم يتضح إن كانت الغارة الجوية التي استهدفت بلدة الشدادي في محافظة الحسكة، نفذها الجيش السوري أو طائرات التحالف.");
        Assert.DoesNotContain(doubt, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }
}
