using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of accusing joined by «و» to an earlier verb of its sentence, with its object right after it, has
/// that verb's subject for its speaker; one right after a relative pronoun has the pronoun's antecedent for
/// subject, or is passive (docs/events.md, s25-speaker).
/// </summary>
public class ContinuedSpeakerTests
{
    [Fact]
    public void A_joined_accusation_with_one_party_before_its_charge_is_spoken_by_the_first_verbs_subject()
    {
        var events = Of("ودان وزير الخارجية الإيراني قرار الحكومة البريطانية تسليح المسلحين، واتهم واشنطن بالتحريض على العنف في سوريا.");
        Assert.Contains(events, e => e.Type == "ACCUSE");
        Assert.All(events.Where(e => e.Type == "ACCUSE"), e => Assert.Equal("IRN", e.Actor1?.Id));
    }

    [Fact]
    public void A_joined_accusation_with_an_object_pronoun_is_spoken_by_the_first_verbs_subject()
    {
        var events = Of("وندد وزير الخارجية الروسي أمس بالمعارضين المتطرفين في سوريا واتهمهم بعرقلة أي حوار مع الحكومة.");
        Assert.Contains(events, e => e.Type == "ACCUSE");
        Assert.All(events.Where(e => e.Type == "ACCUSE"), e => Assert.Equal("RUS", e.Actor1?.Id));
    }

    [Fact]
    public void A_joined_accusation_with_two_parties_before_its_charge_keeps_its_own_subject()
    {
        var events = Of("وقال وزير الخارجية الإيراني إن المسلحين قصفوا المدينة، واتهمت تركيا السعودية بتمويل المسلحين.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE" && e.Evidence.Text.Contains("واتهمت", StringComparison.Ordinal));
        Assert.Equal("TUR", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_passive_accusation_after_a_relative_pronoun_makes_its_antecedent_the_accused_not_the_accuser()
    {
        // The keep gate drops a relative clause's accusation as background: the candidate shows what the roles read.
        var accuse = Assert.Single(Candidates("واندلعت مواجهات عنيفة بين المتمردين الأكراد والجيش التركي الذي اتهم بعدم حماية السكان المدنيين في بلدة سروج."));
        Assert.Null(accuse.Actor1);
        Assert.Equal("TUR", accuse.Actor2?.Id);
    }

    [Fact]
    public void An_accusation_after_a_relative_pronoun_is_spoken_by_its_antecedent_and_blames_the_party_after_it()
    {
        var accuse = Assert.Single(Candidates("وأثار القرار غضب موسكو التي اتهمت واشنطن بتصعيد النزاع في سوريا."));
        AssertActors(accuse, "RUS", "USA");
    }

    [Fact]
    public void A_condemnation_after_a_relative_pronoun_takes_its_deed_behind_ba_and_keeps_its_antecedent_as_the_condemner()
    {
        var accuse = Assert.Single(Candidates("وأثارت الغارات غضب طهران التي نددت بالقصف الإسرائيلي على مطار دمشق."));
        Assert.Equal("IRN", accuse.Actor1?.Id);
    }

    /// <summary>The ACCUSE candidates as the roles leave them, kept or not.</summary>
    private static List<EventRecord> Candidates(string body) => Events.Candidates(body, "ACCUSE");
}
