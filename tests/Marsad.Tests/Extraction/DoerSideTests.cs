using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The right side as doer (docs/events.md, "Fifteenth step, s15-doer"): the doer named between a
/// clash noun and the attack noun it launched, the indefinite names of the rebels, the owner of
/// what a strike verb hits, and the country of a dateline, which is no party.
/// </summary>
public class DoerSideTests
{
    [Fact]
    public void The_side_that_launched_the_attack_behind_a_clash_noun_is_its_doer()
    {
        var e = Single("قال ناشطون إن المعارك اندلعت بشن فصائل المعارضة هجوما مفاجئا على مواقع القوات النظامية في بلدة الزبداني.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void The_side_named_after_the_launching_word_is_the_doer_across_a_comma()
    {
        var e = Single("وأفادت شبكة أخبار سوريا بشن فصائل تابعة للمعارضة بعد منتصف ليل الأربعاء، هجوما مفاجئا على مواقع القوات النظامية قرب الزبداني.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void An_attack_told_after_another_deed_keeps_its_own_doer()
    {
        var result = Extract("شن الجيش السوري غارات على بلدة دوما بعد هجوم مسلحي المعارضة على حاجز قرب حرستا.");
        Assert.Contains(result.Events, e => e.Actor1?.Id == "SYR-REBELS" && e.Location?.Name == "حرستا");
    }

    [Fact]
    public void The_army_named_by_the_president_s_first_name_is_the_syrian_army()
    {
        var e = Single("وقال ناشطون إن جيش بشار قصف بلدة القصير بالدبابات أمس.", "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("جيش بشار", e.Actor1?.Text);
    }

    [Fact]
    public void The_indian_forces_are_india_s_army_not_the_last_army_named()
    {
        // «القوات» alone refers back to the last army named (here Pakistan's); with its nationality it names India's.
        var result = Extract("أعلن مسؤولون من باكستان اليوم أن القوات الهندية قتلت جنديا باكستانيا على الحدود في منطقة كشمير.");
        Assert.Contains(result.Events, e => e.Actor1?.Id == "IND-MIL");
        Assert.DoesNotContain(result.Events, e => e.Actor1?.Id == "PAK-MIL");
    }

    [Fact]
    public void Factions_belonging_to_the_opposition_are_the_rebels_of_a_syrian_article()
    {
        var result = Extract("شنت فصائل تابعة للمعارضة هجوما على حاجز في ريف حماة السوري.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-REBELS" && a.Text == "فصائل تابعة للمعارضة");
    }

    [Fact]
    public void Rebel_fighters_with_their_nationality_between_the_words_who_stormed_a_checkpoint_are_its_doer()
    {
        var e = Single("قال المرصد إن مقاتلين سوريين معارضين اقتحموا نقطة تفتيش تابعة للشرطة في بلدة خان أرنبة.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void The_formations_of_the_southern_front_that_began_an_attack_are_its_doer()
    {
        var e = Single("بدأت تشكيلات الجبهة الجنوبية هجوما واسعا على مراكز قوات النظام في مدينة درعا.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void Syrian_rebels_who_announce_a_shelling_are_its_doer()
    {
        var e = Single("أعلن ثوار سوريون قصف مجمع أمني في حي المزة بدمشق.", "REMOTE");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void The_owner_of_units_a_raid_struck_is_its_target_and_not_its_doer()
    {
        var result = Extract("خمس غارات قرب بلدة هيت قصفت وحدات قتالية تابعة لتنظيم داعش أمس.");
        Assert.DoesNotContain(result.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_owner_of_centres_a_raid_is_aimed_at_is_its_target()
    {
        var result = Extract("فضلا عن قصف غارات لمراكز تابعة لتنظيم داعش قرب مدينة بيجي.");
        Assert.DoesNotContain(result.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_country_of_a_dateline_is_no_actor()
    {
        const string body = "دبي، الإمارات (CNN) -- أفاد ناشطون بمقتل عشرين شخصا بعمليات إعدام ميدانية في بلدة السفيرة بريف حلب.";
        var result = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Dateline = "دبي", Published = Published });
        Assert.DoesNotContain(result.Actors, a => a.Id == "UAE");
        Assert.DoesNotContain(result.Events, e => e.Actor1?.Id == "UAE");
    }

    [Fact]
    public void A_country_that_opens_the_body_without_a_dateline_stays_an_actor()
    {
        const string body = "الإمارات تعلن إرسال طائرات إلى اليمن للمشاركة في العمليات.";
        var result = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published });
        Assert.Contains(result.Actors, a => a.Id == "UAE");
    }
}
