using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The type of a deed, session 38 (issue 9, s38-types): the gunman adjective of «هجوم مسلح» names the attack's kind, not an
/// armed victim, so civilians killed in it make it violence against civilians; the killing told after a firing verb behind
/// the «ف» of consequence («فقتلوا خمسة مدنيين») names whom the shots were aimed at; a noun of massing that is a protest verb's
/// subject («وتظاهرت حشود») is the protest's crowd, no mobilisation; rioters named before the relative pronoun of a storming
/// («مثيري الشغب الذين اقتحموا») are its protesters.
/// </summary>
public class EventTypeThirtyEighthTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_taxi_driver_killed_in_an_armed_attack_is_violence_against_civilians()
    {
        var events = Of("وشهدت محافظة نينوى اليوم مقتل سائق سيارة أجرة في هجوم مسلح في مدينة الموصل.", new DateOnly(2013, 2, 25));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "هجوم"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_policeman_killed_in_an_armed_attack_stays_a_clash()
    {
        var events = Of("وشهدت محافظة نينوى اليوم مقتل شرطي في هجوم مسلح في مدينة الموصل.", new DateOnly(2013, 2, 25));
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Gunmen_who_fire_on_a_car_and_so_kill_civilians_attack_civilians()
    {
        var events = Of("وقال المرصد السوري إن مسلحين مجهولين أطلقوا النار على سيارة في مدينة حلب، فقتلوا أربعة مدنيين بينهم طفلان.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Gunmen_who_fire_on_a_checkpoint_and_so_kill_soldiers_stay_a_clash()
    {
        var events = Of("وقال ناشطون إن مسلحين أطلقوا النار على حاجز للجيش في حلب، فقتلوا ثلاثة جنود.", new DateOnly(2013, 2, 1));
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Crowds_that_demonstrate_are_a_protest_and_no_mobilisation()
    {
        var events = Of("وتظاهرت حشود كبيرة في مدينة الرمادي بعد صلاة الجمعة للمطالبة بإطلاق سراح المعتقلين.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Rioters_who_stormed_a_hotel_are_protesters_not_gunmen()
    {
        var events = Of("وألقت الشرطة القبض على عشرة من مثيري الشغب الملثمين الذين اقتحموا فندقا بوسط القاهرة لسرقة محتوياته.", new DateOnly(2013, 1, 29));
        Assert.Contains(events, e => e.Type == "PROTEST" && e.Actor1?.Id == "PROTESTERS" && On(e, "اقتحموا"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
