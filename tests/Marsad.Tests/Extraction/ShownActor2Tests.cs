using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The learned actor2 choice is shown to a reader but decides nothing (docs/learning.md,
/// s18-actor2): the type, the keep decision and the merge read the rules' actor2, and a later
/// rule that moves the rules' actor2 is surer than the choice.
/// </summary>
public class ShownActor2Tests
{
    // «قصفت القوات النظامية حي الوعر»: the words are not read here, only the choice's bookkeeping.
    private static EventCandidate Candidate(string type) =>
        new(1, 2, new TriggerEntry(type, true, Tense.None, "", null, null, "", 1), new Segmentation("قصفت", 0, 0, false));

    private static ActorHit Actor(string id, int first) => new(first, first + 1, new TextSpan(first * 5, first * 5 + 4), id);

    [Fact]
    public void The_choice_is_shown_over_the_rules_actor2_it_was_made_over()
    {
        var rules = Actor("SYR-REBELS", 4);
        var chosen = Actor("CIV", 6);
        var e = Candidate("REMOTE");
        e.Actor1 = Actor("SYR-MIL", 0);
        e.Actor2 = rules;
        e.ChosenActor2 = (chosen, rules);
        Assert.Same(chosen, EventStage.ShownActor2(e));
        Assert.Same(rules, e.Actor2);
    }

    [Fact]
    public void A_rule_that_moved_actor2_after_the_choice_is_shown_instead()
    {
        var e = Candidate("REMOTE");
        e.ChosenActor2 = (Actor("CIV", 6), null);
        var accused = Actor("ISIL", 8);
        e.Actor2 = accused;
        Assert.Same(accused, EventStage.ShownActor2(e));
    }

    [Fact]
    public void A_choice_naming_the_final_doer_is_not_shown()
    {
        var e = Candidate("ASSAULT");
        e.Actor1 = Actor("ISIL", 0);
        e.ChosenActor2 = (Actor("ISIL", 6), null);
        Assert.Null(EventStage.ShownActor2(e));
    }

    [Fact]
    public void An_attack_on_civilians_keeps_the_civilians_it_was_typed_with()
    {
        var civilians = Actor("CIV", 4);
        var e = Candidate("ATTACK_CIVILIANS");
        e.Actor1 = Actor("ISIL", 0);
        e.Actor2 = civilians;
        e.ChosenActor2 = (Actor("IRQ-POLICE", 6), civilians);
        Assert.Same(civilians, EventStage.ShownActor2(e));
    }

    [Fact]
    public void The_choice_may_name_nobody()
    {
        var rules = Actor("SYR-REBELS", 4);
        var e = Candidate("REMOTE");
        e.Actor2 = rules;
        e.ChosenActor2 = (null, rules);
        Assert.Null(EventStage.ShownActor2(e));
    }
}
