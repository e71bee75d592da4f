namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s41-otherrole): a place that qualifies a source told before its verb of saying
/// («مراسل الإذاعة في واشنطن يقول إن …») is where the source is, not where the deed it tells happened;
/// the verb first («قال مصدر في الرمادي إن …») keeps the source's town, most often the deed's.
/// </summary>
public class SpeakerSitePlaceTests
{
    [Theory]
    [InlineData("وكان مراسل الإذاعة في واشنطن يقول إن الغارة الإسرائيلية لم تثر أي قلق.")]
    [InlineData("وكان مسؤولون في باريس قد قالوا إن طائرات حربية قصفت مواقع للتنظيم.")]
    public void A_deed_a_source_tells_is_not_placed_where_the_source_is(string body)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(e.Location?.Name ?? "", new[] { "واشنطن", "باريس" }));
    }

    [Fact]
    public void A_source_named_after_its_verb_keeps_its_town()
    {
        var attack = Events.Single("وقال مصدر أمني في الرمادي إن مسلحين هاجموا نقطة تفتيش للجيش.", "ASSAULT");
        Events.AssertPlace(attack, "الرمادي", "IQ");
    }

    [Fact]
    public void A_capital_that_confirms_a_raid_through_a_relative_clause_is_not_its_place()
    {
        var events = Events.Of("وجاء التأكيد من واشنطن التي قالت إن طائرات حربية سورية قصفت مواقع داخل الأراضي اللبنانية.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("واشنطن", e.Location?.Name));
    }

    [Fact]
    public void A_country_behind_in_before_a_relative_clause_stays_a_place()
    {
        var shelling = Events.Single("واستمر القصف على مدينة في سوريا التي تعتبر ساحة للقتال.", "REMOTE");
        Assert.Equal("SY", shelling.Location?.Country);
    }
}
