using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Type confusions of recall (SPEC §2): an attack by a remote weapon, and what an armed group detains.</summary>
public class EventTypeRecallTests
{
    [Fact]
    public void A_rocket_attack_is_remote_violence_not_a_clash()
    {
        var events = Of("أسفر هجوم صاروخي على مدينة حلب عن مقتل خمسة أشخاص.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_by_a_drone_is_remote_violence()
    {
        var events = Of("استهدف هجوم بطائرة مسيرة قاعدة عسكرية قرب مدينة الرقة.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Civilians_detained_by_an_armed_group_are_abducted()
    {
        var e = Single("اعتقل تنظيم داعش عشرات المدنيين في مدينة الرقة.", "ATTACK_CIVILIANS");
        Assert.Equal("ISIL", e.Actor1?.Id);
        Assert.DoesNotContain(Of("اعتقل تنظيم داعش عشرات المدنيين في مدينة الرقة."), x => x.Type == "ARREST");
    }

    [Fact]
    public void Police_detaining_members_of_a_group_is_an_arrest()
    {
        var e = Single("اعتقلت الشرطة التركية عشرة من عناصر تنظيم داعش في مدينة إسطنبول.", "ARREST");
        Assert.Equal("ISIL", e.Actor2?.Id);
    }
}
