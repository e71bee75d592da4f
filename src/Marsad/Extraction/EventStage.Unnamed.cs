using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// An attack left doerless by the choice and the doer rules whose own sentence names an unnamed
/// armed party as a free subject («سيارة مفخخة يقودها انتحاري», «هجوم شنه مسلحون»): the guideline
/// codes such attackers UNIDENTIFIED-ARMED, null only where there are no attacker words at all
/// (docs/annotation.md 6.3 and 8, "unnamed suspects … an attack with no attacker words at all: null").
/// The actor1 choice weighs «مسلحون» as one option among many and keeps the rules' null where the
/// linker read none (issue 9, s15-nobody: train and dev "nobody for someone" with such a word).
/// </summary>
public sealed partial class EventStage
{
    private static void UnnamedAttacker(ArticleIndex index, EventCandidate e)
    {
        // A killing word («قتل 28 مقاتلا») is mostly the toll line of an attack beside it, kept doerless to fold into it (TollOf).
        if (e.Actor1 is not null || !EventTypes.IsLethalViolence(e.Type) || FatalityFinder.Default.IsKillingWordAt(index.Text, e.First)
            || UnnamedIn(index, e) is not { } attacker)
        {
            return;
        }
        // The actor2 choice often takes the one unnamed party of a doerless attack for its target
        // («سيارة مفخخة يقودها انتحاري»); a free subject, neither counted nor behind a target word, is its doer.
        if (string.Equals(e.Actor2?.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal))
        {
            e.Actor2 = null;
        }
        if (TraceChoices)
        {
            Console.Error.WriteLine($"trace: doer rule unnamed «{index.Text.TextOf(e.First, e.End)}» -/{e.Actor2?.ActorId ?? "-"} -> {attacker.ActorId}/{e.Actor2?.ActorId ?? "-"}");
        }
        SetDoer(index, e, attacker);
    }

    /// <summary>
    /// The nearest mention of an unnamed armed party in the trigger's sentence that may be its doer:
    /// no preposition, target word or clitic «ب», «ل» before it, not a passive verb's subject or the
    /// target of a verb of aiming, and one the fell rule and the undergone rule would let stand (a
    /// bomb that went off keeps only a doer named after it).
    /// </summary>
    private static ActorHit? UnnamedIn(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        ActorHit? best = null;
        for (var i = index.FirstActorFrom(sentence.First); i < index.Actors.Count && index.Actors[i].First < sentence.End; i++)
        {
            var a = index.Actors[i];
            if (!string.Equals(a.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal) || (a.First < e.End && a.End > e.First)
                || index.IsPrepositionBefore(a) || a.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0
                // «تفجيرين انتحاريين», «هجوم انتحاري»: right after a deed the word is its adjective, not a person;
                // so after a deed word the candidate list joined into a neighbour and no longer marks
                // («انفجاراً رابعاً نتج عن هجوم انتحاري»: «هجوم» folded into «انفجاراً»).
                || index.IsTrigger(a.First - 1) || IsDeedWordBefore(index, a)
                || ActorArguments.MentionCues.Of(index, a) is { TargetBefore: true } or { Undergo: true } or { Counted: true }
                || ActorArguments.PassiveSubject(index, a, e) || DeedTarget.Is(index, a, e)
                || FellWithoutDoer(index, e, a) || SufferedWithoutDoer(index, e, a))
            {
                continue;
            }
            if (best is null || Gap(a, e) < Gap(best, e))
            {
                best = a;
            }
        }
        if (best is null && PersonBomber(index, sentence.First, sentence.End) is { } person && !FellWithoutDoer(index, e, person) && !SufferedWithoutDoer(index, e, person))
        {
            best = person;
        }
        return best;
    }

    private static readonly ActorEntry UnnamedBomber = new(ActorLexicon.UnidentifiedArmed, "name", "org");

    /// <summary>
    /// «تفجير رجل سيارة مفخخة», «فجر مهاجم شاحنة», «رجلا فجر نفسه»: a person noun as the subject or agent of a
    /// verb or verbal noun of setting off a bomb, with what was set off beside it (actor_roles.tsv roles detonate,
    /// bomberperson, blasted), names the bomber, an unnamed attacker like «انتحاري» (docs/annotation.md 6.3). No
    /// lexicon name matches «رجل», so such a bombing had no attacker words and stayed null (hand-read 2026-12-06f
    /// B14, B24). The object must follow at once: «جرحت في التفجير امرأة تسكن …» has a victim after the deed noun,
    /// and a definite «التفجير» takes no agent. Read here for a doerless attack only, not as an article-wide
    /// mention: one more mention moves the document features of every other decision of the article.
    /// </summary>
    private static ActorHit? PersonBomber(ArticleIndex index, int first, int end)
    {
        var roles = WordRoles.ActorRoles;
        var text = index.Text;
        for (var k = first; k + 2 < end; k++)
        {
            if (roles.At(text, k, "detonate", true) is not { } verb || verb.FirstReading.HasArticle)
            {
                continue;
            }
            // «تفجير رجل سيارة»: the person after the deed word; «رجلا فجر نفسه»: the person before the verb, «نفسه» after it.
            var person = roles.IsWholeWord(index.Token(k + 1).Norm, "bomberperson") && roles.Is(text, k + 2, "blasted", true) ? k + 1
                : k > first && roles.IsWholeWord(index.Token(k - 1).Norm, "bomberperson") && roles.IsWholeWord(index.Token(k + 1).Norm, "blasted")
                    && index.Token(k + 1).Norm.StartsWith("نفس", StringComparison.Ordinal) ? k - 1
                : -1;
            if (person >= 0 && index.ActorAt(person) is null)
            {
                return new ActorHit(person, person + 1, index.Token(person).Span, UnnamedBomber.Id, false, UnnamedBomber);
            }
        }
        return null;
    }

    /// <summary>
    /// A deed noun of the trigger lexicon stands right before <paramref name="a"/> (or runs through it: «هجوم انتحاري»
    /// may be one phrase). Not a verb: after «فجر» the word is its subject, a person («فجر انتحاري نفسه»).
    /// </summary>
    internal static bool IsDeedWordBefore(ArticleIndex index, ActorHit a) =>
        a.First > 0 && index.Token(a.First - 1).IsWord
        && TriggerLexicon.Default.Matcher.MatchAt(index.Text, a.First - 1) is { } m && m.End >= a.First && m.End <= a.End
        && m.Values.All(static t => !t.IsVerb);

    private static int Gap(ActorHit a, EventCandidate e) => a.End <= e.First ? e.First - a.End : a.First >= e.End ? a.First - e.End : 0;
}
