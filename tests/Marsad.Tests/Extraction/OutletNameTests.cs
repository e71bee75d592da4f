using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A newspaper whose title opens with a capital or a state («واشنطن بوست», «موسكو تايمز») is a
/// source the article quotes, not the state: read as USA or RUS it became the doer of the fighting
/// the paper reports (handread 2026-12-03b #39).
/// </summary>
public class OutletNameTests
{
    [Theory]
    [InlineData("ذكرت صحيفة واشنطن بوست أن اشتباكات عنيفة دارت قرب مطار حلب.", "USA")]
    [InlineData("نقلت صحيفة موسكو تايمز أن اشتباكات عنيفة دارت قرب مطار حلب.", "RUS")]
    public void A_newspaper_titled_after_a_capital_names_no_actor(string body, string state)
    {
        var result = Extract(body);
        Assert.DoesNotContain(result.Actors, a => a.Id == state);
    }

    [Fact]
    public void The_capital_alone_still_names_the_state()
    {
        var result = Extract("قالت واشنطن إن اشتباكات عنيفة دارت قرب مطار حلب.");
        Assert.Contains(result.Actors, a => a.Id == "USA");
    }
}
