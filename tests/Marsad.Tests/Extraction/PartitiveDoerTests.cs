using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Fighters «من» a named side («مسلحون من الحزب», «عناصر من التنظيم») are that side, standing
/// where the fighters stand (docs/learning.md, "Actors, seventh step"); and a generic force in an
/// article about a country outside the Middle East takes that country's id (national_actors.tsv).
/// </summary>
public class PartitiveDoerTests
{
    [Fact]
    public void Gunmen_of_a_named_party_are_that_party_and_not_unidentified_gunmen()
    {
        var result = Extract("فتح مسلحون من حزب العمال الكردستاني النار على دورية في مدينة ماردين.");
        Assert.Contains(result.Actors, a => a.Id == "PKK" && a.Text.StartsWith("مسلحون من", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Actors, a => a.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Members_of_a_named_group_take_the_mention_from_the_members_word()
    {
        var result = Extract("قال مصدر أمني إن عناصر من تنظيم داعش نصبوا كمينا لدورية قرب مدينة الموصل.");
        Assert.Contains(result.Actors, a => a.Id == "ISIL" && a.Text.StartsWith("عناصر من", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_side_behind_a_plain_preposition_is_not_widened()
    {
        var result = Extract("انسحبت القوات من مدينة الرمادي بعد هجوم من تنظيم داعش.");
        Assert.Contains(result.Actors, a => a.Id == "ISIL" && a.Text == "تنظيم داعش");
    }

    [Fact]
    public void Fighters_of_a_named_group_before_the_verb_are_its_doer()
    {
        var e = Single("أفاد مصدر محلي بأن مقاتلين من جبهة النصرة فجروا دبابة قرب بلدة معرة النعمان.", "REMOTE");
        Assert.Equal("NUSRA", e.Actor1?.Id);
    }

    [Fact]
    public void Fighters_of_a_named_group_right_after_a_bombing_noun_are_its_doer()
    {
        var e = Single("قال المرصد إن عشرة جنود قتلوا إثر تفجير مقاتلين من جبهة النصرة سيارة مفخخة أمام حاجز في مدينة الشدادة.", "REMOTE");
        Assert.Equal("NUSRA", e.Actor1?.Id);
    }

    [Fact]
    public void Soldiers_of_a_side_after_an_abduction_noun_are_its_victims_not_its_doer()
    {
        var events = Of("تواصلت المفاوضات حول خطف عناصر من الجيش اللبناني في بلدة عرسال.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "LBN-MIL");
    }

    [Fact]
    public void A_unit_of_the_army_between_a_light_verb_and_its_arrest_noun_is_the_arrester()
    {
        var e = Single("وقال مصدر عسكري إن قوة من الجيش العراقي ألقت القبض على خمسة مطلوبين في حي الزهراء شرق الموصل.", "ARREST");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_patrol_of_the_police_takes_the_mention_from_the_unit_word()
    {
        var result = Extract("اعتقلت دورية من الشرطة العراقية ثلاثة أشخاص قرب مدينة بعقوبة.");
        Assert.Contains(result.Actors, a => a.Id == "IRQ-MIL" && a.Text.StartsWith("دورية من", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_of_people_is_a_count_and_is_not_joined_to_the_side_after_it()
    {
        var result = Extract("اعتقلت الشرطة مجموعة من الإخوان المسلمين في مدينة الإسكندرية.");
        Assert.DoesNotContain(result.Actors, a => a.Text.StartsWith("مجموعة من", StringComparison.Ordinal));
    }

    [Fact]
    public void An_armed_group_whose_relative_clause_tells_the_attack_is_its_doer_not_the_unit_that_repelled_it()
    {
        var e = Single("وقالت الصحيفة إن وحدة من الجيش السوري تصدت لمجموعة مسلحة هاجمت حاجزا على طريق دمشق القنيطرة قرب بلدة خان الشيح.", "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void A_bomber_the_army_unit_repelled_is_the_doer_of_the_storming_he_tried()
    {
        var events = Of("وقال مصدر أمني إن قوة من الجيش العراقي تصدت لانتحاري يقود سيارة مفخخة حاول اقتحام ثكنة عسكرية في منطقة العناز غرب بغداد.");
        var storming = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("UNIDENTIFIED-ARMED", storming.Actor1?.Id);
        Assert.Equal("IRQ-MIL", storming.Actor2?.Id);
    }

    [Fact]
    public void The_police_in_a_french_article_are_the_french_forces()
    {
        var result = Extract("اعتقلت الشرطة ثلاثة رجال في مدينة مرسيليا الفرنسية.");
        Assert.Contains(result.Actors, a => a.Id == "FRA-MIL");
    }
}
