using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types and doers, session 38 second wave (issue 9, s38b-types2): an attack the article then says by «كان» was an air strike
/// is remote violence; one who «فجر نفسه» is a suicide bomber, so the authorities that tell of it are no bomber; «طالبان»
/// is the movement only in an article of its context (Afghanistan, Pakistan, «حركة طالبان»), elsewhere two students.
/// </summary>
public class EventTypeThirtyEighthBTests
{
    private static List<ActorHit> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return [.. context.Actors.OrderBy(a => a.First)];
    }

    [Fact]
    public void An_attack_the_article_says_was_an_air_strike_is_remote_violence()
    {
        var events = Of("أفادت تقارير بأن القوات الإسرائيلية شنت هجوما على قافلة سورية قرب الحدود مع لبنان امس. ولم تؤكد المصادر مكان الهجوم، غير أنه من المعتقد أن الهجوم كان غارة جوية.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("شنت هجوما", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_the_article_says_was_fierce_stays_a_clash()
    {
        var events = Of("أفادت تقارير بأن مسلحين شنوا هجوما على حاجز للجيش قرب مدينة درعا امس. وقالت المصادر إن الهجوم كان عنيفا.", new DateOnly(2013, 2, 1));
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Authorities_that_say_he_blew_himself_up_are_no_bomber()
    {
        var events = Of("قالت الصحف إن الشاب التحق بالتنظيم قبل شهرين. وأشارت السلطات التركية إلى أنه فجر نفسه ظهر الاثنين في حديقة المركز الثقافي في سوروتش وسط حشد من الشباب.", new DateOnly(2015, 7, 22));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void Two_students_among_the_dead_are_no_taliban()
    {
        var actors = ActorsOf("قتل ثلاثة مدنيين بينهم طالبان في قصف على مدينة حلب امس.");
        Assert.DoesNotContain(actors, a => a.ActorId == "TALIBAN");
    }

    [Fact]
    public void Taliban_in_an_article_on_afghanistan_stay_the_movement()
    {
        var actors = ActorsOf("قتل عشرة جنود من القوات الأفغانية في هجوم شنه مسلحون من طالبان امس.");
        Assert.Contains(actors, a => a.ActorId == "TALIBAN");
    }
}
