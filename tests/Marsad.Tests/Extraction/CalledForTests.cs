using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verbal noun behind the preposition of a word of calling or demanding is the deed a party asks for, no deed done
/// (calls for action are no events, docs/annotation.md 4.4). A deed a student undergoes, or one told beside a call but
/// not as its object, stays.
/// </summary>
public class CalledForTests
{
    private static readonly DateOnly March = new(2013, 3, 14);

    [Theory]
    [InlineData("وطالب المسلحون الخاطفون بانسحاب الجيش السوري من قرية جملة قبل إطلاق سراح الجنود.", "WITHDRAW")]
    [InlineData("وطالب \"لواء شهداء اليرموك\" في البداية بانسحاب الجيش السوري من قرية جملة.", "WITHDRAW")]
    [InlineData("وطالب حزب الحرية والعدالة بمحافظة البحيرة الأجهزة الأمنية بضبط مرتكبي الحادث في دمنهور.", "ARREST")]
    [InlineData("وخرج المئات في مدينة اللاذقية مطالبين باعتقال قاتل الضابط ومحاكمته.", "ARREST")]
    public void A_deed_called_for_is_no_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Type == type);
    }

    [Theory]
    [InlineData("وقتل طالب بقصف للطيران الحربي على بلدة دوما أمس.", "REMOTE")]
    [InlineData("وطالب الأهالي بإعادة الخدمات بعد انسحاب الجيش من قرية جملة أمس.", "WITHDRAW")]
    public void A_deed_beside_a_call_stays(string body, string type)
    {
        Assert.Contains(Of(body, March), e => e.Type == type);
    }
}
