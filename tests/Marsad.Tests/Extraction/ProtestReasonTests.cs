using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «احتجاجا على» after a political step (suspending, refusing, resigning) says why the step was taken: nobody demonstrated.
/// After a demonstration or a road blocked, the same reason qualifies a protest, which stays.
/// </summary>
public class ProtestReasonTests
{
    private static readonly DateOnly February = new(2013, 2, 23);

    [Theory]
    [InlineData("وأعلن المجلس المعارض أمس تعليق مشاركته في الاجتماع المقرر في جنيف احتجاجا على صمت العالم.")]
    [InlineData("وقالت الهيئة إنها رفضت دعوة لزيارة باريس احتجاجا على موقف الحكومة الفرنسية.")]
    [InlineData("وقدم وزير النقل في بغداد استقالته أمس احتجاجا على اعتقال نواب من كتلته.")]
    public void The_reason_of_a_political_step_is_no_protest(string body)
    {
        Assert.DoesNotContain(Of(body, February), e => e.Type == "PROTEST");
    }

    [Theory]
    [InlineData("وتظاهر مئات الطلاب أمس في مدينة الموصل احتجاجا على رفض الحكومة مطالبهم.")]
    [InlineData("وقطع أهالي البلدة الطريق الرئيسي في طرابلس أمس احتجاجا على مقتل شاب.")]
    public void A_demonstration_or_a_road_blocked_in_protest_stays(string body)
    {
        Assert.Contains(Of(body, February), e => e.Type == "PROTEST");
    }
}
