using Marsad.Tests.Learning;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s40b-borrowed (issue 10): a place that belongs to another deed is not the deed's. The strikes a bombing
/// answers («ردا على الغارات … في شمال العراق») are a deed of their own with their own place, and a deed its
/// sentence tells at an unnamed place («في قرية أخرى», «في 13 محافظة») takes no place of the sentence before.
/// </summary>
public class BorrowedPlaceTests
{
    [Fact]
    public void Strikes_a_car_bomb_answers_are_their_own_deed_not_the_bombs_words()
    {
        var events = Of("تبنى المتمردون الاكراد أمس هجوما بسيارة مفخخة ردا على الغارات الجوية التركية على قواعدهم في شمال العراق.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.StartsWith("الغارات", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Evidence.Text.Contains("مفخخة", StringComparison.Ordinal) && e.Location?.Name == "شمال العراق");
    }

    [Fact]
    public void A_shelling_told_at_another_village_weighs_no_place_of_the_sentence_before()
    {
        var options = PlaceOptionProbe.OptionNames("ودارت اشتباكات عنيفة في حمص أمس. ثم قصف الجيش بعد ذلك مواقع في قرية أخرى.", "قصف", markDeeds: true);
        Assert.DoesNotContain("حمص", options);
    }

    [Fact]
    public void A_shelling_told_across_a_count_of_provinces_weighs_no_place_of_the_sentence_before()
    {
        var options = PlaceOptionProbe.OptionNames("ودارت اشتباكات عنيفة في حمص أمس. ثم قصف الجيش بعد ذلك مواقع في 13 محافظة.", "قصف", markDeeds: true);
        Assert.DoesNotContain("حمص", options);
    }

    [Fact]
    public void A_shelling_that_names_no_place_still_weighs_the_place_of_the_sentence_before()
    {
        var options = PlaceOptionProbe.OptionNames("ودارت اشتباكات عنيفة في حمص أمس. ثم قصف الجيش بعد ذلك مواقع المسلحين.", "قصف", markDeeds: true);
        Assert.Contains("حمص", options);
    }

    [Fact]
    public void An_unnamed_place_past_a_word_of_contrast_belongs_to_the_other_deed()
    {
        var options = PlaceOptionProbe.OptionNames("ودارت اشتباكات عنيفة في حمص أمس. ثم قصف الجيش مواقع المسلحين بينما تستمر الاشتباكات في مناطق أخرى.", "قصف", markDeeds: true);
        Assert.Contains("حمص", options);
    }
}
