using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer taken from another country than the deed's (docs/events.md s40b-foreign): a generic word of forces in the
/// clause a speaker of a nationality tells is that state's, not the forces of the country the article's places name most.
/// </summary>
public class ForeignDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Air_raids_a_turkish_office_announces_are_turkey_s_in_an_article_about_iraq()
    {
        var events = RulesOnly("شهدت مدينة الموصل ومدينة كركوك وبلدة سنجار في العراق اشتباكات أمس. وأعلنت الحكومة التركية أن الطيران الحربي شن غارات على مواقع حزب العمال الكردستاني في شمال العراق يوم الخميس.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "TUR");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void Warplanes_a_monitor_reports_from_its_seat_abroad_stay_the_article_s_country_s()
    {
        var events = RulesOnly("قال المرصد السوري لحقوق الإنسان ومقره لندن إن طائرات حكومية شنت غارات على بلدة دوما في ريف دمشق يوم السبت.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_bare_coalition_after_the_international_coalition_was_named_is_that_coalition()
    {
        var events = RulesOnly("نفذت قوات التحالف الدولي عشر غارات جوية على مواقع تنظيم داعش في العراق أمس. وقال البيان إن أربع غارات قرب الرمادي قصفت مواقع تكتيكية وناقلة جنود مدرعة تابعة للتنظيم. وأضاف البيان أن التحالف شن أيضا خمس غارات جوية في سوريا تركزت قرب مدينة الحسكة.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Location?.Country == "SY" && x.Actor1?.Id == "USA-COALITION");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Location?.Country == "SY" && x.Actor1?.Id != "USA-COALITION");
    }
}
