using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A quarter the gazetteer holds, told before the trigger with its own city, is where the deed happened; the city only frames it.</summary>
public class QuarterOfTownTests
{
    [Fact]
    public void A_quarter_told_with_its_city_behind_bi_is_the_place_of_the_clashes_after_them()
    {
        var e = Single("يشهد حي جوبر بدمشق منذ صباح اليوم اشتباكات عنيفة بين الجيش والمسلحين.", "ASSAULT");
        AssertPlace(e, "حي جوبر", "SY");
    }

    [Fact]
    public void A_quarter_told_with_its_city_behind_fi_is_the_place_of_the_clashes_after_them()
    {
        var e = Single("حي القابون في دمشق شهد مساء أمس مواجهات عنيفة بين القوات النظامية والمسلحين.", "ASSAULT");
        AssertPlace(e, "القابون", "SY");
    }

    [Fact]
    public void A_district_of_baghdad_told_with_its_city_is_the_place_of_the_blast_after_them()
    {
        var e = Single("في مدينة الصدر ببغداد، انفجرت سيارة مفخخة صباح اليوم.", "REMOTE");
        AssertPlace(e, "مدينة الصدر", "IQ");
    }
}
