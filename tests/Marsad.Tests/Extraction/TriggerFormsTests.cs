using Marsad.Lexicons;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Trigger forms and gates of s17-recall (docs/events.md, "Seventeenth step, s17-recall"): protest wording, hostage-taking, object pronouns, definite name heads.</summary>
public class TriggerFormsTests
{
    [Fact]
    public void A_verb_right_after_the_army_with_the_article_is_its_predicate_not_part_of_a_name()
    {
        var e = Single("قال ناشطون إن الجيش يقصف أحياء مدينة حمص منذ الصباح.", "REMOTE");

        Assert.Contains("يقصف", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Protesters_going_out_into_the_streets_is_a_protest()
    {
        var e = Single("خرج متظاهرون إلى شوارع مدينة درعا مطالبين بالإفراج عن المعتقلين.", "PROTEST");

        Assert.Equal("PROTESTERS", e.Actor1?.Id);
    }

    [Fact]
    public void Protesters_coming_down_to_a_square_is_a_protest()
    {
        Single("نزل المتظاهرون إلى ساحة الشهداء في مدينة بيروت.", "PROTEST");
    }

    [Fact]
    public void The_going_out_of_hundreds_of_protesters_names_them_as_the_doers_of_a_protest()
    {
        var e = Single("شهدت مدينة اللاذقية خروج مئات المتظاهرين للمطالبة بمحاسبة الفاعل.", "PROTEST");

        Assert.Equal("PROTESTERS", e.Actor1?.Id);
    }

    [Fact]
    public void A_crowd_gathering_before_a_building_is_a_protest()
    {
        Single("تجمهر العشرات أمام مبنى المحافظة في مدينة بورسعيد.", "PROTEST");
    }

    [Fact]
    public void Residents_going_out_to_shop_is_no_protest()
    {
        Assert.DoesNotContain(Of("خرج الأهالي لشراء حاجياتهم من أسواق مدينة حمص."), e => e.Type == "PROTEST");
    }

    [Fact]
    public void Holding_people_as_hostages_is_hostage_taking_not_an_arrest()
    {
        var events = Of("احتجزت المجموعة مئات الأشخاص كرهائن في منشأة للغاز قرب مدينة عين أميناس في الجزائر.");

        Assert.DoesNotContain(events, e => e.Type == "ARREST");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Police_holding_suspects_is_still_an_arrest()
    {
        Single("احتجزت الشرطة ثلاثة مشتبه بهم في مدينة الموصل.", "ARREST");
    }

    [Fact]
    public void A_plural_verb_with_an_object_pronoun_is_still_its_trigger()
    {
        var e = Single("قال شهود إن مسلحين اختطفوه من منزله في حي الأعظمية في بغداد.", "ATTACK_CIVILIANS");

        Assert.Contains("اختطفوه", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plural_before_an_object_pronoun_is_generated_except_for_a_defective_verb()
    {
        Assert.Contains("هاجمو", TriggerLexicon.Conjugate("هاجم", "يهاجم").Select(f => f.Form));
        // «ألقوه» would fold to «القوه», the spelling of «القوة» (force).
        Assert.DoesNotContain("القو", TriggerLexicon.Conjugate("القى", "يلقي").Select(f => f.Form));
    }

    [Fact]
    public void Security_men_beating_a_man_is_violence_against_civilians()
    {
        var events = Of("قال شهود إن رجال الأمن اعتدوا عليه بالضرب أمام مبنى المحافظة في مدينة المنصورة.");

        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Evidence.Text.Contains("اعتدوا", StringComparison.Ordinal));
    }

    [Fact]
    public void Soldiers_raining_blows_on_a_woman_is_violence_against_civilians()
    {
        var e = Single("انهال عليها الجنود بالضرب في ميدان التحرير بالقاهرة.", "ATTACK_CIVILIANS");

        Assert.Contains("انهال", e.Evidence.Text, StringComparison.Ordinal);
    }
}
