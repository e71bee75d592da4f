using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of stopping that ARREST reads as detaining («أوقف», «يوقف», «ضبط») halts an activity when an activity or a
/// state of things is its first object past its subject; no one is arrested (s29-type, issue 9).
/// </summary>
public class HaltedActivityTests
{
    [Theory]
    [InlineData("وذكرت مصادر عسكرية أن القوات العراقية أوقفت عمليات القصف الجوي على مدينة الفلوجة أمس.")]
    [InlineData("وطالبت الأمم المتحدة بأن يوقف الجيش السوري القصف على بلدة جملة لإطلاق سراح المراقبين.")]
    [InlineData("وقال المصدر إن الجيش اللبناني يعمل على ضبط الوضع الأمني في مدينة طرابلس.")]
    [InlineData("وسد الجنود فتحات الأنفاق في مدينة رفح مما أوقف عملها تماما.")]
    [InlineData("وأعلنت قوات حفظ السلام في الجولان أنها أوقفت دورياتها قرب بلدة جملة.")]
    // A time word between the verb and its object hides nothing (review29 finding 12).
    [InlineData("وذكر مصدر أمني أن الجيش العراقي أوقف أمس عمليات القصف المدفعي على أطراف مدينة الرمادي.")]
    [InlineData("وقال مسؤول إن القوات التركية أوقفت يوم الأحد دورياتها على الحدود مع سوريا.")]
    public void A_verb_of_stopping_whose_object_is_an_activity_is_no_arrest(string body)
    {
        var events = Of(body);
        Assert.DoesNotContain(events, e => e.Type == "ARREST");
    }

    /// <summary>
    /// «ضبط» of a non-state party the type rules read as an abduction, not an arrest: self-restraint is still no deed
    /// (s40-recall).
    /// </summary>
    [Theory]
    [InlineData("وأشاد القيادي بأنصار جماعة الإخوان المسلمين وبتحليهم بأقصى درجات ضبط النفس أمام المقر في حي المقطم.")]
    public void Restraint_a_non_state_party_keeps_is_no_abduction(string body)
    {
        var events = Of(body);
        Assert.DoesNotContain(events, e => e.Type is "ARREST" or "ATTACK_CIVILIANS");
    }

    [Theory]
    [InlineData("وأوقفت قوات الأمن التركية 54 شخصا في مدينة أضنة أمس.")]
    [InlineData("وقالت الشرطة إن الجيش أوقف في بلدة بريتال أربعة أشخاص مطلوبين.")]
    [InlineData("وأوقفته الشرطة في مدينة إسطنبول يوم الأحد.")]
    public void A_verb_of_stopping_whose_object_is_a_person_stays_an_arrest(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "ARREST");
    }
}
