using Marsad.Learning;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of the sixteenth step (issue 9, s16-types): a car bombing or an air strike retold by the
/// generic «الهجوم» keeps the weapon the article named for it (annotation.md: car bombs, IEDs,
/// suicide bombings and air strikes are REMOTE), and a weapon named on the deed with no gunfire
/// beside it leaves no ground contact for the learned type choice to code as ASSAULT.
/// </summary>
public class EventTypeSixteenthTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void An_attack_carried_out_with_a_car_bomb_is_remote_violence()
    {
        var events = Of("أعلن تنظيم داعش مسؤوليته عن الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق مدينة المقدادية أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_attack_retelling_a_car_bombing_told_before_is_remote_violence()
    {
        var events = Of("انفجرت سيارة مفخخة في سوق شعبي ببلدة الخالص شمال بعقوبة صباح اليوم.\n\nوقال مصدر في الشرطة إن الهجوم أوقع عشرة قتلى في بلدة المقدادية المجاورة.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "الهجوم"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && On(e, "الهجوم"));
    }

    [Fact]
    public void The_attack_retelling_clashes_told_before_stays_an_assault()
    {
        var events = Of("اندلعت اشتباكات بين مسلحين وقوات الجيش في بلدة الخالص شمال بعقوبة صباح اليوم.\n\nوقال مصدر في الشرطة إن الهجوم أوقع عشرة قتلى في بلدة المقدادية المجاورة.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "الهجوم"));
    }

    [Fact]
    public void An_attack_with_knives_after_a_bombing_elsewhere_is_no_remote_violence()
    {
        var events = Of("انفجرت عبوة ناسفة قرب محطة للحافلات في حي شبرا بالقاهرة أمس.\n\nوتعرض موظف إلى الاعتداء بالأسلحة البيضاء على يد مجهولين قرب منزله في حي المطرية.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "الاعتداء"));
    }

    [Fact]
    public void The_learned_type_choice_may_not_call_an_attack_with_no_ground_contact_a_clash()
    {
        var bomb = new Marsad.Extraction.TypeRules.TypeCues(Civilian: false, Fighter: false, RemoteWeapon: true, Protesters: false, OrgDoer: false, NoContact: true);
        Assert.False(TypeChoice.Admits("ASSAULT", bomb));
        Assert.True(TypeChoice.Admits("REMOTE", bomb));
        // A suicide bomber as the doer alone leaves the choice open: «هاجم انتحاري … واثنان من المسلحين» is a complex attack.
        Assert.True(TypeChoice.Admits("ASSAULT", bomb with { NoContact = false }));
    }
}
