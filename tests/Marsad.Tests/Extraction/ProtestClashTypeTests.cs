using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// annotation.md 6.1: force used on a protest is violence against civilians only when dead or wounded are stated; a clash
/// between the police and protesters, or tear gas fired on them, with nobody said hurt, is the protesters' PROTEST
/// (s23-types). A suicide attack named in quotation marks after «جراء» is the strike that did the killing.
/// </summary>
public class ProtestClashTypeTests
{
    [Fact]
    public void A_clash_between_the_security_forces_and_protesters_with_nobody_hurt_is_the_protesters_protest()
    {
        var events = Of("وما زالت الاشتباكات دائرة بين قوات الأمن والمتظاهرين أمام مبنى محافظة الجيزة مساء أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
        var protest = Assert.Single(events, e => e.Type == "PROTEST");
        Assert.Equal("PROTESTERS", protest.Actor1?.Id);
    }

    [Fact]
    public void Tear_gas_fired_on_protesters_with_nobody_hurt_is_no_violence_against_civilians()
    {
        var events = Of("وتظاهر مئات الطلاب أمام مبنى محافظة الجيزة مساء أمس، وأطلقت قوات الأمن القنابل المسيلة للدموع على المتظاهرين.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.Contains(events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Tear_gas_on_protesters_stays_dispersal_when_the_dead_of_the_sentence_are_another_bombing_s()
    {
        var events = Of("وتظاهر مئات الطلاب أمام مبنى محافظة الجيزة مساء أمس، وأطلقت قوات الأمن القنابل المسيلة للدموع على المتظاهرين، بينما قتل ثلاثة جنود في انفجار عبوة ناسفة في سيناء.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.Contains(events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Protesters_killed_in_a_clash_with_the_police_keep_the_force_s_violence_against_civilians()
    {
        var events = Of("وقتل متظاهران وأصيب عشرون آخرون في الاشتباكات بين قوات الأمن والمتظاهرين أمام مبنى محافظة الجيزة مساء أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_killing_by_a_suicide_attack_named_in_quotation_marks_is_the_strike_not_a_clash()
    {
        var events = Of("وفجر انتحاري نفسه داخل مسجد الرحمن في دمشق أمس. وقال التلفزيون الرسمي إن الشيخ قتل في المسجد جراء \"هجوم انتحاري ارهابي\".");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }
    [Fact]
    public void Warning_shots_to_disperse_protesters_named_in_the_clause_before_are_part_of_their_protest()
    {
        var events = Of("وحاصر المتظاهرون مبنى مديرية الأمن في مدينة طنطا ورشقوه بالحجارة مساء أمس، وهو ما قابلته القوات بإطلاق الطلقات التحذيرية لتفريقهم.");
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_clash_naming_no_side_in_a_sentence_of_protesters_is_their_protest()
    {
        var events = Of("ألقى المتظاهرون الحجارة على مدرعات الشرطة أمام فندق سميراميس في القاهرة مساء أمس، خلال الاشتباكات الدائرة في محيط الفندق.");
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
        Assert.Contains(events, e => e.Type == "PROTEST" && e.Actor1?.Id == "PROTESTERS");
    }

    [Fact]
    public void An_evacuation_of_residents_before_their_homes_are_pulled_down_is_no_aid()
    {
        var events = Of("قامت قوات النظام السوري بهدم منازل في حي برزة بدمشق أمس، وذلك بعد إجلاء السكان.");
        Assert.DoesNotContain(events, e => e.Type == "AID");
    }

    [Fact]
    public void An_evacuation_of_residents_after_shelling_stays_aid()
    {
        var events = Of("قامت منظمة الهلال الأحمر بإجلاء السكان من حي برزة بدمشق أمس بعد تهدم منازلهم جراء القصف.");
        Assert.Contains(events, e => e.Type == "AID");
    }
}
