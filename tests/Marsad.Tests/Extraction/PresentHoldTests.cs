using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A capture verb told in the present («لا يزالون يسيطرون», «قوات … تسيطر على المعبر») states who holds a place,
/// not that it was taken: no CAPTURE, whatever the keep model scores (a hard gate, so the default pipeline is
/// asked). The same verb in the past is a capture.
/// </summary>
public class PresentHoldTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static List<EventRecord> Extract(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Theory]
    [InlineData("ولا يزال المسلحون يسيطرون على بعض أحياء بلدة عرسال، وتعتقد الحكومة أن آلاف المدنيين يقيمون فيها.")]
    [InlineData("وقال المسؤول إن الاشتباكات اندلعت أمس إثر هجوم مسلحين على قوات تابعة للجيش السوري تسيطر على معبر اليعربية.")]
    public void A_capture_verb_in_the_present_is_a_hold_not_a_capture(string body)
    {
        Assert.DoesNotContain(Extract(body), e => e.Type == "CAPTURE");
    }

    [Theory]
    [InlineData("وتسلل مسلحون إلى بلدة عرسال أمس قبل أن يستعيد الجيش اللبناني المواقع في بلدة عرسال.")]
    [InlineData("وقصفت المعارضة أمس تلة قرب بلدة عرسال بالمدفعية لتسيطر على بلدة عرسال بعد ساعتين من بدء المعركة.")]
    public void A_capture_verb_after_an_or_the_lam_of_result_is_the_deed_told(string body)
    {
        Assert.Contains(Extract(body), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void The_same_verb_in_the_past_is_a_capture()
    {
        Assert.Contains(Extract("وسيطر المسلحون أمس على بلدة عرسال بعد اشتباكات مع الجيش."), e => e.Type == "CAPTURE");
    }
}
