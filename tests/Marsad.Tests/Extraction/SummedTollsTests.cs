using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s41-tolls): one event's toll is all the dead the text gives it. A toll divided among listed places that the
/// merger reads as one place is whole again, and deeds of one type at one place told with «كما» add their dead
/// (docs/annotation.md 4.8 and its Fatalities notes: one event per type, doer, place and day, with the summed toll).
/// </summary>
public class SummedTollsTests
{
    private static List<Output.EventRecord> Of(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;

    [Fact]
    public void Shells_on_two_quarters_of_one_city_are_one_event_with_the_whole_toll()
    {
        var events = Of("دمشق - قتل ستة مدنيين وأصيب عشرون آخرون اليوم الأحد جراء سقوط قذائف هاون أطلقتها الفصائل المسلحة على حيي القابون وجوبر في دمشق، بحسب وكالة الأنباء الرسمية.");

        var shelling = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(6, shelling.Fatalities);
    }

    [Fact]
    public void A_second_blast_at_the_same_place_told_with_kama_adds_its_dead()
    {
        var events = Of("بغداد - هزت انفجارات متفرقة العاصمة العراقية صباح اليوم.\nوفي مدينة الصدر شرقي بغداد، قتل أربعة أشخاص في انفجار عبوة ناسفة قرب سوق شعبي، كما قتل شخصان بانفجار عبوة لاصقة وضعت تحت سيارة مدنية.");

        var blasts = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "مدينة الصدر");
        Assert.Equal(6, blasts.Fatalities);
    }

    [Fact]
    public void A_blast_told_again_with_the_article_keeps_its_own_toll()
    {
        var events = Of("بغداد - هزت انفجارات متفرقة العاصمة العراقية صباح اليوم.\nوفي مدينة الصدر شرقي بغداد، قتل أربعة أشخاص في انفجار عبوة ناسفة قرب سوق شعبي.\nوقال مصدر في الشرطة إن الانفجار الذي وقع في مدينة الصدر أسفر عن مقتل أربعة أشخاص وإصابة عشرة.");

        var blast = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "مدينة الصدر");
        Assert.Equal(4, blast.Fatalities);
    }
}
