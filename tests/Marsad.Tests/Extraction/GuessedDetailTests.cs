using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A conjecture with a copula («يرجح أن يكون») about a deed already told as done guesses a detail of it (its
/// cause, weapon, doer or target): the deed happened and stays asserted; a conjecture about nothing told is possible.
/// </summary>
public class GuessedDetailTests
{
    [Fact]
    public void A_blast_heard_in_the_city_whose_cause_is_guessed_as_a_car_bomb_happened()
    {
        var blasts = Candidates("وقال سكان إن انفجارا عنيفا هز وسط المدينة مساء أمس، ويرجح أن يكون ناجما عن سيارة مفخخة قرب مبنى البلدية.", "REMOTE");
        Assert.NotEmpty(blasts);
        Assert.All(blasts, e => Assert.Equal("asserted", e.Modality));
    }

    [Fact]
    public void The_army_answering_with_shelling_whose_target_is_guessed_shelled()
    {
        var strikes = Candidates("ورد الجيش بقصف مواقع المسلحين في المنطقة، حيث من المتوقع أن يكون الجيش قد استهدف مواقعهم في حي الشرقية.", "REMOTE");
        Assert.NotEmpty(strikes);
        Assert.All(strikes, e => Assert.Equal("asserted", e.Modality));
    }

    [Fact]
    public void A_shelling_guessed_with_no_deed_told_before_is_only_possible()
    {
        var strikes = Candidates("ومن المتوقع أن يكون الجيش قد استهدف مواقع المسلحين في حي الشرقية.", "REMOTE");
        Assert.NotEmpty(strikes);
        Assert.All(strikes, e => Assert.Equal("possible", e.Modality));
    }
}
