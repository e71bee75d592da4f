using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The deed a verb of managing governs («تمكنت القوات الأمنية من قطع خطوط الإمداد», «استطاعت القوات تحرير»): a
/// verbal noun whose doer is the managing verb's subject, and whose object is the party after it.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many tokens (the subject, a time, a place) between a verb of managing and the «من» of its deed.</summary>
    private const int ManagedReach = 12;

    /// <summary>
    /// «تمكنت قوات عسكرية من قتل أربعة من عناصر داعش», «الطيران الحربي تمكن من قصف أهداف تابعة للتنظيم», «أعلنت
    /// البيشمركة أنها تمكنت من قتل …»: after a verb of managing or succeeding (event_words.tsv role manage) and its
    /// «من»/«في», or right after the verb, the trigger is a verbal noun, never a verb («من قتل» is no passive «قُتل»);
    /// its doer is the managing verb's subject: the party right before the verb, else right after it, else the doer
    /// carried in the sentence (a pronoun subject). The party after the noun is what the deed is done to, never its
    /// subject. A verbal noun tied to that deed by a word of time in the same clause («من قطع خطوط إمداد "داعش" بعد
    /// محاصرتهم») is the same subject's deed, and the party between the two is its object (the pronoun's antecedent).
    /// The linker read the last party before the noun, or the party after it, as the doer (C16, D28 of
    /// docs/handread-2026-12-06n.md). Null when the trigger is governed by no verb of managing.
    /// </summary>
    private static (ActorHit? Doer, ActorHit? Object, bool Local)? Managed(ArticleIndex index, EventCandidate e, TextUnit clause, TextUnit sentence,
        IReadOnlyList<EventCandidate> sentenceEvents, ActorHit? runningTopic)
    {
        var deed = e.First;
        var verb = ManagingVerb(index, deed, clause.First);
        // «بعد محاصرتهم»: a second verbal noun, timed by the managed deed before it in its clause (the first trigger back).
        var chained = verb < 0 && !e.Trigger.IsVerb && e.First > clause.First && index.Words.IsWholeWord(index.Token(e.First - 1).Norm, "managetie");
        if (chained)
        {
            for (deed = e.First - 2; deed >= clause.First && TriggerLexicon.Default.Matcher.MatchAt(index.Text, deed) is null; deed--)
            {
            }
            verb = deed >= clause.First ? ManagingVerb(index, deed, clause.First) : -1;
        }
        if (verb < 0)
        {
            return null;
        }
        var subject = ManagerSubject(index, e, verb, clause.First, deed);
        var patient = chained
            ? LastParty(index, deed + 1, e.First - 1)
            : Genitive(index, e.End, clause.End) ?? SubjectAfter(index, e.End, clause.End) ?? AfterAffiliation(index, e.End, clause.End, out _);
        patient = patient is { IsNisba: false } ? patient : null;
        // A pronoun subject («وتمكنت من قتل») continues the doer told before, but the party the deed is done to
        // never is its own doer («قتل 19 من عناصر داعش … وتمكنت من قتل 15 من عناصر داعش»).
        var carried = subject is null
            ? sentenceEvents.LastOrDefault(x => x.Actor1 is { IsNisba: false } && x.End <= verb)?.Actor1 ?? Topic(index, sentence.First, verb) ?? runningTopic
            : null;
        if (carried is not null && (carried.ActorId == patient?.ActorId || !CanDo(e, carried)))
        {
            carried = null;
        }
        var doer = subject ?? carried;
        return (doer, patient, doer is not null && index.Token(doer.First).Clause == index.Token(e.First).Clause);
    }

    /// <summary>The last party named in [from, to), the antecedent of a pronoun on the noun at <paramref name="to"/>.</summary>
    private static ActorHit? LastParty(ArticleIndex index, int from, int to)
    {
        ActorHit? last = null;
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].End <= to; i++)
        {
            last = index.Actors[i].IsNisba ? last : index.Actors[i];
        }
        return last;
    }

    /// <summary>Whether a verb of managing governs the trigger at <paramref name="deed"/> as its verbal noun («تمكنت القوات من قتل»).</summary>
    internal static bool IsManaged(ArticleIndex index, int deed) => ManagingVerb(index, deed, index.ClauseOf(deed).First) >= 0;

    /// <summary>The verb of managing that governs the trigger as its verbal noun, or -1: right before it, or before its «من»/«في» with no other trigger between.</summary>
    private static int ManagingVerb(ArticleIndex index, int deed, int clauseFirst)
    {
        var k = deed - 1;
        if (k < clauseFirst)
        {
            return -1;
        }
        if (index.IsRole(k, "manage", true))
        {
            return k;
        }
        if (index.Token(k).Norm is not ("من" or "في"))
        {
            return -1;
        }
        for (var j = k - 1; j >= Math.Max(clauseFirst, k - ManagedReach); j--)
        {
            if (index.IsRole(j, "manage", true))
            {
                return j;
            }
            // «تمكن من الفرار من قصف …»: the deed behind a second «من» is another noun's.
            if (TriggerLexicon.Default.Matcher.MatchAt(index.Text, j) is not null)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The subject of the verb of managing: the party ending right before it («القوات الأمنية تمكنت»), else the subject right after it and before the deed («تمكنت قوات البيشمركة … من»).</summary>
    private static ActorHit? ManagerSubject(ArticleIndex index, EventCandidate e, int verb, int clauseFirst, int deed)
    {
        // «القوات النظامية "تمكنت من …»: a quotation mark may open the quoted words between the subject and the verb.
        var end = verb > clauseFirst && index.Token(verb - 1).IsDoubleQuote ? verb - 1 : verb;
        if (end > clauseFirst && index.ActorAt(end - 1) is { } before && before.End == end && IsSubjectLike(index, before) && CanDo(e, before))
        {
            return before;
        }
        return SubjectAfter(index, verb + 1, deed) is { } after && CanDo(e, after) ? after : null;
    }
}
