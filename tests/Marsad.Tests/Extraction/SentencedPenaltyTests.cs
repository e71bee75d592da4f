using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An execution behind «ب» that a court's sentence governs («حكما بالإعدام») is the penalty of a verdict, no killing; an
/// execution carried out («نفذت حكم الإعدام», «قامت القوات بإعدام») is one.
/// </summary>
public class SentencedPenaltyTests
{
    private static readonly DateOnly July = new(2015, 7, 20);

    [Theory]
    [InlineData("وأصدرت محكمة الجنايات في بغداد أمس حكما بالإعدام على أربعة أشخاص بعد ثبوت التهم.")]
    [InlineData("وتزامنت الزيارة مع إصدار القضاء في دمشق أحكاما بالإعدام على ستة معارضين بتهمة دعم الإرهاب.")]
    public void A_death_sentence_a_court_passes_is_no_killing(string body)
    {
        Assert.DoesNotContain(Of(body, July), e => e.Type == "ATTACK_CIVILIANS");
    }

    [Theory]
    [InlineData("وأعدم تنظيم داعش أمس خمسة أشخاص في مدينة الرقة تنفيذا لحكم أصدرته محكمته.")]
    [InlineData("وقامت قوات النظام بإعدام 20 شخصا ميدانيا في قرية المالكية قرب حلب أمس.")]
    public void An_execution_carried_out_is_a_killing(string body)
    {
        Assert.Contains(Of(body, July), e => e.Type == "ATTACK_CIVILIANS");
    }
}
