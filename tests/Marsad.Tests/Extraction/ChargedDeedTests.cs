using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed named as a charge («بعد إدانته بانضمامه», «بتهمة تفجير») is what a court or a prosecution holds against
/// someone, no happening of the news, and a conviction proven («بثبوت إدانة») is no condemnation: hard gates, so
/// the default pipeline is asked (the keep model keeps the charged deeds at 0.5). A deed told beside the arrest,
/// and one condemned with «ل», stay.
/// </summary>
public class ChargedDeedTests
{
    private static readonly DateOnly Published = new(2015, 9, 10);

    private static List<EventRecord> Extract(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Joining_a_group_named_as_a_conviction_is_no_support()
    {
        Assert.DoesNotContain(Extract("أصدرت المحكمة الجزائية في جدة أمس حكما بالسجن تسع سنوات بحق مواطن بعد إدانته بانضمامه لتنظيم داعش في سوريا."), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_shelling_an_accusing_participle_lays_on_a_party_is_no_charge()
    {
        // Unvowelled «متهمة» is also «مُتَّهِمةً» (accusing): the party after it is blamed, not a defendant.
        var events = Extract("نفت دمشق أمس ذلك، متهمةً المعارضة بقصف حي الوعر في مدينة حمص.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bombing_named_as_the_charge_of_an_arrest_is_no_bombing()
    {
        var events = Extract("اعتقلت الشرطة أمس في بغداد رجلا بتهمة تفجير سيارة مفخخة في حي الكرادة.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
        Assert.Contains(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void A_conviction_proven_is_no_accusation_and_its_charge_no_deed()
    {
        var events = Extract("أصدرت المحكمة الجزائية في جدة أمس حكما يقضي بثبوت إدانة مواطن بالانضمام إلى جبهة النصرة.");
        Assert.DoesNotContain(events, e => e.Type is "ACCUSE" or "SUPPORT");
    }

    [Theory]
    [InlineData("فجر انتحاري أمس سيارة مفخخة في حي الكرادة ببغداد، واعتقلت الشرطة رجلا متهما بالتخطيط للهجوم.")]
    [InlineData("أعربت الحكومة العراقية أمس عن إدانتها للتفجير الذي استهدف مسجدا في مدينة أبها.")]
    public void A_bombing_told_as_news_or_condemned_stays(string body)
    {
        Assert.Contains(Extract(body), e => e.Type == "REMOTE" && e.Modality == "asserted");
    }
}
