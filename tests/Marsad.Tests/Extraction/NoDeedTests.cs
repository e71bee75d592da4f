using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Any deed at all, the deed an anniversary remembers told again, and the areas a party holds described by their taking
/// are no events (s36-noevent); a deed of the news day beside each stays.
/// </summary>
public class NoDeedTests
{
    private static readonly DateOnly February = new(2013, 2, 14);

    [Theory]
    [InlineData("وقال المتحدث إن أي هجوم جوي على مدينة حمص سيعد تصعيدا خطيرا.", "REMOTE")]
    [InlineData("وقالت الوزارة إنه لم تنظم أي تظاهرات أمام مبنى المحافظة في مدينة الإسكندرية.", "PROTEST")]
    public void A_deed_any_quantifies_is_no_deed(string body, string type)
    {
        Assert.DoesNotContain(Of(body, February), e => e.Type == type);
    }

    [Fact]
    public void An_attack_told_beside_any_claimant_stays()
    {
        Assert.Contains(Of("وقتل جندي أمس في هجوم على حاجز للجيش في مدينة الرمادي، ولم تعلن أي جهة مسؤوليتها عن الهجوم.", February), e => e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void The_deed_an_anniversary_remembers_told_again_is_history()
    {
        const string body = "وتحدث النائب في بيروت أمس في الذكرى السابعة لاغتيال شقيقه.\nواغتيل الوزير السابق في تفجير سيارة مفخخة قرب منزله في طرابلس.";
        Assert.DoesNotContain(Of(body, February), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_deed_with_a_day_of_its_own_after_an_anniversary_stays()
    {
        const string body = "وتحدث النائب في بيروت أمس في الذكرى السابعة لاغتيال شقيقه.\nواغتيل ضابط اليوم في تفجير سيارة مفخخة قرب منزله في طرابلس.";
        Assert.Contains(Of(body, February), e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("وقال الوزير إن الحكومة ستعيد إعمار المناطق التي سيطر عليها المسلحون في محافظة الأنبار.")]
    [InlineData("واكتسب مسلحون موالون لتنظيم الدولة الإسلامية الذي سيطر على مناطق واسعة في سوريا والعراق موطئ قدم في مدينة درنة.")]
    public void The_areas_a_party_holds_described_by_their_taking_are_no_capture(string body)
    {
        Assert.DoesNotContain(Of(body, February), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_town_taken_on_a_day_told_in_a_relative_clause_stays()
    {
        Assert.Contains(Of("وقصفت الطائرات مدينة القريتين التي استولى عليها مسلحو التنظيم الأربعاء بعد معارك عنيفة.", February), e => e.Type == "CAPTURE");
    }
}
