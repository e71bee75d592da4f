using Marsad.Extraction;
using Marsad.Learning;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of the thirteenth step (issue 9, s13-types): SPEC §2 keeps an attack made with or by a remote
/// weapon REMOTE whoever it kills: a barrel bomb from a helicopter, a chemical weapon, a suicide bomber.
/// </summary>
public class EventTypeThirteenthTests
{
    [Fact]
    public void A_massacre_by_a_helicopter_dropping_a_barrel_bomb_is_remote_violence()
    {
        var events = Of("قال ناشطون إن مجزرة جديدة ارتكبها الطيران المروحي في بلدة كفرنبل بريف إدلب بعد إلقائه برميلا متفجرا على منازل المدنيين.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_massacre_by_gunmen_stays_violence_against_civilians()
    {
        var events = Of("قال ناشطون إن مجزرة جديدة ارتكبها مسلحون مجهولون في بلدة كفرنبل بريف إدلب بحق عائلة من المدنيين.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void An_attack_with_chemical_weapons_is_remote_violence_in_a_sentence_of_close_combat()
    {
        // «اشتباكات» in the sentence: the strike-scene cue does not stand, the chemical weapon alone makes it REMOTE.
        var events = Of("شن مسلحون هجوما بأسلحة كيماوية على بلدة زملكا في ريف دمشق وسط اشتباكات في محيطها.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("هجوما", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هجوما", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suicide_bomber_attacking_an_army_post_is_remote_violence_in_a_sentence_of_close_combat()
    {
        // «اشتباكات» in the sentence: the strike-scene cue does not stand, the bomber as doer makes it REMOTE.
        var events = Of("هاجم انتحاري مركزا للجيش في بلدة الشرقاط شمال تكريت، تلته اشتباكات مع الحراس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("هاجم", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هاجم", StringComparison.Ordinal));
    }

    [Fact]
    public void Gunmen_attacking_an_army_post_stays_an_assault()
    {
        var events = Of("هاجم مسلحون مجهولون مركزا للجيش في بلدة الشرقاط شمال تكريت.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void The_learned_type_choice_may_not_call_a_remote_attack_violence_against_civilians()
    {
        var remote = new TypeRules.TypeCues(Civilian: true, Fighter: false, RemoteWeapon: true, Protesters: false, OrgDoer: false);
        var direct = remote with { RemoteWeapon = false };
        Assert.False(TypeChoice.Admits("ATTACK_CIVILIANS", remote));
        Assert.True(TypeChoice.Admits("REMOTE", remote));
        Assert.True(TypeChoice.Admits("ATTACK_CIVILIANS", direct));
    }

    [Fact]
    public void The_learned_type_choice_may_not_call_a_chemical_attack_a_clash()
    {
        var chemical = new TypeRules.TypeCues(Civilian: false, Fighter: false, RemoteWeapon: true, Protesters: false, OrgDoer: false, Chemical: true);
        Assert.False(TypeChoice.Admits("ASSAULT", chemical));
        Assert.True(TypeChoice.Admits("ASSAULT", chemical with { Chemical = false, RemoteWeapon = false }));
    }
}
