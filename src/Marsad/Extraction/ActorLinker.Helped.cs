using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The party a doer helps: «القوات الأمنية بمشاركة متطوعي العشائر حققت تقدما», «القوات الأمنية بمساندة أبناء العشائر
/// تقدمت»: a party behind a noun of taking part or backing takes part in the deed of the armed party right before
/// it, which is the doer; the nearest mention to the verb is the helper. Parties joined by «و» are not read so:
/// the coders code allies joined so as two doers (train sn-27a0fd52) and a clash's two sides are joined so too.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>The armed party <paramref name="doer"/> helps in its clause, or null.</summary>
    internal static ActorHit? HelpedParty(ArticleIndex index, ActorHit doer)
    {
        if (!doer.IsArmed)
        {
            return null;
        }
        var helped = PartyBefore(index, doer) ?? ForcesTribesJoin(index, doer);
        // «القوات الأمنية من الجيش والشرطة ومقاتلي العشائر وبدعم طيران التحالف»: the parties the helper backs are
        // a list, whose first named is the doer (train sn-9cada69e codes the advance so).
        for (var guard = 0; guard < 4 && helped is { Clitics: "و" } && ArmedEndingAt(index, helped.First, helped) is { } first; guard++)
        {
            helped = first;
        }
        return helped is not null && !string.Equals(helped.ActorId, doer.ActorId, StringComparison.Ordinal) ? helped : null;
    }

    /// <summary>
    /// «القوات الأمنية من الجيش والشرطة ومتطوعي العشائر نفذوا»: the tribal fighters (national_actors.tsv tribes) named
    /// last in a list after a state's forces fight beside them, and the coders take the forces (train sn-9cada69e).
    /// Other allies joined by «و» are left: the coders code them as two doers.
    /// </summary>
    private static ActorHit? ForcesTribesJoin(ArticleIndex index, ActorHit doer) =>
        doer is { Clitics: "و", Entry.IsNational: true } && IsTribalFighters(doer.ActorId)
        && ArmedEndingAt(index, doer.First, doer) is { Entry.Class: "army" } forces ? forces : null;

    private static bool IsTribalFighters(string id)
    {
        foreach (var national in Lexicons.ActorLexicon.National.Values)
        {
            if (string.Equals(national.Tribes, id, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The armed party right before <paramref name="party"/> that it is joined to through a noun of taking part
    /// or backing («بمشاركة», «بمساندة»: event_words.tsv partake and cover).
    /// </summary>
    private static ActorHit? PartyBefore(ArticleIndex index, ActorHit party)
    {
        if (party.First < 1 || !(index.IsRole(party.First - 1, "partake", true) || index.IsRole(party.First - 1, "cover", true)))
        {
            return null;
        }
        return ArmedEndingAt(index, party.First - 1, party);
    }

    /// <summary>The armed party of <paramref name="party"/>'s clause that ends at token <paramref name="end"/>, named as a subject, or null.</summary>
    private static ActorHit? ArmedEndingAt(ArticleIndex index, int end, ActorHit party)
    {
        var clause = index.Token(party.First).Clause;
        var at = index.FirstActorFrom(Math.Max(0, end - 8));
        for (var i = at; i < index.Actors.Count && index.Actors[i].First < end; i++)
        {
            var a = index.Actors[i];
            // Not a party behind a preposition («على مواقع الجيش بمساندة») or a nationality alone.
            if (a.End == end && a.IsArmed && !a.IsNisba && index.Token(a.First).Clause == clause
                && !index.IsPrepositionBefore(a) && a.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') < 0)
            {
                return a;
            }
        }
        return null;
    }
}
