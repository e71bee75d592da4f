using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class ActorArgumentsTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2015, 5, 1));

    private static float Feature(ActorOptionRow row, string name) => row.Features[ActorChoice.Names.ToList().IndexOf(name)];

    private static ActorOptionRow Option(CandidateLog log, string type, string actor) =>
        log.ActorRows.First(r => r.Type == type && r.ActorId == actor);

    [Fact]
    public void Every_actor_feature_has_a_unique_name_and_the_actor1_choice_does_not_read_the_doer_chosen()
    {
        Assert.Equal(ActorChoice.Count, ActorChoice.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ActorChoice.Names.ToList().IndexOf("actor1_chosen") >= ActorChoice.Actor1Count);
    }

    [Fact]
    public void After_a_verb_the_first_actor_is_its_subject_and_the_next_one_its_object()
    {
        var log = Log("هاجمت قوات النظام تنظيم داعش في ريف حلب الشرقي.");

        var army = Option(log, "ASSAULT", "SYR-MIL");
        var isil = Option(log, "ASSAULT", "ISIL");
        Assert.Equal(1, Feature(army, "verb_subject_after"));
        Assert.Equal(0, Feature(army, "verb_object"));
        Assert.Equal(1, Feature(isil, "verb_object"));
        Assert.Equal(1, Feature(isil, "actors_between"));
    }

    [Fact]
    public void An_actor_behind_a_target_preposition_is_marked_as_a_target_and_one_behind_a_doers_phrase_as_an_agent()
    {
        var target = Log("شن تنظيم داعش هجوما عنيفا على قوات النظام في ريف حلب.");
        var agent = Log("قتل ثلاثة مدنيين على يد تنظيم داعش في ريف حلب.");

        Assert.Equal(1, Feature(Option(target, "ASSAULT", "SYR-MIL"), "target_before"));
        Assert.Equal(0, Feature(Option(target, "ASSAULT", "ISIL"), "target_before"));
        var doer = agent.ActorRows.First(r => r.ActorId == "ISIL");
        Assert.Equal(1, Feature(doer, "agent_before"));
    }

    [Fact]
    public void The_subject_of_a_verb_of_saying_is_marked_as_a_source()
    {
        var log = Log("وقال تنظيم داعش في بيان إن مقاتليه هاجموا قوات النظام قرب مدينة حلب.");

        var isil = Option(log, "ASSAULT", "ISIL");
        Assert.Equal(1, Feature(isil, "speaker_before"));
        Assert.True(isil.Speaker);
        Assert.Equal(0, Feature(Option(log, "ASSAULT", "SYR-MIL"), "speaker_before"));
    }

    [Fact]
    public void The_subject_of_tarradda_suffers_the_deed_that_follows()
    {
        var log = Log("تعرضت قوات النظام لهجوم عنيف في ريف حلب.");

        var army = Option(log, "ASSAULT", "SYR-MIL");
        Assert.Equal(1, Feature(army, "undergo_subject"));
        Assert.Equal(1, Feature(army, "undergo_trigger"));
    }

    [Fact]
    public void The_actor2_options_leave_out_the_chosen_doer_and_offer_nobody()
    {
        var log = Log("هاجمت قوات النظام تنظيم داعش في ريف حلب الشرقي.");

        var candidate = Assert.Single(log.Rows, r => r.Type == "ASSAULT");
        var options = log.Actor2Rows.Where(r => r.Trigger == candidate.Trigger).ToList();
        Assert.Contains(options, o => o.ActorId is null);
        Assert.DoesNotContain(options, o => o.ActorId == candidate.Record.Actor1?.Id);
        Assert.Equal(ActorChoice.Count, options[0].Features.Length);
    }

    [Fact]
    public void One_who_condemns_a_bombing_is_no_option_for_its_doer_but_stays_the_doer_of_the_condemnation()
    {
        var log = Log("دان الرئيس السوري بشدة اغتيال رجل دين بارز في تفجير استهدف مسجدا في مدينة حمص.");

        Assert.DoesNotContain(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "SYR-GOV");
        Assert.Contains(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId is null);
        Assert.Contains(log.ActorRows, r => r.Type == "ACCUSE" && r.ActorId == "SYR-GOV");
    }

    [Fact]
    public void An_actor_named_before_a_verb_of_saying_stays_an_option_for_the_deed_it_reports()
    {
        var log = Log("أعلن الجيش السوري أنه قصف مواقع للمسلحين في مدينة حمص.");

        Assert.Contains(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "SYR-MIL");
    }
}
