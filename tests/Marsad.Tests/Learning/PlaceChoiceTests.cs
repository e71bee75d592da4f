using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class PlaceChoiceTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2016, 2, 18));

    private static float Feature(PlaceOptionRow row, string name) => row.Features[PlaceChoice.Names.ToList().IndexOf(name)];

    [Fact]
    public void Every_place_feature_has_a_name_and_the_names_are_unique()
    {
        Assert.Equal(PlaceChoice.Count, PlaceChoice.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_places_of_the_sentence_before_and_the_articles_focus_are_options_for_a_candidate_the_rules_could_not_place()
    {
        var log = Log("وصلت تعزيزات عسكرية إلى مدينة حمص. واستمرت الاشتباكات طوال الليل.");
        var clash = log.PlaceRows.Where(r => r.Type == "ASSAULT").ToList();

        var rules = Assert.Single(clash, r => Feature(r, "rules_choice") == 1);
        Assert.Equal(1, Feature(rules, "focus"));
        Assert.Contains(clash, r => r.Location.Name.EndsWith("حمص", StringComparison.Ordinal) && Feature(r, "previous_sentence") == 1);
    }

    [Fact]
    public void A_place_the_rules_read_in_the_triggers_clause_is_not_put_to_the_choice()
    {
        var log = Log("قصفت الطائرات الحربية بلدة تلبيسة أمس.");

        Assert.DoesNotContain(log.PlaceRows, r => r.Type == "REMOTE");
    }

    [Fact]
    public void A_place_before_the_trigger_with_nothing_between_but_its_clause_is_not_put_to_the_choice()
    {
        var log = Log("وفي مدينة حمص انفجرت سيارة مفخخة قرب سوق شعبي.");

        Assert.Empty(log.PlaceRows);
    }

    [Fact]
    public void A_place_that_names_where_the_speaker_is_goes_to_the_choice_marked_as_behind_a_reporting_word()
    {
        var log = Log("وقال مصدر طبي في مدينة الرمادي إن مسلحين هاجموا نقطة تفتيش للجيش.");

        var speaker = Assert.Single(log.PlaceRows, r => r.Location.Name.EndsWith("الرمادي", StringComparison.Ordinal) && Feature(r, "rules_choice") == 1);
        Assert.Equal(1, Feature(speaker, "speaker_place"));
        Assert.Equal(0, Feature(speaker, "say_between"));
    }

    [Fact]
    public void A_place_located_for_the_reader_in_parentheses_goes_to_the_choice_marked_as_such()
    {
        var log = Log("وفي بعقوبة (60 كلم شمال بغداد) انفجرت عبوة ناسفة بدورية للشرطة.");

        var framed = Assert.Single(log.PlaceRows, r => r.Location.Name.EndsWith("بعقوبة", StringComparison.Ordinal) && Feature(r, "rules_choice") == 1);
        Assert.Equal(1, Feature(framed, "parenthesis_after"));
        Assert.Equal(0, Feature(framed, "say_between"));
        Assert.Equal(0, Feature(framed, "speaker_place"));
    }

    [Fact]
    public void A_candidate_with_no_place_of_its_own_is_placed_at_the_focus_and_the_keep_model_sees_it()
    {
        var log = Log("قصفت الطائرات الحربية مدينة حلب أمس. وقال مصدر إن الاشتباكات استمرت طوال الليل.");
        var clash = Assert.Single(log.Rows, r => r.Type == "ASSAULT");

        Assert.Equal(1, clash.Features[EventFeatures.Names.ToList().IndexOf("placesource_focus")]);
        Assert.Equal("SY", clash.Record.Location!.Country);
        Assert.NotEqual("point", clash.Record.Location.Precision);
    }
}
