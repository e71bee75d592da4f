namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s24-place): a town behind a word of spoken statement («قال في مؤتمر صحافي عقده في
/// أنقرة») is where the speaker spoke, not where the use of force the speaker tells of happened.
/// </summary>
public class SpeechVenuePlaceTests
{
    [Theory]
    [InlineData("وقال وزير الداخلية في مؤتمر صحافي عقده في أنقرة إن انتحاريا فجر نفسه وسط الحشد.")]
    [InlineData("وقال المتحدث في كلمة ألقاها في واشنطن إن الطائرات قصفت مواقع التنظيم.")]
    public void A_deed_told_at_a_press_conference_is_not_placed_at_its_venue(string body)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(e.Location?.Name ?? "", new[] { "أنقرة", "انقرة", "واشنطن" }));
    }

    [Fact]
    public void A_gathering_struck_keeps_its_town()
    {
        var strike = Events.Single("وقصفت الطائرات مؤتمرا في مدينة حلب.", "REMOTE");
        Events.AssertPlace(strike, "حلب", "SY");
    }
}
