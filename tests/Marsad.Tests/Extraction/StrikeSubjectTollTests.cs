using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of s31c-remotetype (issue 9): a verb of killing told with the strike that did it is that strike's toll, one REMOTE
/// event, also when the strike is the verb's subject right after it («قتلت غارة …») and when the strike is told by a verb of
/// raiding from the air or of setting off a bomb («أغارت … وقتلت», «فجرها فقتل»). The bare «فجر» is the dawn, no blast.
/// </summary>
public class StrikeSubjectTollTests
{
    /// <summary>Whether the killing verb <paramref name="killing"/> of <paramref name="body"/> reads as the toll of the deed on <paramref name="deed"/>.</summary>
    internal static bool Toll(string body, string killing, string deed)
    {
        var text = AnalyzedText.Analyze(body);
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, text);
        int at = -1, other = -1;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var word = body[text.Tokens[i].Span.Start..text.Tokens[i].Span.End];
            at = word == killing ? i : at;
            other = word == deed ? i : other;
        }
        Assert.True(at >= 0 && other >= 0);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        index.MarkTrigger(at, "ASSAULT");
        index.MarkTrigger(other, "REMOTE");
        var e = new EventCandidate(at, at + 1, new TriggerEntry("ASSAULT", true, Tense.None, "", null, null, "", 1), new Segmentation(killing, 0, 0, false));
        return TypeRules.TypeCues.Of(index, e).StrikeToll;
    }

    [Fact]
    public void A_raid_that_is_the_subject_of_the_killing_verb_makes_the_killing_its_toll()
    {
        Assert.True(Toll("قتلت غارة شنتها طائرة للتحالف على موقع للتنظيم شمال مدينة الفلوجة أمس قياديا بارزا في التنظيم", "قتلت", "غارة"));
    }

    [Fact]
    public void Killing_after_a_plane_raided_a_quarter_is_the_raid_s_toll()
    {
        Assert.True(Toll("كانت طائرة حربية قد أغارت على حي الخالدية في مدينة حمص أمس وقتلت ثمانية من السكان", "وقتلت", "أغارت"));
    }

    [Fact]
    public void Killing_after_the_bomber_set_off_his_car_is_the_bombing_s_toll()
    {
        Assert.True(Toll("قاد الانتحاري سيارة إلى حاجز للجيش في مدينة الموصل أمس ثم فجرها فقتل ستة جنود", "فقتل", "فجرها"));
    }
}
