using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A bare «التنظيم» repeats the noun of a group's name («تنظيم داعش»): it refers back to the last group
/// so called, not to the last armed words of any kind («الفصائل», «مسلحون») (docs/events.md, s19b-anaphor).
/// </summary>
public class GroupReferenceTests
{
    [Fact]
    public void The_organisation_is_the_last_group_named_organisation_not_the_factions_named_after_it()
    {
        var result = Extract("اندلعت اشتباكات بين عناصر داعش والفصائل الإسلامية في ريف حلب الشمالي، وقال المرصد إن عشرة من عناصر التنظيم قتلوا.");
        var reference = Assert.Single(result.Actors, a => a.Text.EndsWith("التنظيم", StringComparison.Ordinal));
        Assert.Equal("ISIL", reference.Id);
    }

    [Fact]
    public void A_group_the_text_itself_calls_an_organisation_is_what_the_organisation_refers_to()
    {
        var result = Extract("قاتلت القوات الكردية تنظيم داعش في الحسكة، واعتقلت الشرطة التركية أعضاء في تنظيم «حزب العمال الكردستاني» في ماردين، وقال مسؤول إن التنظيم يخطط لهجمات.");
        var reference = Assert.Single(result.Actors, a => a.Text == "التنظيم");
        Assert.Equal("PKK", reference.Id);
    }

    [Fact]
    public void With_no_group_called_an_organisation_before_it_the_organisation_is_the_last_armed_group()
    {
        var result = Extract("قصف حزب الله مواقع في بلدة القصير، وقال مصدر إن التنظيم نقل مقاتلين إلى المنطقة.");
        var reference = Assert.Single(result.Actors, a => a.Text == "التنظيم");
        Assert.Equal("LBN-HEZ", reference.Id);
    }

    [Fact]
    public void A_front_the_news_also_call_an_organisation_is_what_the_organisation_refers_to_when_named_last()
    {
        var result = Extract("هاجم تنظيم داعش مواقع في ريف حلب، ثم اشتبكت جبهة النصرة مع قوات النظام، وقال مصدر إن التنظيم خسر عشرة مقاتلين.");
        var reference = Assert.Single(result.Actors, a => a.Text == "التنظيم");
        Assert.Equal("NUSRA", reference.Id);
    }
}
