using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Geo;

/// <summary>
/// A place named with the governorate that contains it («بلدة صيدا بريف درعا») is the namesake in
/// that governorate, not a bigger one abroad; a road between two towns is not placed in the country
/// one of its ends is also the name of (s13-placechoice, issue 10). A governorate named by its own
/// word later in the clause frames the names before it, and a village named beside a small town of
/// its clause is the namesake near that town (s16-placerecall).
/// </summary>
public class PlaceContainmentTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_village_named_with_the_countryside_of_its_governorate_is_the_village_there_not_the_city_abroad()
    {
        var saida = Assert.Single(Places("سيطر مقاتلو المعارضة على حاجز في بلدة صيدا بريف درعا."), p => p.Name == "صيدا");
        Assert.Equal(("SY", "دِرعا"), (saida.Country, saida.Admin1));
    }

    [Fact]
    public void A_village_followed_by_in_the_governorate_is_the_village_of_that_governorate()
    {
        var saida = Assert.Single(Places("سيطر مقاتلو المعارضة على اللواء 38 الذي يقع في بلدة صيدا في محافظة درعا."), p => p.Name == "صيدا");
        Assert.Equal("SY", saida.Country);
    }

    [Fact]
    public void A_village_whose_governorate_is_named_after_a_road_later_in_the_clause_is_the_village_of_that_governorate()
    {
        var saida = Assert.Single(Places("سيطر مقاتلون على مقر اللواء 38 الواقع بالقرب من بلدة صيدا على طريق دمشق-عمان في محافظة درعا بعد اشتباكات."), p => p.Name == "صيدا");
        Assert.Equal(("SY", "دِرعا"), (saida.Country, saida.Admin1));
    }

    [Fact]
    public void A_governorate_of_the_next_clause_does_not_frame_the_village_before_the_comma()
    {
        var saida = Assert.Single(Places("وصل وفد إلى مدينة صيدا على الساحل، ثم زار مخيما في محافظة درعا."), p => p.Name == "صيدا");
        Assert.Equal("LB", saida.Country);
    }

    [Fact]
    public void A_village_named_beside_a_small_town_of_its_clause_is_the_namesake_near_that_town()
    {
        var places = Places("قصفت قوات النظام بلدات بقين ومضايا والزبداني في ريف دمشق. وخطف مسلحون قائدا أثناء عودته من اجتماع في مدينة اعزاز في ريف حلب الشمالي إلى مقره في قرية المالكية القريبة.");
        var malikiya = Assert.Single(places, p => p.Text.EndsWith("المالكية", StringComparison.Ordinal));
        Assert.Equal("حلب", malikiya.Admin1);
    }

    [Fact]
    public void A_town_of_another_clause_of_the_sentence_does_not_pull_a_village_toward_it()
    {
        var places = Places("قصفت قوات النظام بلدات بقين ومضايا والزبداني في ريف دمشق. واشتبك مسلحون في مدينة اعزاز، كما قصفت الطائرات قرية المالكية.");
        var malikiya = Assert.Single(places, p => p.Text.EndsWith("المالكية", StringComparison.Ordinal));
        Assert.Equal("ريف دمشق", malikiya.Admin1);
    }

    [Fact]
    public void The_city_named_alone_keeps_its_own_country()
    {
        var saida = Assert.Single(Places("وصل وفد حكومي إلى مدينة صيدا جنوب لبنان."), p => p.Name == "صيدا");
        Assert.Equal("LB", saida.Country);
    }

    [Fact]
    public void A_road_between_two_capitals_is_in_the_country_of_the_town_not_the_country_named_like_its_end()
    {
        var result = Extract("قطع مسلحون طريق دمشق عمان الدولي قرب بلدة خربة غزالة.");
        Assert.Equal("SY", Assert.Single(result.Events, e => e.Type == "BLOCKADE").Location!.Country);
    }

    // Known gap: the names inside a road's name are hidden only when the toponym tagger reads the
    // whole «طريق دمشق عمان الدولي» as one site; the thirteenth merge's retrained tagger does not,
    // and «عمان» is written out as a place in Oman (docs/places.md, the thirteenth merge).
    [Fact(Skip = "known gap: a road's inner names are hidden only when the tagger reads the road as a site")]
    public void The_names_inside_a_road_name_are_no_places_of_their_own()
    {
        var result = Extract("قطع مسلحون طريق دمشق عمان الدولي قرب بلدة خربة غزالة.");
        Assert.DoesNotContain(result.Places, p => p.Country == "OM");
    }
}
