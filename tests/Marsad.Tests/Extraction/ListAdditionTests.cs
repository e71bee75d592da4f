using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A phrase of addition («إضافة إلى», «فضلا عن») joins one more place to a list struck by one deed (SPEC §6: one event per place).</summary>
public class ListAdditionTests
{
    [Fact]
    public void A_town_added_by_idafa_ila_after_a_list_of_struck_towns_is_struck_too()
    {
        var places = Of("شن الطيران الحربي غارات على بلدتي مسكنة ودير حافر، إضافة إلى بلدة خان العسل في ريف حلب.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("مسكنة", places);
        Assert.Contains("خان العسل", places);
    }

    [Fact]
    public void A_town_added_by_fadlan_an_is_one_more_place_of_the_shelling()
    {
        var places = Of("قصفت قوات النظام بلدة دير حافر فضلا عن بلدة مسكنة بريف حلب.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("دير حافر", places);
        Assert.Contains("مسكنة", places);
    }

    [Fact]
    public void A_place_after_other_words_than_a_phrase_of_addition_is_no_member()
    {
        var places = Of("قصفت قوات النظام بلدة دير حافر قبل أن تنسحب نحو بلدة مسكنة بريف حلب.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.DoesNotContain("مسكنة", places);
    }
}
