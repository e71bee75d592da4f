using Marsad.Geo;

namespace Marsad.Tests.Geo;

public class ProvinceNearTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    private static GazetteerEntry Town(string name, string country) =>
        G.Find(name).Select(r => G[r]).First(e => e.Country == country && e.Admin1.Length > 0);

    [Fact]
    public void A_point_among_the_towns_east_of_Damascus_takes_their_province()
    {
        // Two kilometres east of «جرمانا», among the towns of the Damascus countryside.
        var jaramana = Town("جرمانا", "SY");
        var province = G.ProvinceNear("SY", jaramana.Lat, jaramana.Lon + 0.02);
        Assert.Equal(jaramana.Admin1, province);
    }

    [Fact]
    public void A_point_with_no_town_of_the_country_near_it_has_no_province()
    {
        // The open sea west of Latakia.
        Assert.Null(G.ProvinceNear("SY", 35.5, 34.9));
    }

    [Fact]
    public void Towns_of_another_country_do_not_vote()
    {
        var jaramana = Town("جرمانا", "SY");
        Assert.Null(G.ProvinceNear("IQ", jaramana.Lat, jaramana.Lon));
    }
}
