using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer an attack is laid to (docs/events.md, "s20b-hoststate"): «هجوم انتحاري نسب إلى تنظيم
/// داعش» names the alleged doer, not the state that tightened its security after it.
/// </summary>
public class AttributedDoerTests
{
    [Fact]
    public void A_suicide_attack_laid_to_a_group_is_that_groups_deed_not_the_struck_states()
    {
        var events = Of("وشددت الحكومة التركية الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش في مدينة سوروتش.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_bombing_laid_to_a_group_by_its_lam_is_that_groups()
    {
        var events = Of("وشددت أنقرة الإجراءات الأمنية بعد مقتل 32 شخصا في تفجير انتحاري نسب لتنظيم داعش في بلدة سوروتش.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_suicide_attack_the_government_lays_to_a_group_by_its_pronoun_is_that_groups()
    {
        var events = Of("شنت الطائرات التركية غارات على مواقع لتنظيم داعش في سوريا بعد أيام من هجوم انتحاري في بلدة سوروتش نسبته الحكومة إلى تنظيم داعش.");
        Assert.Contains(events, e => e.Evidence.Text.Contains("هجوم انتحاري", StringComparison.Ordinal) && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void An_attack_the_authorities_lay_to_a_group_in_a_relative_clause_is_that_groups()
    {
        var events = Of("وشددت أنقرة الإجراءات على حدودها بعد الهجوم الانتحاري الذي نسبته السلطات التركية إلى تنظيم داعش في بلدة سوروتش الاثنين.");
        Assert.Contains(events, e => e.Evidence.Text.Contains("الهجوم", StringComparison.Ordinal) && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_separate_incident_laid_to_a_group_before_its_deed_is_that_groups()
    {
        var events = Of("وفي حادثة منفصلة نسبت أيضا إلى حزب العمال الكردستاني، قتل جندي تركي مساء الأحد في انفجار لغم أرضي في مدينة مديات.");
        Assert.Contains(events, e => e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void A_deed_told_first_and_then_laid_to_a_group_by_a_coordinated_passive_is_that_groups()
    {
        var events = Of("وقتل جنديان تركيان صباح اليوم في هجوم بعبوة ناسفة استهدف قافلة عسكرية في محافظة هكاري، ونسب إلى حزب العمال الكردستاني.");
        Assert.Contains(events, e => e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void A_deed_two_sides_blame_each_other_for_has_no_doer()
    {
        var events = Of("وكان النظام السوري والمعارضة قد تبادلا الاتهامات بشأن إطلاق صاروخ يحمل مواد كيماوية على مدينة خان العسل بريف حلب أمس.");
        Assert.Contains(events, e => e.Evidence.Text.Contains("صاروخ", StringComparison.Ordinal) && e.Actor1 is null);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is not null);
    }

    [Fact]
    public void Two_unnamed_gunmen_in_the_dual_are_the_doer_of_their_shooting_in_turkey()
    {
        var events = Of("وفي موازاة ذلك، فتح مسلحان صباح الاثنين النار على القنصلية الأميركية في حي هادئ في ضواحي إسطنبول، وفق ما نقل التلفزيون التركي.");
        Assert.Contains(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void Two_policemen_a_killing_word_names_in_the_dual_are_its_dead_not_its_doer()
    {
        var events = Of("قتل عنصران من الشرطة التركية بالرصاص صباح أمس في مدينة أضنة جنوب البلاد.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact(Skip = "known gap since the twenty-sixth retrain: the actor1 choice, which left the teller out of its options, does not ship (s27-actorgate: it passes its gate cross-fitted, but the retrain with it gives dev 0.584 against 0.587 and the seed 0.889), and the rules' doer takes the teller (docs/events.md, the twenty-sixth merge)")]
    public void A_feminine_teller_with_a_masculine_that_tells_of_someone_elses_deed()
    {
        // «أشارت … إلى أنه»: the masculine pronoun takes back the bomber; the authorities would say «أنها».
        // The learned pipeline: the teller is left out of the choice's options (the rules read no teller).
        var events = Learned("وأشارت السلطات التركية إلى أنه فجر نفسه في حديقة المركز الثقافي في بلدة سوروتش أمس.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_feminine_teller_with_a_feminine_that_tells_of_its_own_deed()
    {
        var events = Learned("وأعلنت الحكومة التركية أنها قصفت مواقع لحزب العمال الكردستاني في شمال العراق أمس.");
        Assert.Contains(events, e => e.Actor1?.Id == "TUR");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;
}
