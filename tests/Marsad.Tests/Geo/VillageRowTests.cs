using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s43b-village): a junction or hill the sources lack is read at its curated row of
/// data/geo/features.tsv, not left for the country or the governorate: the Sijo junction by
/// A'zaz and the Tal al-Ahmar hills of Quneitra (the sources hold «التل الاحمر» only in Egypt).
/// </summary>
public class VillageRowTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("أوقف مسلحون حافلة عند مفرق سجو قرب اعزاز في ريف حلب الشمالي.", "ft:junction-sijo")]
    [InlineData("قال المرصد السوري إن الطرفين تبادلا القصف في منطقة التل الاحمر بريف القنيطرة في جنوب سوريا.", "ft:hill-tal-ahmar-quneitra")]
    public void A_junction_or_hill_the_sources_lack_is_its_curated_row(string sentence, string id)
    {
        Assert.Contains(Places(sentence), p => p.GazetteerId == id);
    }

    [Fact]
    public void The_tal_al_ahmar_of_a_syrian_clash_is_no_egyptian_village()
    {
        Assert.DoesNotContain(Places("قال المرصد السوري إن الطرفين تبادلا القصف في منطقة التل الاحمر بريف القنيطرة في جنوب سوريا."), p => p.Country == "EG");
    }
}
