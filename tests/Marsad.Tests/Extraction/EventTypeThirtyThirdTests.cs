using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The type of violent events, session 33 (issue 9, s33-types; docs/annotation.md 6.1 and SPEC §2): a mortar named by its
/// loan word makes an attack remote violence; a silenced pistol is gunfire, no strike; the head of a local council is a
/// civilian victim; the dead whose wounded, joined after a comma, end on a strike are that strike's toll; a force firing at
/// protesters, or at a protest, attacks civilians.
/// </summary>
public class EventTypeThirtyThirdTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void An_attack_with_mortars_named_by_the_loan_word_is_remote_violence()
    {
        var events = Of("أدانت الحكومة الهجوم بالمورتر على مخيم للاجئين قرب مدينة بعقوبة صباح اليوم.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "الهجوم"));
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void An_attack_with_a_silenced_pistol_is_no_strike()
    {
        var events = Of("قتل شرطي في هجوم بمسدس كاتم للصوت في حي المنصور غرب بغداد، فيما انفجرت عبوة ناسفة في حي الدورة.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "كاتم"));
    }

    [Fact]
    public void Gunmen_firing_at_the_head_of_a_local_council_attack_a_civilian()
    {
        var events = Of("قال مصدر أمني إن مسلحين مجهولين فتحوا نيران أسلحتهم مساء اليوم تجاه رئيس المجلس المحلي في بلدة الطارمية شمال بغداد.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_dead_whose_wounded_end_on_a_suicide_car_bomb_are_its_toll()
    {
        Assert.True(StrikeSubjectTollTests.Toll("قتل خمسة من الجنود، وأصيب ثمانية آخرون بجروح في هجوم انتحاري بسيارة مفخخة استهدف ثكنة في مدينة تكريت", "قتل", "هجوم"));
    }

    [Fact]
    public void Soldiers_firing_at_a_march_attack_its_protesters()
    {
        var events = Of("وتصاعد الغضب بعدما فتح جنود النار في مسيرة بمدينة الرمادي أمس مما أسفر عن مقتل ثلاثة أشخاص.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "فتح"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
