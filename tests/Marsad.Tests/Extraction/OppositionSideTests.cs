using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The bare «المعارضة» of an article about Syria is its armed opposition, the doer of what it shells or takes, and not
/// when it is an adjective or the activists who speak for it (issue 9; Y12 and X31 of the hand reads of session 39).
/// </summary>
public class OppositionSideTests
{
    [Fact]
    public void Shelling_from_the_opposition_is_the_rebels_shelling()
    {
        var events = Of("وفي ريف درعا، تعرض مطار الثعلة العسكري لقصف عنيف من قبل المعارضة براجمات الصواريخ صباح اليوم.");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-REBELS", strike.Actor1?.Id);
    }

    [Fact]
    public void The_opposition_that_announces_its_control_of_an_airbase_took_it()
    {
        var events = Of("وفي ريف حلب، أعلنت المعارضة سيطرتها على مطار الجراح العسكري بعد معارك مع القوات النظامية.");
        var capture = Assert.Single(events, e => e.Type == "CAPTURE");
        Assert.Equal("SYR-REBELS", capture.Actor1?.Id);
    }

    [Fact]
    public void An_outlet_described_as_opposing_is_no_party_to_the_shelling_it_reports()
    {
        var events = Of("وقالت شبكة شام الإخبارية \"المعارضة\" إن قوات النظام قصفت مدينة درعا بالصواريخ اليوم.");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", strike.Actor1?.Id);
        Assert.NotEqual("SYR-REBELS", strike.Actor2?.Id);
    }
}
