using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// SUPPORT wordings that name no act of support (s23-support): the kind of a site or programme
/// («مركز تدريب»), the outcome a state of things helped towards («الأمر الذي ساعد», «سيساعد على خلق»),
/// support asked for or banned («مطالبين بتسليح», «الحظر على تسليح»), and a supply of goods that are
/// no arms («لتزويدها بالوقود»); and the acts of support beside them that stay.
/// </summary>
public class SupportWordingTests
{
    // The gates exist because the keep model keeps these wordings; the hand rules drop most of them already
    // (no receiver, no place of their own), so a test of a gate asks the default pipeline (review23 should-fix 9).
    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Theory]
    [InlineData("واستهدف انتحاري أمس مركز تدريب لتنظيم داعش في مدينة الموصل.")]
    [InlineData("وقال مسؤولون إن تنظيم داعش يستخدم المنطقة كمخيمات تدريب قرب مدينة الموصل.")]
    [InlineData("وبحث الرئيس مع السفيرة الأمريكية في بيروت أمس وبرنامج المساعدات العسكرية الأمريكية للجيش اللبناني.")]
    public void A_training_centre_is_a_site_not_support(string body)
    {
        Assert.DoesNotContain(Learned(body), e => e.Type == "SUPPORT");
    }

    [Theory]
    [InlineData("وانسحبت القوات من الجسر الشرقي لمدينة المكلا، الأمر الذي ساعد عناصر تنظيم داعش على التنقل داخل المدينة.")]
    [InlineData("وقال رئيس الوزراء إن طرد تنظيم داعش من مدينة جرابلس سيساعد على خلق منطقة آمنة.")]
    public void Help_towards_an_outcome_is_not_support_for_a_party(string body)
    {
        Assert.DoesNotContain(Learned(body), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Arming_with_an_adverbial_phrase_before_the_party_is_support()
    {
        const string body = "وقال مسؤولون أمس إن تركيا زودت في الأشهر الماضية الجيش السوري الحر بأسلحة ثقيلة في مدينة حلب.";
        // Only a verb of helping (role help) takes its outcome behind «على/في»; «زود», «دعم» take an object after it.
        Assert.Contains(Learned(body), e => e.Type == "SUPPORT");
    }

    [Theory]
    [InlineData("وتظاهر مئات اللاجئين أمس في مدينة المفرق مطالبين العالم بتسليح الجيش السوري الحر.")]
    [InlineData("وتعارض النمسا رفع الحظر الذي يفرضه الاتحاد الأوروبي على تسليح مقاتلي المعارضة السورية في مدينة حلب.")]
    public void Arming_asked_for_or_banned_is_not_given(string body)
    {
        Assert.DoesNotContain(Learned(body), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Supplying_fuel_and_power_is_not_arming()
    {
        Assert.DoesNotContain(Learned("ونجحت جبهة النصرة في الضغط على النظام لتزويدها بالوقود والكهرباء في مدينة حلب."), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Supplying_rebels_with_armoured_vehicles_is_support()
    {
        var e = Single("وقررت بريطانيا أمس تزويد الجيش السوري الحر بعربات مصفحة في مدينة حلب.", "SUPPORT");
        Assert.Equal("GBR", e.Actor1?.Id);
    }

    [Fact]
    public void Soldiers_who_defect_from_the_regime_are_its_forces_not_its_government()
    {
        // The hand rules keep no SUPPORT without a receiver (TypeCondition); the keep model does, so this runs the default pipeline.
        const string body = "وقال ناشطون إن نحو 700 جندي بينهم 50 ضابطا في ريف دمشق انشقوا عن نظام الرئيس السوري بشار الأسد يوم السبت.";
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;
        var e = Assert.Single(events, e => e.Type == "SUPPORT");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact(Skip = "known gap since the twenty-sixth retrain: the actor1 choice, which named the envoy's state, does not ship (s27-actorgate: it passes its gate cross-fitted, but the retrain with it gives dev 0.584 against 0.587 and the seed 0.889), and the rules leave the defector's SUPPORT without actor1 (docs/events.md, the twenty-sixth merge)")]
    public void An_envoy_who_defects_over_the_killing_of_protesters_by_soldiers_keeps_his_state()
    {
        // The soldiers after «عن» are the ones whose deed the envoy left over, not the defectors (review23 finding 12).
        const string body = "وقال ناشطون إن السفير السوري في بغداد انشق عن النظام احتجاجا على قتل الجنود للمتظاهرين يوم السبت.";
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;
        var e = Assert.Single(events, e => e.Type == "SUPPORT");
        Assert.NotNull(e.Actor1);
        Assert.NotEqual("SYR-MIL", e.Actor1.Id);
    }

    [Theory]
    [InlineData("وقال سكان إن تنظيم القاعدة أعلن ولاءه ومبايعته لتنظيم داعش في مدينة المكلا أمس.", "AQ")]
    [InlineData("وأعلنت عدة فصائل تابعة للمعارضة مبايعتها لتنظيم داعش في قرية مهين أمس.", "SYR-REBELS")]
    public void The_group_pledged_to_behind_lam_receives_the_allegiance(string body, string pledger)
    {
        var e = Single(body, "SUPPORT");
        Assert.Equal(pledger, e.Actor1?.Id);
        Assert.Equal("ISIL", e.Actor2?.Id);
    }
    [Theory]
    [InlineData("وأعلنت الحكومة الكندية تقديم مساعدات بقيمة عشرين مليون دولار إلى الحكومة اللبنانية لإيواء اللاجئين السوريين.")]
    [InlineData("وتعهد الرئيس الفرنسي بتقديم مساعدات إضافية بقيمة مئة مليون يورو لمساعدة تركيا على استيعاب اللاجئين السوريين.")]
    [InlineData("وتعهدت اليابان بتقديم مساعدات جديدة إلى الأردن لإغاثة النازحين السوريين في مخيم الزعتري.")]
    public void Aid_for_refugees_that_a_state_hosts_is_relief_not_support_to_the_state(string body)
    {
        var events = Of(body);
        Assert.Contains(events, e => e.Type == "AID");
        Assert.DoesNotContain(events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Aid_of_no_named_kind_to_an_armed_opposition_stays_support()
    {
        var events = Of("وأعلنت واشنطن تقديم خمسين مليون دولار من المساعدات إلى المعارضة السورية المسلحة في شمال سوريا.");
        Assert.Contains(events, e => e.Type == "SUPPORT");
        Assert.DoesNotContain(events, e => e.Type == "AID");
    }
    [Theory]
    [InlineData("وقال مسؤول إن الولايات المتحدة أرسلت مستشارين عسكريين إلى قاعدة عين الأسد في محافظة الأنبار.")]
    [InlineData("وذكرت مصادر أن إيران أرسلت خبراء عسكريين إلى مدينة اللاذقية الشهر الماضي.")]
    public void Military_advisers_sent_to_a_place_are_support(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "SUPPORT" && e.Evidence.Text.Contains("أرسلت", StringComparison.Ordinal));
    }

    [Fact]
    public void An_adviser_for_national_security_sent_to_talks_is_no_support()
    {
        Assert.DoesNotContain(Of("وأرسل رئيس الوزراء مستشاره للأمن القومي إلى موسكو أمس."), e => e.Type == "SUPPORT");
    }
}
