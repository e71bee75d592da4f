using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

public class ArticleIndexActorTests
{
    // Tokens: 0 قال 1 الجيش 2 إن 3 قوات 4 النظام 5 قصفت 6 البلدة 7 ، 8 والمعارضة 9 ردت
    private static ArticleIndex Index(params (int First, int End, string Id)[] actors)
    {
        const string body = "قال الجيش إن قوات النظام قصفت البلدة، والمعارضة ردت";
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, AnalyzedText.Analyze(body));
        foreach (var (first, end, id) in actors)
        {
            context.Actors.Add(new ActorHit(first, end, new TextSpan(0, 1), id));
        }
        return new ArticleIndex(context, WordRoles.EventWords);
    }

    [Fact]
    public void An_actor_wholly_inside_a_span_is_found_and_one_crossing_its_end_is_not()
    {
        var index = Index((1, 2, "ARMY"), (3, 5, "REGIME"), (8, 9, "OPPOSITION"));

        Assert.True(index.AnyActorWithin(0, 5, a => a.ActorId == "REGIME"));
        Assert.False(index.AnyActorWithin(0, 4, a => a.ActorId == "REGIME"));
        Assert.False(index.AnyActorWithin(2, 8, a => a.ActorId == "ARMY"));
        Assert.True(index.AnyActorWithin(8, 10, a => a.ActorId == "OPPOSITION"));
        Assert.False(index.AnyActorWithin(0, 10, a => a.ActorId == "CIV"));
    }

    [Fact]
    public void The_furthest_end_before_an_actor_counts_every_actor_opened_before_it()
    {
        // Sorted by where they open: a long mention opened first may end after a later short one.
        var index = Index((0, 6, "LONG"), (1, 2, "ARMY"), (8, 9, "OPPOSITION"));

        Assert.Equal(-1, index.FurthestActorEndBefore(0));
        Assert.Equal(6, index.FurthestActorEndBefore(1));
        Assert.Equal(6, index.FurthestActorEndBefore(2));
        Assert.Equal(9, index.FurthestActorEndBefore(3));
    }
}
