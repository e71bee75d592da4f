using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «هدد» threatens a side with something behind «ب» («هدد الجيش الحر بقصف», «هددت الوزارة نظيرتها … بقصف»); with nothing
/// so joined in its sentence, «يهدد» endangers («التصعيد يهدد عملية السلام»): no party's threat (SPEC §2, THREATEN).
/// </summary>
public class EndangerNotThreatenTests
{
    [Theory]
    [InlineData("ويرى حزب العمال الكردستاني أن التصعيد الأخير يهدد عملية السلام في تركيا.")]
    [InlineData("وقال الجيش الحر إن الحصار يهدد حياة آلاف المدنيين في مدينة حمص.")]
    [InlineData("وقال مسؤول عراقي اليوم إن الخلاف يهدد وحدة البلاد بعد الانتخابات الأخيرة.")]
    [InlineData("ورأى محللون أن التوتر يهدد الهدنة بين الحكومة والفصائل في الجنوب.")]
    [InlineData("قال مسؤول سوري اليوم إن الخلاف يهدد عملية السلام بعد الانتخابات.")]
    public void What_endangers_is_no_threat(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "THREATEN");
    }

    [Theory]
    [InlineData("قال مسؤول سوري اليوم إن الخلاف يهدد عملية السلام بعد الانتخابات.")]
    [InlineData("ورأى محللون أن التوتر يهدد الهدنة بين الحكومة والفصائل في الجنوب.")]
    public void A_word_whose_own_first_letter_is_ba_makes_no_threat_even_among_the_candidates(string body)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }, log);
        Assert.DoesNotContain(log.Rows, r => r.Type == "THREATEN");
    }

    [Fact]
    public void A_threat_with_its_deed_far_after_the_verb_is_a_threat()
    {
        const string body = "وهددت وزارة الخارجية السورية، أمس، نظيرتها اللبنانية في رسالة أرسلتها لها، بقصف تجمعات المسلحين في لبنان.";
        Assert.Contains(Of(body), e => e.Type == "THREATEN");
    }
}
