using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s29-placesite): the dateline says where the writer files from; a deed of force the
/// body tells is placed where the body says, not at the dateline, unless its sentence names the
/// writer's city again.
/// </summary>
public class DatelinePlaceTests
{
    private static List<Output.EventRecord> Of(string body, string dateline) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Dateline = dateline, Published = Events.Published }).Events;

    [Fact]
    public void An_air_strike_a_beirut_report_condemns_is_not_placed_in_beirut()
    {
        var strikes = Of("بيروت (رويترز) - أدان الرئيس اللبناني أمس ضربة جوية سورية على الجانب اللبناني من الحدود.", "بيروت")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(strikes);
        Assert.DoesNotContain(strikes, e => e.Location?.Name == "بيروت");
    }

    [Fact]
    public void Clashes_told_there_from_an_amman_dateline_are_not_placed_in_amman()
    {
        var events = Of("عمان (رويترز) - قال وزير الإعلام إن المملكة أغلقت المعبر الحدودي الرئيسي مع سوريا أمس بسبب اشتباكات مستمرة هناك بين مقاتلي المعارضة والقوات الحكومية.", "عمان");

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Name is "عمان" or "عمّان");
    }

    [Fact]
    public void A_deed_whose_sentence_names_the_dateline_city_again_stays_there()
    {
        var blasts = Of("بغداد (ا ف ب) - قتل عشرة أشخاص على الأقل أمس في انفجار سيارات مفخخة وعبوة ناسفة وعمليتي إطلاق نار في مناطق متفرقة في بغداد.", "بغداد")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(blasts);
        Assert.All(blasts, e => Assert.Equal("بغداد", e.Location?.Name));
    }
}
