using Marsad.Extraction;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>The word governing a place tells the place hit from the launch site or the start of a movement.</summary>
public class EventPlaceRoleTests
{
    [Fact]
    public void A_shelling_from_one_city_on_another_is_placed_at_the_city_hit()
    {
        var e = Single("قصفت قوات النظام انطلاقا من مدينة حمص مدينة تدمر بالمدفعية الثقيلة.", "REMOTE");
        AssertPlace(e, "تدمر", "SY");
    }

    [Fact]
    public void A_withdrawal_from_one_city_to_another_is_placed_at_the_city_left()
    {
        var e = Single("انسحبت قوات النظام من مدينة تدمر إلى مدينة حمص.", "WITHDRAW");
        AssertPlace(e, "تدمر", "SY");
    }

    [Theory]
    [InlineData("سقطت القذيفة بالقرب من حمص", "Near")]
    [InlineData("أطلقت القذيفة من حمص", "Origin")]
    [InlineData("تقدمت القوات نحو حمص", "Toward")]
    [InlineData("وصلت القوات الى مدينة حمص", "Toward")]
    [InlineData("سقطت القذيفة على حمص", "On")]
    [InlineData("دارت اشتباكات بريف حمص", "At")]
    [InlineData("دارت اشتباكات وفي بلدة \"حمص\"", "At")]
    [InlineData("زار الوزير حمص", "None")]
    public void The_word_before_a_place_gives_its_role(string sentence, string role)
    {
        var text = AnalyzedText.Analyze(sentence);
        var at = sentence.LastIndexOf("حمص", StringComparison.Ordinal);
        var token = text.Tokens.ToList().FindIndex(t => t.Span.Start <= at && at < t.Span.End);
        Assert.Equal(Enum.Parse<PlaceRole>(role), PlaceGovernors.Of(text, token, at));
    }
}
