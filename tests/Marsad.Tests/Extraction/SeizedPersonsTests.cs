using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «ضبط» with a cell, a network or its members after it («ضبط خلية», «ضبط شبكة», «ضبط عناصر») is the verbal noun of an
/// arrest: the state that announces it arrests, and the group the cell belongs to is arrested, not the doer of an
/// abduction (docs/events.md, "s42b-arrest").
/// </summary>
public class SeizedPersonsTests
{
    [Fact]
    public void A_ministry_announcing_the_seizure_of_a_network_of_a_group_arrests_the_group()
    {
        var e = Single("أعلنت وزارة الداخلية الكويتية يوم الخميس عن ضبط شبكة إرهابية تابعة لتنظيم داعش تضم أربعة مواطنين في منطقة الجهراء.", "ARREST");
        AssertActors(e, "KWT-MIL", "ISIL");
    }

    [Fact]
    public void Authorities_announcing_the_seizure_of_the_members_of_a_cell_arrest_them()
    {
        var e = Single("وأعلنت السلطات البحرينية مساء السبت ضبط عناصر خلية إرهابية تضم ثمانية أشخاص في مدينة المنامة.", "ARREST");
        Assert.Equal("BHR-MIL", e.Actor1?.Id);
    }
}
