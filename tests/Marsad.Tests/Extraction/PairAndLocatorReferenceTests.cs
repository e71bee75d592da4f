using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s39-finer3): a back-reference takes the place it refers to. The definite dual of a town noun
/// («القريتين», «البلدتين») after a dual that named two places is those two places, not the town al-Qaryatayn
/// (place_pair_refs.tsv, PlaceStage.RefersBackToPair, PlaceLinker.Pair); «هذه المنطقة» after «بلدة X جنوب مدينة Y»
/// is X, not Y, which only locates it (ArticleIndex.LocatesPlaceBefore). Rules only.
/// </summary>
public sealed class PairAndLocatorReferenceTests
{
    [Fact]
    public void A_capture_of_the_two_villages_named_before_is_at_both_villages_not_at_the_town_of_that_name()
    {
        var events = Of("دارت معارك بين قوات النظام والمعارضة في قريتي تل أعور والفريكة في ريف إدلب، وانتهت بسيطرة قوات النظام على القريتين.");
        var captures = events.Where(x => x.Type == "CAPTURE").Select(x => x.Location?.Name).ToList();
        Assert.DoesNotContain("القريتين", captures);
        Assert.Contains("تل أعور", captures);
        Assert.Contains("فريكة", captures);
    }

    [Fact]
    public void The_town_of_al_qaryatayn_named_with_its_town_word_stays_the_town()
    {
        var events = Of("سيطر تنظيم داعش على مدينة القريتين في ريف حمص بعد معارك مع قوات النظام. وخطف التنظيم عشرات المدنيين من القريتين.");
        Assert.Contains(events, x => x.Location?.Name == "القريتين");
    }

    [Fact]
    public void Shells_on_the_two_towns_named_before_fall_on_both_towns()
    {
        var events = Of("تخوض الفصائل معارك مع قوات النظام قرب بلدتي الفوعة وكفريا في ريف إدلب. وقصفت قوات النظام البلدتين بعشرات القذائف اليوم.");
        var places = events.Where(x => x.Type == "REMOTE").Select(x => x.Location?.Name).ToList();
        Assert.Equal(2, places.Count);
    }

    [Fact]
    public void This_area_after_a_town_located_by_a_compass_word_is_the_town_not_the_city_that_locates_it()
    {
        var events = Of("اشتبكت القوات النظامية مع مسلحين معارضين في بلدة تلعرن جنوب شرق مدينة حلب. ويهاجم المسلحون ارتال القوات النظامية لدى وصولها الى هذه المنطقة.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT" && x.Evidence.Text.Contains("يهاجم", StringComparison.Ordinal));
        Assert.Equal("تلعرن", e.Location?.Name);
    }

    [Fact]
    public void The_area_after_the_quarter_fighters_came_from_is_the_quarter_told_before_it()
    {
        var events = Of("في مدينة حلب، تعرض حي الاشرفية لقصف عنيف. وحاول مسلحو المعارضة التسلل الى الحي قادمين من حي بني زيد المجاور. وقال شاهد ان عناصر الجيش انتشروا في المنطقة.");
        var e = Assert.Single(events, x => x.Type == "MOBILIZE");
        Assert.Equal("حي الاشرفية", e.Location?.Name);
    }
}
