using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The doer named by the verb that carried out the deed («بعملية نفذتها القوات», «في هجوم شنه المسلحون»).</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens stand between a killing and the deed noun it came of: «قتل 15 عنصرًا من تنظيم داعش الإرهابي اليوم بعملية».</summary>
    private const int MeansReach = 10;

    /// <summary>At most this many tokens of the deed's own phrase stand between the deed noun and the verb that carried it out: «هجوم بالأسلحة مساء الخميس شنه».</summary>
    private const int ExecutorReach = 5;

    /// <summary>
    /// «قتل 15 عنصرًا من التنظيم بعملية أمنية نفذتها القوات العراقية», «قُتل أربعة ضباط في هجوم شنته
    /// جماعة مسلحة», «هجوم مباغت بالأسلحة الخفيفة شنه مسلحون»: a verb of carrying out with the deed's
    /// pronoun (event_words.tsv role doer: «نفذتها», «شنه», «قام به») has for subject the armed actor
    /// or state right after it, so that actor is the doer of the deed noun the pronoun takes back, and of the
    /// killing told as that deed's outcome (the noun behind ب or a preposition of cause, «في», «إثر»,
    /// «خلال»). The choice scores each mention on its own and took nobody or the counted dead there.
    /// The linker reads the marker right after a noun trigger already; this reads it after the
    /// deed's adjectives and time words, and through the killing it caused. Only the first deed
    /// after the trigger counts, and only with no other trigger between, so a killing told beside
    /// another attack keeps its doer.
    /// </summary>
    private ActorHit? ExecutedDoer(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var sentence = index.SentenceOf(e.First);
        var end = Math.Min(sentence.End, index.Count);
        // The deed noun: the trigger itself when a noun, else the first deed word behind a preposition of cause or ب after it.
        var deedEnd = -1;
        if (!e.Trigger.IsVerb)
        {
            deedEnd = e.End;
        }
        for (var k = e.End; deedEnd < 0 && k < Math.Min(end, e.End + MeansReach); k++)
        {
            var t = index.Token(k);
            // The dead are counted between: «قتل 15 عنصرًا … بعملية».
            if (t.Kind == TokenKind.Punctuation)
            {
                return null;
            }
            var trigger = index.IsTrigger(k) ? _triggers.Matcher.MatchAt(index.Text, k) : null;
            var isDeed = (trigger is not null && trigger.Values.Any(v => !v.IsVerb)) || WordRoles.ActorRoles.Is(index.Text, k, "deed", true);
            if (isDeed && (t.Norm.StartsWith('ب') || (k > e.End && index.IsRole(k - 1, "cause"))))
            {
                deedEnd = (trigger ?? _triggers.Matcher.MatchAt(index.Text, k)) is { } own ? own.End : k + 1;
            }
            else if (index.IsTrigger(k))
            {
                return null;
            }
        }
        if (deedEnd < 0)
        {
            return null;
        }
        for (var k = deedEnd; k < Math.Min(end, deedEnd + ExecutorReach); k++)
        {
            if (index.Role(k, "doer", true) is { } marker)
            {
                return Executor(index, marker.End, end);
            }
            if (index.Token(k).Kind == TokenKind.Punctuation || index.ActorAt(k) is not null || index.IsTrigger(k) || index.IsRole(k, "relative"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The armed actor or state the verb of carrying out names right after itself (its subject, «نفذته
    /// إسرائيل» a state's forces), free of any preposition; null when its subject is a pronoun.
    /// </summary>
    private static ActorHit? Executor(ArticleIndex index, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 2); k++)
        {
            if (index.ActorAt(k) is { } a)
            {
                // «نفذه الجيش السوري أو التحالف»: a doer told as one of two names none.
                return a.First == k && ActorLinker.CanBeNamedDoer(index, a) && !index.IsPrepositionBefore(a)
                    && a.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') < 0 && !(a.End < end && index.Token(a.End).Norm is "او") ? a : null;
            }
            if (!index.Token(k).IsWord || index.IsRole(k, "prep"))
            {
                return null;
            }
        }
        return null;
    }
}
