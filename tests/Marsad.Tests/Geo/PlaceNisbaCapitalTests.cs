using Marsad.Output;

namespace Marsad.Tests.Geo;

public class PlaceNisbaCapitalTests
{
    private static PlaceMention Single(string body, string text) =>
        Assert.Single(PlaceStageRun.Places(body), p => p.Text == text);

    [Fact]
    public void The_algerian_capital_without_its_name_is_algiers()
    {
        var p = Single("تبدأ محكمة جنايات العاصمة الجزائرية غدا محاكمة عشرين متهما.", "العاصمة الجزائرية");
        Assert.Equal(("DZ", "الجزائر"), (p.Country, p.Name));
        Assert.InRange(p.Lat ?? 0, 36.5, 36.9);
    }

    [Fact]
    public void The_syrian_capital_behind_a_clitic_is_damascus()
    {
        var p = Single("انفجرت عبوة ناسفة قرب حاجز للجيش بالعاصمة السورية صباح اليوم.", "العاصمة السورية");
        Assert.Equal(("SY", "دمشق"), (p.Country, p.Name));
    }

    [Fact]
    public void The_capital_with_its_name_after_the_nisba_is_read_once_by_the_name()
    {
        var places = PlaceStageRun.Places("وصل الوفد إلى العاصمة الأردنية عمّان مساء أمس.");
        Assert.DoesNotContain(places, p => p.Text == "العاصمة الأردنية");
        Assert.Contains(places, p => p.Country == "JO");
    }

    [Fact]
    public void The_countryside_of_the_syrian_capital_is_not_the_capital_itself()
    {
        Assert.DoesNotContain(PlaceStageRun.Places("قصفت الطائرات بلدات في ريف العاصمة السورية أمس."), p => p.Text == "العاصمة السورية");
    }
}
