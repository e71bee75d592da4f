using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «اشتباكات بين X و Y»: where no one attacks, the side named first is actor1 and the other actor2
/// (docs/annotation.md 6.3), whichever of them the sentence or the article names most.
/// </summary>
public class ClashSidesTests
{
    [Fact]
    public void In_clashes_between_two_sides_the_side_named_first_is_the_doer()
    {
        var e = Single("قالت الهيئة إن اشتباكات عنيفة بين الجيش الحر وقوات النظام اندلعت في مدينة دير الزور.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        Assert.Equal("SYR-MIL", e.Actor2?.Id);
    }

    [Fact]
    public void In_clashes_between_two_sides_named_the_other_way_round_the_army_is_the_doer()
    {
        var e = Single("قالت الهيئة إن اشتباكات عنيفة بين قوات النظام والجيش الحر اندلعت في مدينة دير الزور.", "ASSAULT");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }

    [Fact]
    public void A_nationality_after_the_first_side_is_no_second_side()
    {
        var e = Single("قال مصدر إن اشتباكات عنيفة بين حزب الله اللبناني والجيش الحر دارت قرب مدينة القصير.", "ASSAULT");
        Assert.Equal("LBN-HEZ", e.Actor1?.Id);
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }

    [Fact]
    public void A_rebel_operations_room_named_first_is_the_doer_of_the_clash()
    {
        var e = Single("قال مصدر إن اشتباكات عنيفة بين غرفة عمليات فتح حلب وقوات النظام دارت في حي الراشدين.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        Assert.Equal("SYR-MIL", e.Actor2?.Id);
    }

    [Fact]
    public void Clash_sides_named_after_the_clash_place_and_a_comma_are_still_its_sides()
    {
        var e = Single("تستمر الاشتباكات العنيفة في محيط بلدة المنصورة بسهل الغاب في ريف حماة الشمالي، بين قوات النظام والجيش الحر.", "ASSAULT");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }

    [Fact]
    public void Clash_sides_named_after_a_border_told_with_a_hyphen_are_still_its_sides()
    {
        var e = Single("اندلعت مواجهات عنيفة عند الحدود العراقية - السورية فجر اليوم، بين الجيش العراقي من جهة ومسلحين من جهة أخرى.", "ASSAULT");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Clash_sides_named_after_a_long_time_span_and_the_quarters_of_a_city_are_still_its_sides()
    {
        var e = Single("تجددت المواجهات العنيفة مساء أمس وحتى الساعات الأولى من فجر الأحد 12 مايو، على أطراف مدينة حلب وفي بعض أحيائها الشرقية بين وحدات الجيش السوري والمعارضة المسلحة.", "ASSAULT");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }

    [Fact]
    public void A_road_between_two_cities_after_a_clash_names_no_side()
    {
        var clashes = Of("اندلعت اشتباكات عنيفة على الطريق الواصل بين دمشق وحمص.").Where(e => e.Type == "ASSAULT").ToList();
        Assert.NotEmpty(clashes);
        Assert.All(clashes, e => Assert.Null(e.Actor1));
    }

    [Fact]
    public void Between_the_two_armies_free_and_regular_the_free_army_named_first_is_the_doer()
    {
        // «الجيشين الحر والنظامي»: one dual noun and two adjectives name «الجيش الحر» and «الجيش النظامي».
        var e = Single("قال ناشطون إن اشتباكات عنيفة اندلعت بين الجيشين الحر والنظامي في محيط مدينة داريا.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        Assert.Equal("SYR-MIL", e.Actor2?.Id);
    }

    [Fact]
    public void Between_the_two_armies_regular_and_free_the_regular_army_named_first_is_the_doer()
    {
        var e = Single("قال ناشطون إن اشتباكات عنيفة اندلعت بين الجيشين النظامي و الحر في محيط مدينة داريا.", "ASSAULT");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("SYR-REBELS", e.Actor2?.Id);
    }
}
