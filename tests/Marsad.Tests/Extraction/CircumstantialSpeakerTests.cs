using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>An accusing participle that opens its clause («، متهماً») speaks with the subject of its sentence's governing verb; an envoy's name after «لدى» is still the envoy's.</summary>
public class CircumstantialSpeakerTests
{
    [Fact]
    public void An_accusing_participle_after_a_comma_is_spoken_by_the_subject_of_the_verb_of_saying()
    {
        var accuse = Single("وأكد السفير الإيراني لدى الأمم المتحدة أن القوات الإيرانية لا تقاتل في اليمن، متهماً السعودية بقتل المدنيين هناك.", "ACCUSE");
        AssertActors(accuse, "IRN", "SAU");
    }

    [Fact]
    public void An_accusing_participle_after_a_denial_is_asserted_and_spoken_by_the_denier()
    {
        var events = Of("ونفى وزير الخارجية التركي بشدة الاتهامات بأن بلاده تدعم الجماعات المسلحة، متهماً النظام السوري بنشر الأكاذيب.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE" && e.Evidence.Text.StartsWith("متهم", StringComparison.Ordinal));
        Assert.Equal("asserted", accuse.Modality);
        Assert.Equal("TUR", accuse.Actor1?.Id);
    }

    [Fact]
    public void An_envoy_named_after_the_body_he_is_posted_to_speaks_for_his_state_when_named_again()
    {
        var accuse = Single("وحضر الجلسة السفير السوري لدى الأمم المتحدة فيصل المقدادي. واتهم المقدادي تركيا بدعم الإرهاب في الشمال.", "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "TUR");
    }
}
