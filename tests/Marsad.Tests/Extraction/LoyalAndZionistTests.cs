using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Whom a party is loyal to is no party to its deed, and «الصهيوني» is Israel's nisba (docs/events.md s37b-regime).
/// </summary>
public class LoyalAndZionistTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    [Fact]
    public void Committees_loyal_to_the_regime_arrest_as_the_militia_not_the_army()
    {
        var events = Of("وفي ريف دمشق اعتقلت اللجان الشعبية الموالية للنظام عشرين شابا في بلدة الكسوة يوم الثلاثاء.", March);
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "SYR-MIL" or "SYR-GOV" || e.Actor2?.Id is "SYR-MIL" or "SYR-GOV");
    }

    [Fact]
    public void Armed_groups_loyal_to_the_regime_who_kidnap_are_its_militia()
    {
        var events = Of("وقال المرصد إن مجموعات مسلحة موالية للنظام خطفت ثلاثين مدنيا قرب مدينة إدلب السورية أمس.", March);
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-MIL-ALLIES");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "SYR-MIL" or "SYR-REBELS" || e.Actor2?.Id is "SYR-GOV" or "SYR-MIL");
    }

    [Fact]
    public void Gunmen_loyal_to_the_government_do_not_kidnap_the_government()
    {
        var events = Of("واختطف مسلحون موالون للحكومة خمسين شخصا قرب حاجز في ريف حماة السوري يوم الخميس.", March);
        Assert.DoesNotContain(events, e => e.Actor2?.Id is "SYR-GOV" or "SYR-MIL");
    }

    [Fact]
    public void The_Zionist_regime_that_strikes_near_Damascus_is_Israel()
    {
        var events = Of("وأدانت الحكومة السورية هجوم النظام الصهيوني على مواقع عسكرية في محيط دمشق فجر اليوم.", March);
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "SYR-MIL" or "SYR-GOV" && e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void Rebels_who_attack_forces_loyal_to_the_regime_fight_its_army()
    {
        var events = Of("وهاجم مسلحو المعارضة قوات موالية للنظام في حي جوبر شرق دمشق صباح اليوم.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS" && e.Actor2?.Id == "SYR-MIL");
    }

    [Fact]
    public void The_knights_of_a_capital_are_no_army_of_its_state()
    {
        var events = Of("وقالت الجماعة في بيان إن فوارس بغداد قصفوا معقلا للمرتدين في حي الكرادة بقذائف الهاون.", March);
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "IRQ-MIL" or "IRQ-GOV");
    }
}
