using Marsad.Lexicons;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Trigger forms that gave no candidate although the lexicon lists them (docs/learning.md, "Candidate recall").</summary>
public class TriggerRecallTests
{
    [Fact]
    public void A_suicide_bombing_is_an_event_although_the_bomber_is_also_read_as_an_actor()
    {
        var e = Single("قتل خمسة أشخاص في تفجير انتحاري في سوق مدينة بعقوبة صباح اليوم.", "REMOTE");

        Assert.Contains("تفجير", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_spelled_with_alif_lam_of_its_own_is_not_read_as_a_noun_with_the_article()
    {
        var e = Single("الشرطة العراقية ألقت القبض على ثلاثة مطلوبين في مدينة الموصل أمس.", "ARREST");

        Assert.Contains("ألقت", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trigger_noun_is_also_found_in_the_dual_the_accusative_and_the_definite_phrase()
    {
        Assert.Contains("غارتين", TriggerLexicon.Decline("غارة"));
        Assert.Contains("حصارا", TriggerLexicon.Decline("حصار"));
        Assert.Contains("عبوتين ناسفتين", TriggerLexicon.Decline("عبوة ناسفة"));
        // The tokenizer strips the first word's article; the words after it keep theirs.
        Assert.Contains("عصيان المدني", TriggerLexicon.Decline("عصيان مدني"));
        // A plural takes no dual ending.
        Assert.DoesNotContain("غاراتين", TriggerLexicon.Decline("غارات"));
    }

    [Fact]
    public void Two_raids_in_the_dual_are_an_air_strike()
    {
        var events = Of("شنت الطائرات الحربية غارتين على مدينة الرقة صباح اليوم.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("غارتين", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_fire_is_an_attack_even_with_the_gunmen_between_the_verb_and_the_fire()
    {
        var events = Of("فتح مسلحون مجهولون النار على دورية للشرطة في مدينة الرمادي مساء أمس.");

        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("فتح", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_a_road_is_no_gunfire()
    {
        var events = Of("فتح الجيش الطريق الدولي بين المدينتين بعد إغلاق دام أسبوعا.");

        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Taking_a_named_position_is_a_capture_though_no_town_is_named()
    {
        var events = Of("أعلنت فصائل المعارضة السيطرة على مطار عسكري بعد حصار طويل.");

        Assert.Contains(events, e => e.Type == "CAPTURE" && e.Evidence.Text.Contains("السيطرة", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_towns_shelled_in_one_sentence_stay_two_events_however_close_they_lie()
    {
        var remote = Of("قصفت قوات النظام مدينتي حرستا وعربين في ريف دمشق أمس.").Where(e => e.Type == "REMOTE").ToList();

        Assert.Equal(2, remote.Count);
        Assert.Equal(
            new[] { "حرستا", "عربين" }.Select(ArabicNormalizer.NormalizeKey).Order(StringComparer.Ordinal),
            remote.Select(e => ArabicNormalizer.NormalizeKey(e.Location!.Name)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_shells_in_the_nominative_dual_construct_are_a_strike()
    {
        Assert.Contains("قذيفتا", TriggerLexicon.Decline("قذيفة"));
        var events = Of("سقطت قذيفتا هاون على حي سكني في مدينة دمشق صباح اليوم.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("قذيفتا", StringComparison.Ordinal));
    }

    [Fact]
    public void A_masculine_noun_and_its_adjective_are_declined_in_the_dual_together()
    {
        Assert.Contains("برميلين متفجرين", TriggerLexicon.Decline("برميل متفجر"));
        // An adjective in the feminine or a plural is left to the feminine rule or not declined.
        Assert.DoesNotContain("هجومين بالصواريخين", TriggerLexicon.Decline("هجوم بالصواريخ"));
    }

    [Fact]
    public void Explosions_in_the_plural_are_remote_violence()
    {
        var events = Of("هزت ثلاثة انفجارات متتالية حي المالكي في مدينة دمشق مساء اليوم.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("انفجارات", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_seized_in_a_relative_clause_is_a_capture_of_the_town_before_the_pronoun()
    {
        var e = Single("داهمت القوات مدينة تدمر التي استولوا عليها يوم الأربعاء.", "CAPTURE");

        Assert.Contains("استولوا", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seizing_with_no_place_before_the_relative_pronoun_or_after_the_verb_is_no_capture()
    {
        var events = Of("قال إن المبالغ التي استولوا عليها كانت كبيرة.");

        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Sending_warships_is_a_mobilisation_though_no_armed_side_is_named()
    {
        var events = Of("أعلنت موسكو إرسال أربع سفن حربية إضافية إلى البحر المتوسط.");

        Assert.Contains(events, e => e.Type == "MOBILIZE" && e.Evidence.Text.Contains("إرسال", StringComparison.Ordinal));
    }

    [Fact]
    public void Sending_a_delegation_is_no_mobilisation()
    {
        var events = Of("أعلنت موسكو إرسال وفد دبلوماسي إلى جنيف للمشاركة في المحادثات.");

        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Shooting_down_aircraft_announced_past_a_comma_gives_an_event()
    {
        // The doer stands before the commas, outside the clause the armed need reads; the aircraft
        // downed meet the force need. (The rules type it REMOTE by the aircraft named; the coders
        // code ASSAULT: a known gap of TypeRules, docs/learning.md "Recall, fourteenth step".)
        var events = Of("أعلن الجيش الحر، أمس الأحد، إسقاط ثلاث طائرات حربية في محافظة إدلب.");

        Assert.Contains(events, e => e.Evidence.Text.Contains("إسقاط", StringComparison.Ordinal));
    }

    [Fact]
    public void Toppling_a_government_is_no_attack()
    {
        var events = Of("طالب المتظاهرون بإسقاط الحكومة في العاصمة.");

        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("إسقاط", StringComparison.Ordinal));
    }

    [Fact]
    public void Air_sorties_on_positions_are_an_air_strike()
    {
        var events = Of("نفذ الطيران الحربي طلعات جوية على مواقع للتنظيم قرب مدينة تكريت.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("طلعات", StringComparison.Ordinal));
    }

    [Fact]
    public void Pulling_forces_out_of_a_town_is_a_withdrawal()
    {
        var events = Of("أعلن الجيش الأمريكي سحب قواته من مدينة الرمادي أمس.");

        Assert.Contains(events, e => e.Type == "WITHDRAW" && e.Evidence.Text.Contains("سحب", StringComparison.Ordinal));
    }

    [Fact]
    public void Withdrawing_an_ambassador_is_no_withdrawal_of_forces()
    {
        var events = Of("قررت الحكومة سحب سفيرها من العاصمة دمشق أمس.");

        Assert.DoesNotContain(events, e => e.Type == "WITHDRAW");
    }

    [Fact]
    public void Throwing_stones_at_the_police_is_a_protest()
    {
        var events = Of("قام المتظاهرون بإلقاء الحجارة على قوات الأمن في ميدان التحرير بالقاهرة.");

        Assert.Contains(events, e => e.Type == "PROTEST" && e.Evidence.Text.Contains("الحجارة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_raising_its_military_aid_to_a_side_is_support()
    {
        var events = Of("زادت تركيا مساعدتها العسكرية لمقاتلي المعارضة السورية في الأشهر الماضية.");

        Assert.Contains(events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_suicide_bomber_named_alone_carries_the_bombing()
    {
        // «انتحاري» is read as an unidentified actor; as the deed's own word it still starts a trigger.
        var events = Of("وقتل ثلاثة جنود عندما اقترب مفجر انتحاري من حاجز للجيش في مدينة سامراء.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("انتحاري", StringComparison.Ordinal));
    }

    [Fact]
    public void Tents_counted_in_the_thousands_are_relief_goods_in_the_singular()
    {
        // A count of eleven or more takes the singular noun: «ألفي خيمة», not «خيام».
        var events = Of("قامت قافلة الهلال الأحمر بتوصيل ألفي خيمة و20 ألف بطانية إلى النازحين في مدينة إدلب.");

        Assert.Contains(events, e => e.Type == "AID" && e.Evidence.Text.Contains("توصيل", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_falling_back_on_the_fronts_are_a_withdrawal()
    {
        var events = Of("وتراجعت قوات النظام والميليشيات في عدد من المحاور أمس.");

        Assert.Contains(events, e => e.Type == "WITHDRAW" && e.Evidence.Text.Contains("تراجعت", StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_falling_back_is_no_withdrawal()
    {
        var events = Of("وتراجعت أسعار النفط في عدد من الأسواق أمس.");

        Assert.DoesNotContain(events, e => e.Type == "WITHDRAW");
    }
}
