using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «قصف تعرضت له بلدة كفرنبل»: an indefinite deed followed by its clause of undergoing (no relative
/// word, the pronoun «له» after the verb) is told with no doer unless its clause names one as agent;
/// a party named elsewhere is one a reader infers (docs/annotation.md 6.3, "passive with no doer").
/// Run on the learned pipeline, which took the army of the sentence before.
/// </summary>
public class UndergoneShellingTests
{
    private static IReadOnlyList<Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_shelling_a_town_underwent_has_no_doer_when_its_sentence_names_none()
    {
        var events = Learned("وقال المرصد إن القوات النظامية قصفت أحياء في مدينة حلب أمس. كما قتل عشرة أشخاص بينهم امرأة في قصف تعرضت له بلدة كفرنبل في محافظة إدلب أمس.");
        var kafranbel = Assert.Single(events, e => e.Location?.Name == "كفرنبل");
        Assert.Null(kafranbel.Actor1);
    }

    [Fact]
    public void A_violent_shelling_a_quarter_undergoes_has_no_doer_when_none_is_named()
    {
        var events = Learned("وقال المرصد إن القوات النظامية قصفت أحياء في مدينة حلب أمس، فيما أفاد المرصد عن قصف عنيف يتعرض له حي بابا عمرو في حمص.");
        var babaAmr = Assert.Single(events, e => e.Location?.Name == "حي بابا عمرو");
        Assert.Null(babaAmr.Actor1);
    }

    [Fact]
    public void The_army_its_clause_names_as_agent_stays_the_doer_of_an_undergone_shelling()
    {
        var events = Learned("وقال المرصد إن القوات النظامية قصفت أحياء في مدينة حلب أمس. وقتل أربعة مواطنين في قصف تعرضت له بلدة النيرب في إدلب من القوات النظامية أمس.");
        var nayrab = Assert.Single(events, e => e.Location?.Name == "النيرب");
        Assert.Equal("SYR-MIL", nayrab.Actor1?.Id);
    }
}
