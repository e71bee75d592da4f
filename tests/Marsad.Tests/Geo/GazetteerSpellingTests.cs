using Marsad.Geo;
using Xunit;

namespace Marsad.Tests.Geo;

public class GazetteerSpellingTests
{
    [Fact]
    public void A_Persian_lettered_foreign_town_is_spelled_in_the_letters_Arabic_news_uses()
    {
        Assert.Equal(["بوزانتي"], GazetteerBuilder.ArabicLetterings("پوزانتی"));
        Assert.Equal(["ناغازاكي", "ناجازاكي"], GazetteerBuilder.ArabicLetterings("ناگازاکی"));
        Assert.Equal(["تشانغدي", "تشانجدي"], GazetteerBuilder.ArabicLetterings("چانگدی"));
    }

    [Fact]
    public void A_name_in_Arabic_letters_in_Persian_vowel_spelling_or_with_Urdu_or_Kurdish_letters_gives_no_new_spelling()
    {
        Assert.Empty(GazetteerBuilder.ArabicLetterings("بورغاس"));
        Assert.Empty(GazetteerBuilder.ArabicLetterings("هاربین"));
        Assert.Empty(GazetteerBuilder.ArabicLetterings("ادے پور"));
        Assert.Empty(GazetteerBuilder.ArabicLetterings("مەخمور"));
        Assert.Empty(GazetteerBuilder.ArabicLetterings("برکن\u200cهد"));
    }

    [Fact]
    public void A_labelled_village_name_also_gives_its_bare_name_and_a_town_name_does_not()
    {
        Assert.Equal(["كرمليس", "الخالدية"], GazetteerBuilder.BareVillageNames(["قريه كرمليس", "ناحية الخالدية", "مدينة نصر", "قرية ام"]));
    }

    [Fact]
    public void The_compiled_gazetteer_finds_a_village_WOF_labels_and_a_town_GeoNames_spells_in_Persian_letters()
    {
        var g = Gazetteer.Default;
        Assert.Contains(g.Find("كرمليس"), r => g[r].Country == "IQ");
        Assert.Contains(g.Find("بوزانتي"), r => g[r].Country == "TR");
    }
}
