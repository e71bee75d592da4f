using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «تفيد بأن تنظيم داعش يقف وراء الاعتداء الانتحاري»: a party said to stand behind a deed is named as its doer, as
/// blame names it (docs/annotation.md 4.5: an attribution that names a specific group makes it actor1). The party is the
/// subject right before the verb; «الجهة التي تقف وراء الهجوم» names nobody (no party stands there), and a party behind
/// a preposition («جماعة تابعة لتنظيم القاعدة تقف وراء») is not the subject.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after «وراء/خلف» within which the deed stands («وراء الاعتداء الانتحاري», «وراء عدة هجمات»).</summary>
    private const int BehindDeedReach = 3;

    private static void ApplyStoodBehind(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = 0; i < index.Count; i++)
        {
            if (BlameWords.At(index.Text, i, "behind", true) is not { } verb || IsNegatedClaim(index, verb.First, claim: false))
            {
                continue;
            }
            if (StoodBehindBy(index, verb.First, verb.End) is { } blame)
            {
                BlameDeeds(index, events, blame, verb.First, "stood-behind");
                RecallFirstTelling(index, events, blame, "stood-behind");
            }
            i = Math.Max(i, verb.End - 1);
        }
    }

    /// <summary>The party right before the verb (a comma may stand between) and the deed right after «وراء/خلف».</summary>
    private static Blame? StoodBehindBy(ArticleIndex index, int verbFirst, int verbEnd)
    {
        var sentence = index.SentenceOf(verbFirst);
        var at = index.FirstActorFrom(verbFirst) - 1;
        if (at < 0 || index.Actors[at] is not { } party || party.First < sentence.First)
        {
            return null;
        }
        for (var k = party.End; k < verbFirst; k++)
        {
            if (index.Token(k).IsWord)
            {
                return null;
            }
        }
        if (party.IsNisba || index.IsPrepositionBefore(party) || party.Clitics.Length > 0 || !ActorLinker.CanBeNamedDoer(index, party) || IsVagueTie(index, party))
        {
            return null;
        }
        var end = Math.Min(sentence.End, verbEnd + BehindDeedReach);
        for (var k = verbEnd; k < end; k++)
        {
            if (index.IsTrigger(k))
            {
                return new Blame(party, null, k, k + 1, Text.DefiniteForm.IsDefinite(index.Token(k).Norm));
            }
        }
        return null;
    }

    /// <summary>
    /// «ندد الرئيس بالهجوم الانتحاري الذي أوقع 30 قتيلا في مدينة سوروتش … وأعلن رئيس الحكومة أن تنظيم داعش يقف وراء
    /// الاعتداء الانتحاري»: a definite deed noun whose doer is named takes back the deed the reader knows, however far
    /// back it was told, when the article has told one lethal deed before it and that deed names no doer. Two deeds told
    /// before leave the noun's referent open, and the reach of <see cref="BlameDeeds"/> stands. The noun's own type is not
    /// compared: a trigger's first reading («الاعتداء» ASSAULT) is not the type the deed was kept with (REMOTE).
    /// </summary>
    private static void RecallFirstTelling(ArticleIndex index, List<EventCandidate> events, Blame blame, string rule)
    {
        if (!blame.Backward || index.TriggerTypeAt(blame.DeedFirst) is not { } type || !EventTypes.IsLethalViolence(type))
        {
            return;
        }
        EventCandidate? only = null;
        foreach (var e in events)
        {
            if (e.First >= blame.DeedFirst || !EventTypes.IsLethalViolence(e.Type))
            {
                continue;
            }
            if (only is not null && !ReferenceEquals(only, e))
            {
                return;
            }
            only = e;
        }
        if (only is null || only.Actor1 is not null)
        {
            return;
        }
        if (TraceChoices)
        {
            Console.Error.WriteLine($"trace: doer rule {rule} recalled «{index.Text.TextOf(only.First, only.End)}» - -> {blame.Blamed.ActorId}");
        }
        SetDoer(index, only, blame.Blamed);
    }
}
