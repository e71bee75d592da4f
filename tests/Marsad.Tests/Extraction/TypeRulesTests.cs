using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>The type follows who does what to whom (SPEC §2, docs/annotation.md 6.1 and the Types log), not the trigger word alone.</summary>
public class TypeRulesTests
{
    [Fact]
    public void Gunmen_firing_on_a_civil_servant_is_violence_against_civilians()
    {
        var events = Of("أطلق مسلحون مجهولون النار على موظف حكومي في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Gunmen_attacking_a_checkpoint_stays_an_assault()
    {
        var events = Of("هاجم مسلحون مجهولون حاجزا للجيش في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Gunmen_assassinating_a_policeman_at_home_is_an_assault_on_the_force()
    {
        var events = Of("اغتال مسلحون مجهولون شرطيا داخل منزله في مدينة بعقوبة.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Gunmen_assassinating_a_teacher_stays_violence_against_civilians()
    {
        var events = Of("اغتال مسلحون مجهولون معلما داخل منزله في مدينة بعقوبة.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_militia_detaining_people_is_an_abduction_not_an_arrest()
    {
        var events = Of("اعتقل تنظيم داعش عشرات الشبان في مدينة الرقة.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void The_police_detaining_suspects_stays_an_arrest()
    {
        var events = Of("اعتقلت الشرطة العراقية ثلاثة مطلوبين في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ARREST");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Protesters_storming_a_building_is_their_protest()
    {
        var events = Of("اقتحم المتظاهرون مبنى المحافظة في مدينة طنطا.");
        Assert.Contains(events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Warplanes_launching_an_attack_is_remote_violence()
    {
        var events = Of("شنت طائرات حربية هجوما على مواقع المسلحين في مدينة الرقة.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_made_with_mortar_shells_is_remote_violence()
    {
        var events = Of("هاجم المسلحون حاجزا للجيش بقذائف الهاون في مدينة درعا.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Protesters_coming_under_fire_stay_the_victims()
    {
        var events = Of("أطلقت قوات الأمن النار على المتظاهرين في مدينة طنطا.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Aircraft_told_before_a_contrast_word_do_not_make_the_attack_after_it_remote()
    {
        var events = Of("قالت مصادر ميدانية إن المسلحين تنقلوا ليلا في مجموعات صغيرة تفاديا للطيران الحربي، غير أن الهجوم على بلدة مورك أظهر قدرة التنظيم على الحشد.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("الهجوم", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("وقال إن ثلاثة انتحاريين قتلوا في كمين لقوات الجيش قرب بلدة الكرمة.")]
    [InlineData("وأشار المصدر إلى أنه تمت تصفية تسعة عناصر من التنظيم بينهم أربعة انتحاريين في كمين لقوات الرد السريع بعد محاولتهم التسلل إلى منطقة البوفراج شمال الرمادي.")]
    public void Suicide_bombers_killed_in_an_ambush_leave_it_an_assault(string body)
    {
        var events = Of(body);
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void An_ambush_laid_with_a_roadside_bomb_stays_remote_violence()
    {
        var events = Of("قتل ثلاثة جنود في كمين بعبوة ناسفة قرب مدينة الرمادي.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_ambush_that_targeted_a_patrol_is_one_assault()
    {
        var events = Of("نصبت المقاومة الشعبية كمينا مسلحا استهدف دورية للحوثيين قرب مدينة رداع.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Protesters_joining_their_colleagues_is_their_protest_not_support()
    {
        var events = Of("انضم المتظاهرون المحاصرون لمبنى مديرية الأمن إلى زملائهم في مدينة طنطا.");
        Assert.DoesNotContain(events, e => e.Type == "SUPPORT");
    }
}
