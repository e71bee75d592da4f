using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The event type from the deed's words, session 41 (issue 9, s41-types): a verb of aiming whose weapon, told in a clause of its
/// own in the sentence, is gunfire is direct violence, never a strike; a massacre told in a scene of aircraft, shelling or
/// bombs is that strike, unless the strike is told past «في الوقت الذي», another deed beside it, or the air force is only
/// the name of an intelligence service.
/// </summary>
public class EventTypeFortyFirstTests
{
    [Fact]
    public void Police_aiming_at_residents_with_sniper_rifles_told_after_a_comma_attack_civilians()
    {
        var events = Of("وقالت منظمة حقوقية إن قوات الشرطة استهدفت السكان العزل قرب مبنى المحافظة في مدينة الإسماعيلية يوم الأحد، باستخدام بنادق القنص من فوق الأسطح.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Evidence.Text.Contains("استهدفت", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Aiming_told_with_shells_in_the_same_sentence_stays_a_strike_whatever_bullets_follow()
    {
        var events = Of("وقال ناشطون إن قوات النظام استهدفت بلدة الحراك بقذائف الهاون يوم الأحد، كما سمع صوت إطلاق الرصاص في أطرافها.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("استهدفت", StringComparison.Ordinal));
    }

    [Fact]
    public void A_massacre_the_regimes_helicopters_carried_out_with_barrel_bombs_is_their_strike()
    {
        var events = Of("شهدت بلدة كفرنبل في ريف إدلب امس مجزرة جديدة راح ضحيتها 12 مدنيا بينهم أطفال، نفذتها مروحيات النظام بالبراميل المتفجرة.", new DateOnly(2015, 7, 21));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_massacre_told_while_aircraft_shelled_elsewhere_stays_an_attack_on_civilians()
    {
        var events = Of("وقالت مصادر معارضة إن قوات النظام ارتكبت مجزرة جديدة في بلدة خان شيخون امس، في الوقت الذي واصلت فيه الطائرات الحربية قصف مناطق أخرى في المحافظة.", new DateOnly(2013, 2, 5));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Evidence.Text.Contains("مجزرة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_massacre_of_men_the_air_force_intelligence_had_detained_is_no_strike()
    {
        var events = Of("عثر الأهالي على جثث 30 شابا في حي بستان القصر بمدينة حلب امس. واتهم ناشطون النظام بارتكاب المجزرة، وقالوا إن الضحايا اعتقلوا قبل أسبوع من قبل استخبارات سلاح الجو.", new DateOnly(2013, 1, 30));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }
}
