using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deeds whose sentence names no doer keep actor1 null (docs/annotation.md 6.3 and 8): a roundup line where places
/// witness shelling and clashes, a bombing told only by the adjective «انتحاري», and bombings no one claimed whose
/// sentence turns to unnamed men in the background.
/// </summary>
public class NoDoerTests
{
    [Fact]
    public void Places_that_witnessed_shelling_and_clashes_take_no_doer_from_the_sentence_before()
    {
        var events = Of("وقصفت قوات النظام الثلاثاء بلدات في ريف حماة. وشهدت قرى في محافظتي درعا وادلب قصفا واشتباكات.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-MIL");
        Assert.Contains(events, e => e.Location?.Name is "درعا" or "ادلب");
        Assert.DoesNotContain(events, e => e.Location?.Name is "درعا" or "ادلب" && e.Actor1 is not null);
    }

    [Fact]
    public void A_place_that_witnessed_clashes_between_named_sides_keeps_them()
    {
        var events = Of("وشهدت مدينة حمص اليوم اشتباكات عنيفة بين قوات النظام ومقاتلي المعارضة.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id is "SYR-MIL" or "SYR-REBELS");
    }

    [Fact]
    public void A_suicide_attack_told_by_its_adjective_names_no_doer()
    {
        var events = Of("قتل أربعة من عناصر الشرطة العراقية في هجوم انتحاري بسيارة مفخخة استهدف مقرا للشرطة في مدينة الموصل اليوم.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "UNIDENTIFIED-ARMED" or "IRQ-MIL");
    }

    [Fact]
    public void A_suicide_bomber_told_as_a_person_is_still_the_doer()
    {
        var events = Of("وفجر انتحاري حزامه الناسف اليوم في سوق شعبي بمدينة كركوك مما أسفر عن مقتل ستة أشخاص.");
        Assert.Contains(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Unclaimed_bombings_take_no_doer_from_the_unnamed_men_the_sentence_turns_to()
    {
        var events = Of("انفجرت ثلاث سيارات مفخخة في أحياء من بغداد يوم الأحد وقتل عشرون شخصا. ولم تعلن أي جهة مسؤوليتها عن التفجيرات لكن مسلحين صعدوا هجماتهم منذ أشهر على الأحياء.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is not null);
    }
}
