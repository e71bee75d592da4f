using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Forces the actor vocabulary lacked (docs/events.md, "s43-arrest"): «فرق الأمن» of the Turkish wires is the forces of
/// the state its nationality or the article's country names, as «قوات الأمن»; «الدرك» is Turkey's gendarmerie in an
/// article that names Turkey or a place of it (namesake_actors.tsv), and «قوات الدرك الأردنية» is Jordan's.
/// </summary>
public class SecurityTeamsAndGendarmerieTests
{
    private static List<(string Id, string Text)> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return [.. context.Actors.OrderBy(a => a.First).Select(a => (a.ActorId, a.Span.Cut(body)))];
    }

    [Fact]
    public void Turkish_security_teams_that_seize_a_suspect_are_the_doers_of_the_arrest()
    {
        var e = Single("وقبضت فرق الأمن التركية فجر الأحد على رجل يشتبه بانتمائه لتنظيم داعش في مدينة غازي عنتاب.", "ARREST");
        Assert.Equal("TUR", e.Actor1?.Id);
        Assert.Equal("فرق الأمن التركية", e.Actor1?.Text);
    }

    [Fact]
    public void A_gendarmerie_post_in_news_of_turkey_is_turkeys_forces()
    {
        var actors = ActorsOf("وهاجم مسلحون مركزا للدرك في ولاية موش شرقي تركيا مساء السبت.");
        Assert.Contains(actors, a => a.Id == "TUR" && a.Text.Contains("درك", StringComparison.Ordinal));
    }

    [Fact]
    public void The_jordanian_gendarmerie_is_jordans_forces()
    {
        var actors = ActorsOf("وفرقت قوات الدرك الأردنية بالغاز المسيل للدموع مئات اللاجئين الغاضبين داخل المخيم.");
        Assert.Contains(actors, a => a.Id == "JOR" && a.Text.StartsWith("قوات الدرك", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gendarmerie_in_news_that_names_no_turkish_place_is_no_turkish_force()
    {
        var actors = ActorsOf("وهاجم مسلحون مركزا للدرك في ولاية تيزي وزو شرقي الجزائر مساء السبت.");
        Assert.DoesNotContain(actors, a => a.Id == "TUR");
    }
}
