using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Rows of data/lexicons/actors.tsv added where the lexicon lacked a group or read it as another id
/// (docs/events.md, "s19b-lexicon"): the Kurdish rebels of Turkish news, a Free Syrian Army brigade
/// whose name ends in «تحرير الشام», and Central Security read as the forces of the article's country.
/// </summary>
public class ActorRowsTests
{
    [Fact]
    public void Kurdish_militants_who_attacked_a_police_station_in_turkey_are_the_pkk()
    {
        var e = Single("قالت مصادر أمنية إن مسلحين أكراد هاجموا مركزا للشرطة في مدينة ديار بكر بجنوب شرق تركيا أمس.", "ASSAULT");
        Assert.Equal("PKK", e.Actor1?.Id);
        Assert.Equal("مسلحين أكراد", e.Actor1?.Text);
    }

    [Fact]
    public void Kurdish_rebels_written_without_the_hamza_are_the_pkk()
    {
        var result = Extract("فجر المتمردون الاكراد عبوة ناسفة لدى مرور قافلة عسكرية في ولاية هكاري التركية.");
        Assert.Contains(result.Actors, a => a.Id == "PKK" && a.Text == "المتمردون الاكراد");
        Assert.DoesNotContain(result.Actors, a => a.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_free_army_brigade_named_for_liberating_the_levant_is_not_nusra()
    {
        var result = Extract("شن مقاتلو لواء تحرير الشام هجوما على حاجز لقوات النظام في ريف دمشق.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-REBELS" && a.Text == "لواء تحرير الشام");
        Assert.DoesNotContain(result.Actors, a => a.Id == "NUSRA");
    }

    [Fact]
    public void Hay_at_tahrir_al_sham_stays_nusra()
    {
        var result = Extract("سيطرت هيئة تحرير الشام على بلدة في ريف إدلب السوري.");
        Assert.Contains(result.Actors, a => a.Id == "NUSRA");
    }

    [Fact]
    public void Central_security_in_cairo_is_the_egyptian_forces()
    {
        var result = Extract("فرقت قوات الأمن المركزى المتظاهرين بالغاز أمام قصر الاتحادية في القاهرة.");
        Assert.Contains(result.Actors, a => a.Id == "EGY-MIL" && a.Text == "قوات الأمن المركزى");
    }

    [Fact]
    public void Central_security_in_sanaa_is_the_yemeni_forces()
    {
        var result = Extract("اقتحمت قوات الأمن المركزي ساحة التغيير في صنعاء واعتقلت عشرات المحتجين في العاصمة اليمنية صنعاء.");
        Assert.Contains(result.Actors, a => a.Id == "YEM-GOV" && a.Text == "قوات الأمن المركزي");
    }

    [Fact]
    public void The_revolutionary_forces_of_an_egyptian_article_are_the_egyptian_opposition()
    {
        var result = Extract("حملت القوى الثورية وزارة الداخلية مسؤولية قتل المتظاهرين أمام قسم شرطة في مدينة بورسعيد المصرية.");
        Assert.Contains(result.Actors, a => a.Id == "EGY-OPP" && a.Text == "القوى الثورية");
    }

    [Fact]
    public void The_revolutionary_forces_of_a_syrian_article_are_the_syrian_opposition()
    {
        var result = Extract("دعت القوى الثورية في مدينة حمص السورية إلى إضراب عام احتجاجا على قصف أحياء حمص.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-OPP" && a.Text == "القوى الثورية");
    }

    [Fact]
    public void The_revolutionary_forces_of_a_country_with_no_opposition_id_are_not_guessed()
    {
        var result = Extract("دعت القوى الثورية في مدينة تعز اليمنية إلى إضراب عام في تعز.");
        Assert.DoesNotContain(result.Actors, a => a.Text == "القوى الثورية");
    }

    // s21b-actorrow: one warplane and jets named by make are the `air` class, as the plurals were.
    [Fact]
    public void One_warplane_over_aleppo_is_the_syrian_forces()
    {
        var result = Extract("قصفت طائرة حربية حي الشعار في مدينة حلب السورية أمس، ما أدى إلى مقتل خمسة مدنيين.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-MIL" && a.Text == "طائرة حربية");
    }

    [Fact]
    public void A_mig_named_by_its_make_over_homs_is_the_syrian_forces()
    {
        var result = Extract("أغارت طائرة ميغ على حي بابا عمرو في مدينة حمص السورية وقتلت عشرة أشخاص.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-MIL" && a.Text == "طائرة ميغ");
    }

    [Fact]
    public void One_warplane_with_a_turkish_nisba_is_turkey_s()
    {
        var result = Extract("قصفت طائرة حربية تركية مواقع لمسلحين في شمال العراق قرب مدينة دهوك العراقية.");
        Assert.Contains(result.Actors, a => a.Id == "TUR" && a.Text.StartsWith("طائرة حربية", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Actors, a => a.Id == "IRQ-MIL");
    }

    // s21b-actorrow: an unnamed Shia militia is the country's pro-government militia (national_actors.tsv militia).
    [Fact]
    public void An_armed_shia_group_in_syria_is_the_pro_government_militia()
    {
        var e = Single("خطفت جماعة شيعية مسلحة عشرين شخصا في ريف حمص السورية يوم الأحد.", "ATTACK_CIVILIANS");
        Assert.Equal("SYR-MIL-ALLIES", e.Actor1?.Id);
        Assert.Equal("جماعة شيعية مسلحة", e.Actor1?.Text);
    }

    [Fact]
    public void The_shia_militias_of_an_iraqi_article_are_not_the_syrian_militia()
    {
        var result = Extract("اتهم شيوخ عشائر الميليشيات الشيعية بقتل مدنيين في مدينة بعقوبة العراقية.");
        Assert.Contains(result.Actors, a => a.Text == "الميليشيات الشيعية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL-ALLIES");
    }

    // s21b-actorrow: what follows «إسقاط» is what is brought down (a plane, a regime), never who brought it down.
    [Fact]
    public void The_warplane_the_rebels_shot_down_is_the_target_not_the_doer()
    {
        var events = Of("تمكن مقاتلو المعارضة من إسقاط طائرة حربية فوق مدينة حلب السورية.");
        var downing = Assert.Single(events, e => e.Evidence.Text.Contains("إسقاط", StringComparison.Ordinal));
        Assert.NotEqual("SYR-MIL", downing.Actor1?.Id);
        Assert.Equal("SYR-MIL", downing.Actor2?.Id);
    }
}
