using Marsad.Extraction;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An unnumbered plural of dead («مقتل وجرح عدد من المدنيين») takes the next sentence's count only when that sentence
/// tells it as the same deed's outcome; a killing told with its own means and place keeps its count (hand-read j, A14;
/// docs/events.md s32-tolls).
/// </summary>
public class FullerFigureTollTests
{
    [Theory]
    [InlineData("استهدفت غارات جوية بلدة زملكا، مما أدى إلى مقتل وجرح عدد من المدنيين. وقتل شخص برصاص قناص في حي القابون بدمشق.")]
    [InlineData("قصفت قوات النظام بلدة كفرنبل ما أدى إلى سقوط قتلى. وقتل طفلان بانفجار لغم قرب بلدة معرة النعمان.")]
    public void A_killing_of_its_own_in_the_next_sentence_is_no_fuller_figure(string body)
    {
        var strike = Events.Of(body).First(e => e.Type == "REMOTE");
        Assert.Equal(3, strike.Fatalities);
    }

    [Theory]
    [InlineData("قصفت قوات النظام بلدة زملكا مما أدى إلى مقتل وإصابة 35 مدنيا. وقالت مصادر إن القصف أسفر عن مقتل 16 مدنيا وإصابة 19 آخرين.", 16)]
    [InlineData("استهدفت غارات جوية بلدة زملكا، مما أدى إلى مقتل وجرح عدد من المدنيين. وقتل 12 شخصا في الغارات.", 12)]
    public void The_next_sentence_telling_the_same_deed_gives_the_fuller_figure(string body, int killed)
    {
        var strike = Events.Of(body).First(e => e.Type == "REMOTE");
        Assert.Equal(killed, strike.Fatalities);
    }
}
