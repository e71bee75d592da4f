using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// What an aim, a purpose or a hedge reaches (annotation.md 6.2): a verb behind the ل of purpose tells an aim
/// («لاستعادتها», «لتقتحم»), a deed one is recruited to take part in is not done, a deed a relative clause tells
/// is out of the scope of a hedge on its sentence, and «أشار ل» refers to a deed that happened.
/// </summary>
public class AimAndHedgeScopeTests
{
    [Fact]
    public void A_province_an_offensive_is_stepped_up_to_retake_is_not_retaken()
    {
        var captures = Candidates("وصعّد الجيش العراقي هجماته على القرى في محافظة الأنبار لاستعادتها من تنظيم داعش.", "CAPTURE");
        Assert.NotEmpty(captures);
        Assert.All(captures, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void Reinforcements_sent_to_storm_a_city_have_not_stormed_it()
    {
        var storming = Candidates("وأرسل الجيش تعزيزات إلى مدينة الرمادي لتقتحم المدينة.", "ASSAULT");
        Assert.NotEmpty(storming);
        Assert.All(storming, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void A_hill_the_rebels_took_as_the_army_withdrew_was_taken()
    {
        var capture = Assert.Single(Candidates("انسحبت قوات النظام من القرية لتسيطر المعارضة على التل بعد ساعتين.", "CAPTURE"));
        Assert.Equal("asserted", capture.Modality);
    }

    [Fact]
    public void Volunteers_recruited_to_take_part_in_freeing_their_villages_have_freed_nothing()
    {
        var captures = Candidates("وقررت الحكومة تجنيد ألف متطوع من أبناء العشائر ليشاركوا مع الجيش في تحرير قراهم في قضاء هيت.", "CAPTURE");
        Assert.NotEmpty(captures);
        Assert.All(captures, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void Battles_a_town_has_seen_for_weeks_stay_asserted_under_a_guess_about_the_blasts()
    {
        var clashes = Candidates("ويرجح شهود أن يكون الدوي من قصف على بلدة المعضمية التي تشهد معارك عنيفة بين الجيش السوري والمعارضة المسلحة منذ أسابيع.", "ASSAULT");
        Assert.NotEmpty(clashes);
        Assert.All(clashes, e => Assert.Equal("asserted", e.Modality));
    }

    [Fact]
    public void A_strike_denied_reports_told_of_with_an_that_clause_stays_denied()
    {
        var strike = Assert.Single(Candidates("نفت السلطات السورية التقارير التي أشارت إلى أن الغارة الاسرائيلية استهدفت شاحنات قرب الحدود اللبنانية.", "REMOTE"));
        Assert.Equal("negated", strike.Modality);
    }

    [Fact]
    public void An_attack_a_monitor_refers_to_as_a_rocket_attack_happened()
    {
        var attacks = Candidates("وقال إنه لا يمكنه نفي التقارير وأشار للهجوم على أنه هجوم صاروخي على مدينة حلب.", "REMOTE");
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal("asserted", e.Modality));
    }
}
