using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer named after the deed by a verb with the deed's pronoun (docs/events.md, "s26-nameddoer"):
/// the duals and the verbs of setting off a bomb, indefinite «إرهابيون» of Syrian state media, and a
/// fallen shell whose firing verb comes after the place it fell on; a fallen shell names no owner of the place it fell on as its doer.
/// </summary>
public class NamedDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Two_shells_that_fell_name_their_doer_after_the_place_they_fell_on()
    {
        var events = RulesOnly("وذكرت الوكالة أن قذيفتي هاون سقطتا صباح اليوم في حديقة مدرسة بحي المزة في دمشق أطلقهما إرهابيون.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        Assert.NotEqual("SYR-REBELS", e.Actor2?.Id);
    }

    [Fact]
    public void A_shell_that_fell_before_another_party_is_named_keeps_no_doer_from_the_firing_verb_after_that_party()
    {
        var events = RulesOnly("وذكر المرصد أن قذيفة هاون سقطت في ساحة بلدة الفوعة التي يحاصرها الجيش الحر منذ أشهر.");
        var shell = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.NotEqual("SYR-REBELS", shell.Actor1?.Id);
    }

    [Fact]
    public void Shells_that_fell_near_an_army_base_are_not_the_armys()
    {
        var events = RulesOnly("وقال مصدر في شرطة الأنبار إن القوات الأمنية اعتقلت مطلوبين في الرمادي. وسقطت ظهر اليوم 4 قذائف هاون بالقرب من قاعدة للجيش العراقي شرق الفلوجة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Null(e.Actor1);
    }

    [Fact]
    public void Bombs_laid_that_did_not_go_off_name_no_doer_of_a_blast()
    {
        var events = RulesOnly("وقال متحدث باسم الوحدات الكردية إن انفجارات وقعت في كوباني نتيجة انفجار عتاد أثناء إزالة عبوات ناسفة لم تنفجر كان زرعها تنظيم داعش.");
        var blast = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.NotEqual("ISIL", blast.Actor1?.Id);
    }

    [Fact]
    public void A_shell_that_fell_hours_after_an_attack_by_gunmen_is_not_theirs()
    {
        var events = RulesOnly("قذيفة هاون سقطت في حي القصاع بدمشق بعد ساعات من هجوم نفذه مسلحون على حاجز للجيش.");
        var shell = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Null(shell.Actor1);
    }

    [Fact]
    public void Two_bombings_carried_out_by_the_group_are_its_own()
    {
        var events = RulesOnly("وقتل عشرون شخصا في ريف حلب الشمالي في تفجيرين انتحاريين نفذهما تنظيم داعش قرب بلدة مارع.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
    }
}
