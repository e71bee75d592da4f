using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «منفذ هجوم سوروتش الانتحاري الذي تبناه تنظيم داعش», «الهجوم الانتحاري، الاثنين، الذي تبناه التنظيم»: a claim told as
/// a relative clause on the deed noun names the claimant as the deed's doer (docs/annotation.md 4.5: the claimant is
/// actor1), as «تبنى التنظيم الهجوم» does. The verb carries the deed's pronoun («تبناه», «تبنته», «تبناها»), so
/// event_words.tsv reads it as a doer marker, and the claim path (<see cref="ApplyClaims"/>) never sees it; the doer
/// marker is read only within three words of the noun with nothing named between (ActorLinker.Doer), so a place genitive,
/// a day or a comma between the noun and «الذي» lost the claimant, and the actor2 choice showed it as the target.
/// A noun followed by «الذي/التي» is definite (the relative pronoun follows only a definite noun): the deed is one the
/// reader knows, and the claim takes back the article's one doerless lethal deed told before (<see cref="RecallFirstTelling"/>),
/// as «يقف وراء الاعتداء» does. A state or a body that «تبناه» adopts a plan or a resolution (<see cref="AdoptsOnly"/>).
/// The relative verbs of doing (event_words.tsv doer: «الغارة التي نفذتها مقاتلات حربية إسرائيلية», «الهجوم الذي شنه
/// مسلحون») name the doer of their own noun the same way, a state too, but take back no deed told before: in the pool
/// «العمليات التي تشنها القوات التركية» gave Turkey the PKK's car bomb two sentences before.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between the deed noun and the relative pronoun: the place genitive, the adjectives and the day («هجوم سوروتش الانتحاري», «الهجوم الانتحاري، الاثنين،»).</summary>
    private const int RelativeClaimReach = 5;

    private static void ApplyRelativeClaims(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = 1; i < index.Count; i++)
        {
            // «تبناه» claims; «نفذه», «شنتها» (event_words.tsv doer) tell who did it, and a state may do that.
            var claim = ActorRoleWords.At(index.Text, i, "claim", true);
            if ((claim ?? index.Role(i, "doer", true)) is not { } verb || !index.IsRole(i - 1, "relative", true) || IsNegatedClaim(index, i - 1))
            {
                continue;
            }
            if (RelativeClaimBy(index, i - 1, verb.End, claimOnly: claim is not null) is { } blame)
            {
                BlameDeeds(index, events, blame, i - 1, "relative-claim");
                ClaimBombers(index, events, blame);
                RecallFirstTelling(index, events, blame, "relative-claim");
            }
            i = Math.Max(i, verb.End - 1);
        }
    }

    /// <summary>The armed group right after the verb of claiming, and the lethal deed noun the relative pronoun follows, or null.</summary>
    private static Blame? RelativeClaimBy(ArticleIndex index, int relative, int verbEnd, bool claimOnly)
    {
        var sentence = index.SentenceOf(relative);
        if (index.ActorAt(verbEnd) is not { } party || party.First != verbEnd || party.IsNisba || party.Clitics.Length > 0
            || !ActorLinker.CanBeNamedDoer(index, party, stateToo: !claimOnly) || (claimOnly && AdoptsOnly(party)) || IsVagueTie(index, party))
        {
            return null;
        }
        for (var k = relative - 1; k >= Math.Max(sentence.First, relative - 1 - RelativeClaimReach); k--)
        {
            if (index.TriggerTypeAt(k) is { } type)
            {
                return EventTypes.IsLethalViolence(type) ? new Blame(party, null, NounOfAdjective(index, k, sentence.First), relative, claimOnly) : null;
            }
            // «الهجوم على الجيش الذي تبناه»: a party before the pronoun may be what it takes back; a bomber adjective is the deed's.
            if (index.ActorAt(k) is { } named && !ActorLinker.IsDeedAdjective(index, named) && !named.IsNisba)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// «هجوم سوروتش الانتحاري الذي»: a bomber word is a trigger of its own, but after a deed noun it is the noun's
    /// adjective; the deed starts at the noun (up to two words before, a place genitive between).
    /// </summary>
    private static int NounOfAdjective(ArticleIndex index, int trigger, int sentenceFirst)
    {
        if (!index.IsRole(trigger, "bomb", true))
        {
            return trigger;
        }
        for (var k = trigger - 1; k >= Math.Max(sentenceFirst, trigger - 3); k--)
        {
            if (index.TriggerTypeAt(k) is { } type && EventTypes.IsLethalViolence(type))
            {
                return k;
            }
        }
        return trigger;
    }
}
