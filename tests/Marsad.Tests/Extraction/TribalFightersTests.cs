using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «أبناء العشائر» and their fighters and volunteers are the tribal fighters of the article's country (IRQ-TRIBES in Iraq,
/// SYR-TRIBES in Syria; national_actors.tsv tribes), and a party behind «بمشاركة» or «بمساندة», or tribes closing a list
/// after a state's forces, help the forces named before them, which are the doer (docs/events.md "s39b-doers").
/// </summary>
public class TribalFightersTests
{
    [Fact]
    public void Sons_of_the_tribes_in_an_iraqi_article_are_the_iraqi_tribal_fighters()
    {
        var result = Extract("انتفض أبناء العشائر في قضاء هيت بمحافظة الأنبار ضد تنظيم داعش وقتلوا خمسة من عناصره أمس.");
        Assert.Contains(result.Actors, a => a.Text == "أبناء العشائر" && a.Id == "IRQ-TRIBES");
        Assert.Contains(result.Events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "IRQ-TRIBES");
    }

    [Fact]
    public void Tribal_fighters_in_a_syrian_article_are_the_syrian_tribes()
    {
        var result = Extract("هاجم مقاتلو العشائر مواقع تنظيم داعش في ريف دير الزور الشرقي وقتلوا عشرة من عناصره.");
        Assert.Contains(result.Actors, a => a.Text == "مقاتلو العشائر" && a.Id == "SYR-TRIBES");
    }

    [Fact]
    public void Volunteers_taking_part_beside_the_security_forces_leave_the_forces_the_doer()
    {
        var result = Extract("وفرضت القوات الأمنية بمشاركة متطوعي العشائر سيطرتها على منطقة الصكرة غربي قضاء حديثة بمحافظة الأنبار أمس.");
        var capture = Assert.Single(result.Events, e => e.Type == "CAPTURE");
        Assert.Equal("IRQ-MIL", capture.Actor1?.Id);
    }

    [Fact]
    public void Tribal_volunteers_named_last_after_the_army_and_police_leave_the_forces_the_doer()
    {
        var result = Extract("وقال مسؤول إن القوات الأمنية من الجيش والشرطة ومتطوعي العشائر نفذوا عملية عسكرية أمس استهدفت معاقل تنظيم داعش شمال قضاء حديثة بمحافظة الأنبار.");
        Assert.Contains(result.Events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(result.Events, e => e.Actor1?.Id == "IRQ-TRIBES");
    }

    private static ExtractionResult Extract(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 8, 5) });
}
