using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The victim decides the type (issue 9, s28-civtype; docs/annotation.md 6.1): gunmen who kill or fire at a cleric, an
/// official, an engineer or persons they name are violence against civilians, whether the victim stands right after the
/// verb, behind the «على» of a firing verb past the time and the weapon, or in the toll told before the attack noun; a
/// soldier or an officer among the victims, persons killed in a clash, or persons a state's force is said to have killed
/// keep the rules' other readings.
/// </summary>
public class CivilianVictimTypeTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void Gunmen_firing_at_a_cleric_past_the_time_and_the_weapon_attack_a_civilian()
    {
        var events = Of("أفاد مصدر أمني بأن مسلحين مجهولين أطلقوا مساء أمس النار من مسدس كاتم للصوت على رجل دين داخل متجره في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Gunmen_killing_an_official_attack_a_civilian()
    {
        var events = Of("قال مصدر في الشرطة إن مسلحين مجهولين قتلوا مسؤولا محليا في بلدة الطارمية شمال بغداد مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "قتلوا"));
    }

    [Fact]
    public void Persons_the_gunmen_are_named_killing_are_civilians()
    {
        var events = Of("قال مصدر أمني إن مسلحين مجهولين قتلوا شخصين أمام منزلهما في مدينة بعقوبة مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Persons_killed_in_clashes_are_no_civilians_of_a_massacre()
    {
        var events = Of("قتل ثلاثة أشخاص في اشتباكات بين الجيش ومسلحين في مدينة الرمادي اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Persons_a_state_force_is_said_to_have_killed_are_no_direct_killing()
    {
        var events = Of("قالت لجان التنسيق إن قوات النظام قتلت عشرين شخصا في ريف حماة اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void An_engineer_killed_in_an_attack_of_gunmen_is_its_civilian_victim()
    {
        var events = Of("قتل مهندس في هجوم نفذه مسلحون مجهولون على سيارته في مدينة كركوك اليوم.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "هجوم"));
    }

    [Fact]
    public void A_soldier_killed_in_an_attack_of_gunmen_is_a_clash()
    {
        var events = Of("قتل عسكري في هجوم نفذه مسلحون مجهولون على حاجز في مدينة كركوك اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void An_officer_fired_at_with_his_wife_is_an_armed_victim()
    {
        var events = Of("أطلق مسلحون مجهولون مساء أمس النار من أسلحة رشاشة على ضابط في الجيش وزوجته قرب منزلهما في مدينة الموصل.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void The_family_killed_with_a_victim_told_by_a_pronoun_does_not_make_him_a_civilian()
    {
        var events = Of("هاجم مسلحون مجهولون منزل قائد في قوات الصحوة شمال مدينة بعقوبة الليلة الماضية وقتلوه إلى جانب أولاده الثلاثة.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_party_head_killed_with_his_wife_is_a_civilian_victim()
    {
        var events = Of("قال مصدر أمني إن مسلحين مجهولين قتلوا الأمين العام لحزب محلي وزوجته أمام منزلهما في مدينة كركوك مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }
    [Fact]
    public void An_official_named_as_the_source_of_the_report_is_no_victim()
    {
        var events = Of("هاجم مسلحون حاجزا في الرمادي أمس بحسب مسؤول محلي.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void An_official_of_an_armed_group_killed_by_gunmen_is_no_civilian()
    {
        var events = Of("اغتال مسلحون مجهولون مسؤولا في تنظيم داعش في مدينة الموصل مساء أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_security_official_of_the_police_killed_by_gunmen_is_no_civilian()
    {
        var events = Of("اغتال مسلحون مجهولون مسؤولا أمنيا في الشرطة العراقية قرب منزله في مدينة بعقوبة.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_given_name_mukhtar_does_not_make_the_victim_a_civilian()
    {
        var events = Of("اغتال مسلحون مجهولون مختار حسين القيادي في الحشد الشعبي قرب مدينة بعقوبة مساء أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void The_mukhtar_of_a_village_killed_by_gunmen_is_a_civilian()
    {
        var events = Of("اغتال مسلحون مجهولون مختار القرية أمام منزله شمال مدينة بعقوبة مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Members_of_a_university_are_no_force()
    {
        var events = Of("قتل مسلحون مجهولون مهندسا واثنين من منتسبي الجامعة في مدينة بعقوبة مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Soldiers_named_with_the_article_are_armed_victims()
    {
        var events = Of("اغتال مسلحون مجهولون اثنين من العسكريين قرب منزلهما في مدينة بعقوبة مساء أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }
}
