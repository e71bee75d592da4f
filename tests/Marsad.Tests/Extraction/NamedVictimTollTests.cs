using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A dead person named by his office or his name counts one (docs/annotation.md 6.5: «قتيل» or a named dead person → 1;
/// docs/events.md, "s25-fatal"), unless a numbered count of the sentence holds him or a condition or attempt makes the
/// killing unreal.
/// </summary>
public class NamedVictimTollTests
{
    private static int? Killed(string body) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body)) is [var only] ? only.Count : null;

    [Theory]
    [InlineData("أعلنت وزارة الدفاع عن مقتل خالد العمري، زعيم جماعة مسلحة، في غارة جوية قرب الحدود.")]
    [InlineData("أكدت مصادر مقتل سامي حسن الراوي، أحد قادة التنظيم، في قصف على رتل للمسلحين.")]
    [InlineData("أفاد الجيش بمقتل ماهر الحلبي، القيادي البارز في التنظيم، في غارة على سيارته.")]
    [InlineData("أكدت المعارضة مقتل زعيم جماعة مسلحة في غارة جوية قرب الحدود.")]
    [InlineData("قال مصدر في الشرطة إن مسلحين مجهولين نفذوا اغتيال والي المدينة قرب منزله.")]
    [InlineData("أكدت القيادة العامة مقتل اللواء سمير الأحمد قائد العمليات في الريف الغربي.")]
    [InlineData("وأكد المرصد مقتل \"أبو سعيد الحوراني قائد لواء المجد\" إثر استهدافه بقذيفة.")]
    public void A_victim_named_by_office_or_name_is_one_dead(string body) => Assert.Equal(1, Killed(body));

    [Fact]
    public void The_named_victim_gives_the_strike_its_toll()
    {
        var strike = Assert.Single(Events.Of("أعلنت وزارة الدفاع أمس عن مقتل خالد العمري، زعيم جماعة مسلحة، في غارة جوية قرب الحدود."), e => e.Type == "REMOTE");
        Assert.Equal(1, strike.Fatalities);
    }

    [Theory]
    [InlineData("قتل الشيخ أحمد الزين في تفجير انتحاري استهدف مسجدا في حلب وأسفر عن مقتل 30 شخصا.", 30)]
    [InlineData("انفجرت سيارة مفخخة قرب دورية للشرطة مما تسبب بمقتل ضابط برتبة رائد و3 من عناصر الشرطة.", 4)]
    public void A_numbered_count_of_the_sentence_keeps_its_figure(string body, int killed) => Assert.Equal(killed, Killed(body));

    [Theory]
    [InlineData("قال قائد في المعارضة إن الخسارة ستكون كبيرة إذا قتل الشيخ علوش.")]
    [InlineData("كشف مسؤول عن محاولة جديدة لاغتيال زعيم الحزب بقصف مقره بالصواريخ.")]
    [InlineData("أفادت الناطقة باسم الحزب بمحاولة جديدة لاغتيال زعيم الحزب بقصف مقره بالصواريخ.")]
    [InlineData("أدان الحزب مقتل المدنيين، وطالب بمحاسبة الفاعلين.")]
    [InlineData("أكد المسؤول مقتل العشرات من المدنيين، وطالب بمحاسبة الفاعلين.")]
    [InlineData("أكدت مصادر ميدانية أمس مقتل زعيم جماعة مسلحة وعدد من مرافقيه في غارة جوية.")]
    [InlineData("أعلن الجيش مقتل زعيم التنظيم في المدينة و4 من مساعديه في كمين قرب الحدود.")]
    public void A_condition_an_attempt_or_a_group_names_no_one_dead(string body) =>
        Assert.DoesNotContain(FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body)), m => m.Count == 1);
}
