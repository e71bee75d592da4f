using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed governed by a clause of time whose verb is in the present («حين ينتقد», «عندما يتمكن») is a habit or a time to come,
/// no happening; the same clause in the past, and «في حين» (whereas), keep their deeds.
/// </summary>
public class GenericWhenTests
{
    private static readonly DateOnly March = new(2013, 3, 4);

    [Theory]
    [InlineData("ويحظى الداعية بتأييد واسع في الدوحة حين يدين النظام السوري في خطبه.", "ACCUSE")]
    [InlineData("ويثير الشيخ غضب القاهرة كلما يتهم الحكومة المصرية بقمع المعارضين.", "ACCUSE")]
    [InlineData("ويتساءل الكاتب عن مصير الساحل السوري عندما يتمكن المقاتلون من بسط سيطرتهم على مدينة حمص.", "CAPTURE")]
    public void A_deed_under_a_clause_of_time_in_the_present_is_no_happening(string body, string type)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Type == type);
    }

    [Theory]
    [InlineData("وقتل جنديان أمس عندما سيطر المقاتلون على حاجز قرب مدينة حمص.", "CAPTURE")]
    [InlineData("وسيطر المقاتلون أمس على حاجز قرب مدينة حمص، في حين يواصل الطيران الحربي قصف مدينة دوما.", "REMOTE")]
    public void A_clause_of_time_in_the_past_or_a_whereas_keeps_its_deed(string body, string type)
    {
        Assert.Contains(Of(body, March), e => e.Type == type);
    }
}
