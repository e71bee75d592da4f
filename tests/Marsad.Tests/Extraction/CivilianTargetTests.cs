using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Whom a killing aimed at decides ASSAULT or ATTACK_CIVILIANS (issue 9, s39-civtarget; docs/annotation.md 6.1): an officer
/// told as former or retired serves in no force, the organiser of a protest is a person of no party, and an attack on
/// civilians shows them as actor2, not the police a source belongs to.
/// </summary>
public class CivilianTargetTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_major_of_the_former_army_killed_in_an_attack_is_a_civilian_victim()
    {
        var events = Of("لقي رائد في الجيش العراقي السابق، مصرعه في هجوم بأسلحة كاتمة للصوت جنوب مدينة كركوك اليوم.");
        var attack = Assert.Single(events, e => On(e, "هجوم"));
        Assert.Equal("ATTACK_CIVILIANS", attack.Type);
        Assert.Equal("CIV", attack.Actor2?.Id);
    }

    [Fact]
    public void A_retired_officer_fired_at_by_gunmen_is_a_civilian_victim()
    {
        var events = Of("أطلق مسلحون مجهولون مساء أمس النار من أسلحة رشاشة على ضابط متقاعد قرب منزله في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_organiser_of_a_protest_shot_dead_is_a_civilian_victim()
    {
        var events = Of("قال مسؤولون في الشرطة إنه قتل منظم الاحتجاج بعد أن أطلق عليه النار في مدينة كركوك صباح اليوم.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "أطلق"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_council_member_killed_by_gunmen_is_the_civilians_not_the_police_that_told_it()
    {
        var events = Of("وأفاد مصدر في الشرطة العراقية بأن مسلحين مجهولين اغتالوا عضوا في مجلس محافظة الأنبار في مدينة هيت اليوم.");
        var killing = Assert.Single(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.Equal("CIV", killing.Actor2?.Id);
    }
}
