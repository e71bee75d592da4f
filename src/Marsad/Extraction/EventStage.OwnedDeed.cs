using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «وأعلنت الجبهة تنفيذ أحد أعضائها الهجوم على القنصلية», «أعلنت جماعة دولة العراق الإسلامية تنفيذها هجوما»: a group that
/// announces its own execution of a deed claims it (docs/annotation.md 4.5: the claimant is actor1), as «أعلن مسؤوليته عن»
/// does. The claimant is the party right after the verb of announcing; the deed is the lethal trigger right after the verbal
/// noun of doing («تنفيذ», «تنفيذها») and the few words of whose hand it was («أحد أعضائها»). A state or a body announcing
/// the execution of its strikes or arrests is the ordinary telling of its own deed, read by the choice, and is not read here.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between the verb of announcing and the claimant's name («أعلنت جماعة "…"»).</summary>
    private const int OwnerAfterVerb = 2;

    /// <summary>Tokens between the claimant's name and the verbal noun of doing (its adjectives, «التابعة لتنظيم القاعدة»).</summary>
    private const int OwnedNounReach = 8;

    /// <summary>Tokens between the verbal noun of doing and the deed («تنفيذ أحد أعضائها الهجوم»).</summary>
    private const int OwnedDeedReach = 3;

    private static void ApplyOwnedDeeds(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = 0; i < index.Count; i++)
        {
            if (BlameWords.At(index.Text, i, "announce", true) is not { } verb || IsNegatedClaim(index, verb.First))
            {
                continue;
            }
            if (OwnedBy(index, verb.End) is { } blame)
            {
                BlameDeeds(index, events, blame, verb.First, "owned");
                ClaimBombers(index, events, blame);
                RecallFirstTelling(index, events, blame, "owned");
            }
            i = Math.Max(i, verb.End - 1);
        }
    }

    /// <summary>The armed group named right after the verb and the lethal deed its announced «تنفيذ» governs, or null.</summary>
    private static Blame? OwnedBy(ArticleIndex index, int verbEnd)
    {
        var sentence = index.SentenceOf(Math.Max(0, verbEnd - 1));
        var at = index.FirstActorFrom(verbEnd);
        if (at >= index.Actors.Count || index.Actors[at] is not { } party || party.First > verbEnd + OwnerAfterVerb || party.First >= sentence.End)
        {
            return null;
        }
        if (party.IsNisba || party.Clitics.Length > 0 || !ActorLinker.CanBeNamedDoer(index, party, stateToo: false) || AdoptsOnly(party) || IsVagueTie(index, party))
        {
            return null;
        }
        var noun = -1;
        for (var k = party.End; k < Math.Min(sentence.End, party.End + OwnedNounReach); k++)
        {
            if (BlameWords.At(index.Text, k, "ownednoun", true) is not null)
            {
                noun = k;
                break;
            }
            // «أعلنت الجبهة أمس أن … », «أعلن التنظيم مقتل …»: another deed or another party's own name before the noun is another statement.
            if (index.IsTrigger(k) || (index.ActorAt(k) is { IsNisba: false } other && !IsParentGroup(index, other)))
            {
                return null;
            }
        }
        if (noun < 0)
        {
            return null;
        }
        for (var k = noun + 1; k < Math.Min(sentence.End, noun + 1 + OwnedDeedReach); k++)
        {
            if (index.TriggerTypeAt(k) is { } type)
            {
                return EventTypes.IsLethalViolence(type) ? new Blame(party, null, k, AdjectivesEnd(index, k, sentence.End), Text.DefiniteForm.IsDefinite(index.Token(k).Norm)) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// «تنفيذها هجوما منسقا انتحاريا»: a bomb or bomber word among the deed noun's adjectives tells the same deed by its
    /// means (as ActorLinker.IsDeedAdjective reads it right after the noun), and its candidate is the claimed deed too; the
    /// range ends after the last such word.
    /// </summary>
    private static int AdjectivesEnd(ArticleIndex index, int deed, int sentenceEnd)
    {
        var end = deed + 1;
        for (var k = deed + 1; k < Math.Min(sentenceEnd, deed + 1 + OwnedDeedReach); k++)
        {
            if (index.IsRole(k, "bomb", true))
            {
                end = k + 1;
            }
        }
        return end;
    }

    /// <summary>
    /// «تنفيذها هجوما منسقا انتحاريا وبسلاح ناري استهدف وزارة العدل»: a deed whose unnamed doer is the bomber word among
    /// the claimed noun's adjectives is the claimed deed told by its means; the bomber was the claimant's man.
    /// </summary>
    private static void ClaimBombers(ArticleIndex index, List<EventCandidate> events, Blame blame)
    {
        foreach (var e in events)
        {
            if (e.Actor1 is { } bomber && string.Equals(bomber.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal)
                && bomber.First > blame.DeedFirst && bomber.First < blame.DeedEnd && EventTypes.IsLethalViolence(e.Type))
            {
                if (TraceChoices)
                {
                    Console.Error.WriteLine($"trace: doer rule owned-bomber «{index.Text.TextOf(e.First, e.End)}» {bomber.ActorId} -> {blame.Blamed.ActorId}");
                }
                SetDoer(index, e, blame.Blamed);
            }
        }
    }
}
