using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class ChoiceOptionsTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2015, 5, 1));

    [Fact]
    public void A_violent_candidate_offers_each_neighbouring_type_once_and_marks_the_rules_type()
    {
        var log = Log("هاجم مسلحون مجهولون حاجزا للشرطة في مدينة العريش.");
        var options = log.TypeRows.Where(r => r.Group == 0).ToList();
        Assert.Equal(TypeChoice.Options, options.Select(o => o.Option));
        var rulesSlot = EventFeatures.Count + TypeChoice.Options.Length;
        var marked = Assert.Single(options, o => o.Features[rulesSlot] == 1);
        Assert.Equal(options[0].RulesType, marked.Option);
    }

    [Fact]
    public void The_option_its_clause_speaks_for_is_marked_cued()
    {
        // A car carrying civilian employees as the target: the civilians' option is the cued one.
        var log = Log("هاجم مسلحون مجهولون سيارة تقل موظفين في مدينة الموصل.");
        var options = log.TypeRows.Where(r => r.Group == 0).ToList();
        var cued = TypeChoice.Names.ToList().IndexOf("option_cued");
        Assert.Equal(["ATTACK_CIVILIANS"], options.Where(o => o.Features[cued] == 1).Select(o => o.Option));
    }

    [Fact]
    public void A_statement_offers_no_type_options()
    {
        var log = Log("أدان وزير الخارجية الأردني تصريحات المسؤول الإسرائيلي.");
        Assert.Contains(log.Rows, r => r.Type == "ACCUSE");
        Assert.Empty(log.TypeRows);
    }

    [Fact]
    public void The_doer_named_in_the_next_sentence_of_a_lead_is_an_actor1_option()
    {
        var log = Log("مظاهرات في مدينة البصرة.\nوطالب المتظاهرون بتحسين الخدمات.");
        Assert.Contains(log.ActorRows, r => r.ActorId == "PROTESTERS");
    }

    [Fact]
    public void Type_option_names_follow_the_candidate_features()
    {
        Assert.Equal(TypeChoice.Names.Count, TypeChoice.Count);
        Assert.Equal("option_ASSAULT", TypeChoice.Names[EventFeatures.Count]);
        Assert.Equal("option_is_rules", TypeChoice.Names[EventFeatures.Count + TypeChoice.Options.Length]);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(400, false)]
    public void An_actor_far_before_the_trigger_in_text_without_punctuation_is_no_option(int words, bool offered)
    {
        var body = "قال الجيش اللبناني " + string.Join(' ', Enumerable.Repeat("الكلام", words)) + " وقصف مسلحون مدينة حمص";
        var log = Log(body);
        Assert.Contains(log.Rows, r => r.Type == "REMOTE");
        Assert.Equal(offered, log.ActorRows.Any(r => r.ActorId == "LBN-MIL"));
    }
}
