using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>The context the actor1 choice's "nobody named" option reads (ActorChoice.Nobody.cs, s15-nobody).</summary>
public class ActorNobodyTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2015, 5, 1));

    private static float Feature(ActorOptionRow row, string name) => row.Features[ActorChoice.Names.ToList().IndexOf(name)];

    private static ActorOptionRow Nobody(CandidateLog log, string type) => log.ActorRows.First(r => r.Type == type && r.ActorId is null);

    [Fact]
    public void The_nobody_features_are_read_by_the_actor1_choice()
    {
        var names = ActorChoice.Names.ToList();
        foreach (var name in new[] { "clause_free_parties", "sentence_free_parties", "clause_free_armed", "paragraph_armed", "nearest_free_party_log", "unnamed_armed_sentence", "other_trigger_argument" })
        {
            Assert.InRange(names.IndexOf(name), 0, ActorChoice.Actor1Count - 1);
        }
    }

    [Fact]
    public void Unnamed_gunmen_who_attack_are_a_free_armed_party_of_the_clause_for_the_nobody_option()
    {
        var log = Log("هاجم مسلحون مجهولون حاجزا للشرطة في مدينة الموصل.");

        var none = Nobody(log, "ASSAULT");
        Assert.Equal(1, Feature(none, "clause_free_armed"));
        Assert.Equal(1, Feature(none, "unnamed_armed_sentence"));
        Assert.True(Feature(none, "nearest_free_party_log") >= 0);
    }

    [Fact]
    public void A_roundup_of_clashes_names_no_party_for_the_nobody_option()
    {
        var log = Log("وتواصلت الاشتباكات العنيفة في الغوطة الشرقية بريف دمشق.");

        var none = Nobody(log, "ASSAULT");
        Assert.Equal(0, Feature(none, "clause_free_parties"));
        Assert.Equal(0, Feature(none, "sentence_free_parties"));
        Assert.Equal(-1, Feature(none, "nearest_free_party_log"));
    }

    [Fact]
    public void The_subject_of_another_deed_in_the_sentence_is_marked_as_that_deeds_argument()
    {
        var log = Log("قصفت قوات النظام مدينة درعا بينما هاجم الجيش الحر حاجزا في مدينة حمص.");

        var rebels = log.ActorRows.First(r => r.Type == "REMOTE" && r.ActorId == "SYR-REBELS");
        var army = log.ActorRows.First(r => r.Type == "REMOTE" && r.ActorId == "SYR-MIL");
        Assert.Equal(1, Feature(rebels, "other_trigger_argument"));
        Assert.Equal(0, Feature(army, "other_trigger_argument"));
    }
}
