using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s38b-site2): sites the news name that the sources lack. Al-Tha'la air base west of al-Suwayda and al-Anad
/// air base in Lahij are curated rows (data/geo/features.tsv); «كفرناز» is the news spelling of Karnaz in Hama
/// (data/geo/place_variants.tsv). Without them a deed at the site fell to the city or the province around it.
/// </summary>
public class AirbaseSiteRowTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void The_thaala_military_airport_is_the_air_base_west_of_suwayda()
    {
        Assert.Contains(Places("قصفت فصائل المعارضة مواقع للجيش في مطار الثعلة العسكري غرب السويداء."),
            p => p.GazetteerId == "ft:airbase-thaala" && p.Admin1 == "السويداء" && p.Precision == "point");
    }

    [Fact]
    public void The_anad_base_is_the_air_base_of_lahij()
    {
        Assert.Contains(Places("شنت طائرات التحالف غارات على قاعدة العند الجوية شمال عدن."),
            p => p.GazetteerId == "ft:airbase-anad" && p.Admin1 == "لحج" && p.Precision == "point");
    }

    [Fact]
    public void Kafrnaz_is_karnaz_of_hama()
    {
        Assert.Contains(Places("شن الطيران الحربي غارة على بلدة كفرناز في ريف حماة."),
            p => p.Name == "كرناز" && p.Admin1 == "حماة" && p.Precision == "point");
    }
}
