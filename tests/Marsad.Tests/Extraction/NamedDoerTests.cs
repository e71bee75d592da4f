using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer the article names outside the deed's first telling: the party said to stand behind the deed
/// («أن تنظيم داعش يقف وراء الاعتداء», EventStage.StoodBehind), and the party a relative «قام به» names after a deed noun
/// and its bomber adjective («اعتداء انتحاري قام به داعش», ActorLinker.Doer), and the side whose gunfire killed
/// («برصاص قناص من الجيش الحر», ActorLinker.GunfireDoer; docs/events.md "s36-named").
/// </summary>
public class NamedDoerTests
{
    [Fact]
    public void A_bombing_a_later_sentence_says_a_group_stands_behind_is_that_groups()
    {
        var events = Learned("قتل عشرون شخصا في هجوم انتحاري استهدف تجمعا لشبان في مدينة سوروتش التركية أمس. "
            + "وندد الرئيس التركي بالهجوم ووصفه بالعمل الإرهابي. وزار وزير الداخلية الجرحى في المستشفى. "
            + "واعلن رئيس الحكومة ان التحقيق يفيد بأن تنظيم داعش يقف وراء الاعتداء الانتحاري.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_suicide_attack_noun_with_qama_bihi_after_its_adjective_is_the_named_groups()
    {
        var events = Learned("قتل عشرة اشخاص أمس في اعتداء انتحاري قام به تنظيم داعش على مركز للشرطة في مدينة الرمادي.");
        Assert.Contains(events, e => e.Type is "REMOTE" or "ASSAULT" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_side_that_no_one_knows_stands_behind_an_attack_names_no_doer()
    {
        var events = Learned("قتل خمسة جنود في انفجار عبوة ناسفة في مدينة الرمادي أمس. ولم تعرف الجهة التي تقف وراء الهجوم.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is not null);
    }

    [Fact]
    public void A_soldier_killed_by_the_gunfire_of_a_sniper_from_a_side_is_that_sides_victim()
    {
        var events = Learned("وقتل جندي عراقي الثلاثاء برصاص قناص من الجيش السوري الحر عند معبر حدودي غرب مدينة الموصل.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Men_killed_by_the_gunfire_of_the_security_forces_were_killed_by_them()
    {
        var events = Learned("وقال ناشطون إن عشرين رجلا قتلوا برصاص قوات الأمن في حي بستان القصر في مدينة حلب أمس.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-MIL");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;
}
