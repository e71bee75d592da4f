using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A claim of responsibility makes the claimant the doer of the article's unclaimed bombings
/// (docs/annotation.md 4.5); a claim nobody made («لم تعلن أي جهة مسؤوليتها») names no doer, so
/// the bombing keeps actor1 null and the party named before the negation is not taken.
/// </summary>
public class ClaimTests
{
    [Fact]
    public void A_claimed_car_bomb_takes_the_claimant_as_its_doer()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وأعلن تنظيم داعش مسؤوليته عن التفجير.");
        AssertActors(e, "ISIL");
    }

    [Fact]
    public void A_car_bomb_nobody_claimed_keeps_no_doer_even_after_a_named_party()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وقالت الشرطة العراقية إنه لم تعلن أي جهة مسؤوليتها عن التفجير.");
        AssertActors(e, null);
    }

    [Fact]
    public void A_claim_negated_with_la_names_no_doer_either()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وذكر الجيش العراقي أنه لا جهة أعلنت مسؤوليتها عن التفجير.");
        AssertActors(e, null);
    }

    [Fact]
    public void A_bombing_told_after_a_claimed_wave_of_the_same_day_takes_the_claimant()
    {
        var events = Of("أعلن تنظيم داعش مسؤوليته عن سلسلة تفجيرات استهدفت بغداد يوم الأحد.\n\nوقالت مصادر إن سيارة مفخخة انفجرت يوم الأحد في حي الكرادة.");
        var later = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("مفخخة", StringComparison.Ordinal));
        AssertActors(later, "ISIL");
    }

    [Fact]
    public void The_parent_group_a_claimant_is_linked_to_is_not_the_claimant()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وأعلنت جبهة النصرة المرتبطة بالقاعدة مسؤوليتها عن التفجير.");
        AssertActors(e, "NUSRA");
    }

    [Fact]
    public void A_group_that_habitually_claims_such_attacks_is_not_the_doer_of_this_one()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وغالبا ما يتبنى تنظيم داعش مثل هذه الهجمات.");
        AssertActors(e, null);
    }

    [Fact]
    public void A_bombing_by_an_unnamed_suicide_bomber_takes_the_group_that_claimed_it()
    {
        var e = Bombing("فجر انتحاري سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وأعلن تنظيم داعش مسؤوليته عن التفجير.");
        Assert.Equal("ISIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_claim_spelled_with_the_hamza_on_a_ya_seat_names_the_doer_too()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وأعلن تنظيم داعش مسئوليته عن التفجير.");
        AssertActors(e, "ISIL");
    }

    [Fact]
    public void A_group_that_denies_responsibility_is_not_the_doer()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. ونفى تنظيم داعش مسؤوليته عن التفجير.");
        AssertActors(e, null);
    }

    [Fact]
    public void An_absent_claim_with_a_time_phrase_inside_names_no_doer()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وقالت الشرطة العراقية إنه لم تعلن أية جهة حتى الآن مسؤوليتها عن التفجير.");
        AssertActors(e, null);
    }

    [Fact]
    public void A_habit_told_before_the_claimant_of_a_responsibility_noun_is_no_claim()
    {
        var e = Bombing("انفجرت سيارة مفخخة في سوق شعبي بمدينة بعقوبة. وغالبا ما يعلن تنظيم داعش مسؤوليته عن مثل هذه الهجمات.");
        AssertActors(e, null);
    }

    [Fact]
    public void A_claimed_wave_dated_in_its_own_sentence_reaches_a_later_bombing_even_when_it_is_no_event_itself()
    {
        var events = Of("تبنى تنظيم داعش سلسلة الهجمات التي وقعت يوم الأحد.\n\nوقالت مصادر إن سيارة مفخخة انفجرت يوم الأحد في حي الكرادة.");
        var later = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("مفخخة", StringComparison.Ordinal));
        AssertActors(later, "ISIL");
    }

    [Fact]
    public void A_claim_of_some_of_the_attacks_names_no_doer_for_a_later_one()
    {
        var events = Of("قتل عشرة أشخاص في تفجير سيارة مفخخة في حي الشعب ببغداد يوم الأحد في هجمات تبنى بعضها تنظيم داعش.\n\nوقالت مصادر إن سيارة مفخخة انفجرت يوم الأحد في حي الكرادة.");
        var later = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "حي الكرادة");
        AssertActors(later, null);
    }

    /// <summary>The bombing told in the first sentence (the claim's own «التفجير» is a back-reference the rules keep apart).</summary>
    private static Marsad.Output.EventRecord Bombing(string body) =>
        Assert.Single(Of(body), e => e.Type == "REMOTE" && e.Location?.Name == "بعقوبة");
}
