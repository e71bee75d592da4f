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
    public void A_suicide_bombing_told_with_its_toll_and_town_is_done_by_the_group_named_after_a_comma_but_a_doubt_between_two_forces_names_none()
    {
        var bombing = RulesOnly("وقال وزير الداخلية إن التفجير الانتحاري الذي أوقع عشرات القتلى والجرحى في بلدة الريحانية قرب الحدود، نفذه تنظيم الدولة، متعهدا بملاحقة المسؤولين عنه.");
        Assert.Contains(bombing, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
        var doubt = RulesOnly("وقال مدير المرصد إنه لم يتضح إن كانت الغارة الجوية التي استهدفت بلدة الشدادي في محافظة الحسكة، نفذها الجيش السوري أو طائرات التحالف.");
        Assert.DoesNotContain(doubt, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }
}
