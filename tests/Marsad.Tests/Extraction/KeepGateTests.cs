using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Candidates the keep decision never keeps, whatever the model scores: what a purpose of
/// preventing governs («لمنع نشوب اشتباكات») did not happen, and a conviction («لإدانته بالإرهاب»)
/// is no condemnation even where the word reads as the verb «أدانته».
/// </summary>
public class KeepGateTests
{
    private const string Clash = "واندلعت اشتباكات بين الجيش ومسلحين في بلدة عرسال أمس.";
    private const string Prevented = "وعزز الجيش انتشاره في بلدة عرسال أمس لمنع نشوب أي اشتباكات مع المسلحين.";

    [Fact]
    public void A_clash_told_as_it_happened_is_an_event()
    {
        Assert.Contains(Of(Clash), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_clash_the_army_deploys_to_prevent_is_no_event()
    {
        Assert.DoesNotContain(Of(Prevented), e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_clash_the_army_deploys_to_prevent_is_no_event_with_the_shipped_models_either()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = Prevented, Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
    }

    [Theory]
    [InlineData("وقضت محكمة في فيينا أمس بالسجن خمس سنوات على شاب لإدانته بالإرهاب.")]
    [InlineData("وقضت محكمة في فيينا أمس بالسجن على شاب بعد إدانته بالتخطيط لهجمات.")]
    public void A_conviction_spelled_like_the_verb_is_judged_a_court_step(string body)
    {
        var log = new CandidateLog { Keep = EventModels.Keep };
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }, log);

        var judicial = EventFeatures.Names.ToList().IndexOf("rule_Judicial");
        var accuse = Assert.Single(log.Rows, r => r.Type == "ACCUSE");
        Assert.Equal(1f, accuse.Features[judicial]);
        Assert.False(accuse.Kept);
    }
}
