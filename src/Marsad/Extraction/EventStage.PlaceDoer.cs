using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «وتشهد سوريا منذ عامين أعمال عنف», «شهدتها العاصمة بغداد», «تتعرض مناطق سورية عديدة … إلى قصف»,
/// a capital or a country (actors.tsv class `state`, a name the gazetteer also places) that is where
/// the deed happened, the subject of a verb of witnessing or undergoing, is no doer. The actor choice reads each
/// mention on its own and takes the state's army or government for it (issue 9). The state keeps
/// its deeds where it is the subject of a verb of doing or saying («أعلنت تركيا», «قصفت تركيا»). A
/// capital's name that heads a longer place name («بغداد الجديدة», «دمشق القديمة») is part of that name.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens a verb of witnessing may stand before the place it has for subject («تشهد فيه العاصمة دمشق», «شهدت مدن وبلدات سورية»).</summary>
    private const int WitnessReach = 4;

    /// <summary>Run on the kept events like the bomb doers: the keep model learned from candidates that carried the choice's doer.</summary>
    private static void ApplyPlaceDoers(ArticleIndex index, List<EventCandidate> kept)
    {
        foreach (var e in kept)
        {
            if (e.Actor1 is not { } doer || !IsPlaceDoer(index, doer))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule place-doer «{index.Text.TextOf(e.First, e.End)}» {doer.ActorId} -> -");
            }
            SetDoer(index, e, null);
            UnnamedAttacker(index, e);
        }
    }

    private static bool IsPlaceDoer(ArticleIndex index, ActorHit doer)
    {
        if (doer.Entry is not { Class: "state" } entry)
        {
            return false;
        }
        // «منطقة بغداد الجديدة»: the capital's name heads a longer place name the gazetteer reads there; it names a district, no party.
        if (index.PlaceAt(doer.First) is { } longer && longer.First == doer.First && longer.End > doer.End)
        {
            return true;
        }
        // «مدن وبلدات سورية»: the nationality adjective of a witnessing subject names the place too.
        var placed = entry.IsNisba;
        for (var k = doer.First; k < doer.End && !placed; k++)
        {
            placed = index.PlaceAt(k) is not null;
        }
        return placed && WitnessedBy(index, doer);
    }

    /// <summary>A verb of witnessing or undergoing before the mention in its clause, with no deed or other party between.</summary>
    private static bool WitnessedBy(ArticleIndex index, ActorHit doer)
    {
        var clause = index.ClauseOf(doer.First);
        for (var k = doer.First - 1; k >= Math.Max(clause.First, doer.First - WitnessReach); k--)
        {
            if (index.IsRole(k, "witness", true) || index.IsRole(k, "undergo", true))
            {
                return true;
            }
            if (index.IsTrigger(k) || index.ActorAt(k) is { } other && !ReferenceEquals(other, doer))
            {
                return false;
            }
        }
        return false;
    }
}
