using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The coder codes the people a violent deed hits as civilians when the text names them by a noun
/// of no party and by no actor word («مقتل خمسة أشخاص»): the actor2 choice gets them as a CIV option.
/// </summary>
public class ImpliedCiviliansTests
{
    /// <summary>The implied civilians of the candidate on the word <paramref name="trigger"/> of <paramref name="body"/>, read as <paramref name="type"/> with no actor mention.</summary>
    private static string? Civilians(string body, string trigger, string type)
    {
        var text = AnalyzedText.Analyze(body);
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, text);
        var at = -1;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var span = text.Tokens[i].Span;
            if (body[span.Start..span.End] == trigger)
            {
                at = i;
            }
        }
        Assert.True(at >= 0);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        var e = new EventCandidate(at, at + 1, new TriggerEntry(type, false, Tense.None, "", null, null, "", 1), new Segmentation(trigger, 0, 0, false));
        var hit = EventStage.ImpliedCivilians(index, e, [new ActorChoice.Option(null)]);
        return hit is null ? null : hit.ActorId + " " + hit.Span.Cut(body);
    }

    [Fact]
    public void Persons_killed_by_a_bombing_are_its_civilians()
    {
        Assert.Equal("CIV أشخاص", Civilians("أسفر انفجار سيارة مفخخة في السوق عن مقتل خمسة أشخاص", "انفجار", "REMOTE"));
    }

    [Fact]
    public void Employees_a_shelling_hit_are_its_civilians()
    {
        Assert.Equal("CIV موظفين", Civilians("أصاب القصف موظفين في مبنى البلدية", "القصف", "REMOTE"));
    }

    [Fact]
    public void An_arrest_of_persons_gets_no_civilians_option()
    {
        Assert.Null(Civilians("اعتقلت الشرطة خمسة أشخاص في السوق", "اعتقلت", "ARREST"));
    }

    [Fact]
    public void Persons_of_another_sentence_are_not_the_deeds_civilians()
    {
        Assert.Null(Civilians("وقع انفجار في السوق. وفي يوم آخر زار خمسة أشخاص المدينة", "انفجار", "REMOTE"));
    }
}
