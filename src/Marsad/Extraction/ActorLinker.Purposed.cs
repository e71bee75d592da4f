using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «ويحارب الجيش مقاتلي جماعات … للسيطرة على السهل», «شنت الطائرات غارات لاستهداف مواقع»: a verbal noun behind
/// the «ل» of purpose, after a verb of force and its object with no other deed between, tells what the verb's subject means to do:
/// its doer is that subject (the party ending right before the verb, else the one right after it), never the
/// last party before the noun, which is the verb's object (D26 of docs/handread-2026-12-06n.md).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many tokens between the governing verb and the noun of purpose.</summary>
    private const int PurposeReach = 16;

    /// <summary>The doer and object of a noun of purpose, or null when no deed verb governs it.</summary>
    private static (ActorHit Doer, ActorHit? Object)? Purposed(ArticleIndex index, EventCandidate e, TextUnit sentence, IReadOnlyList<EventCandidate> sentenceEvents)
    {
        if (e.Trigger.IsVerb || e.Reading.Prefix == 0 || index.Token(e.First).Norm is not ['ل', ..])
        {
            return null;
        }
        var verb = sentenceEvents.LastOrDefault(x => x.End <= e.First && x.First >= sentence.First);
        // A deed of force with its object between it and the noun: a noun right after the verb is its complement
        // («تعرض للقصف»), and after a word of saying or stance the «ل» may hang on a noun of the object
        // («انتقدت روسيا خطط واشنطن لتقديم غطاء»), whose owner is another.
        if (verb is null || !verb.Trigger.IsVerb || !EventTypes.IsUseOfForce(verb.Type) || e.First - verb.End > PurposeReach || e.First == verb.End)
        {
            return null;
        }
        // «الذي سيطر عليه مقاتلو المعارضة منذ أيام تعرض للقصف»: a relative clause's verb governs nothing past its clause.
        if (verb.First > sentence.First && index.IsRole(verb.First - 1, "relative", true))
        {
            return null;
        }
        for (var k = verb.End; k < e.First; k++)
        {
            if (index.Token(k).Kind == TokenKind.Punctuation || TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is not null)
            {
                return null;
            }
        }
        // «للقصف من القوات النظامية»: a noun that names its own doer behind its preposition is told of that doer.
        var clauseEnd = index.ClauseOf(e.First).End;
        if (e.Trigger.Actor1Prep is { } prep && AfterPreposition(index, e.End, clauseEnd, prep) is not null
            || AfterActor1Preposition(index, e.End, clauseEnd) is not null)
        {
            return null;
        }
        var subject = index.ActorAt(verb.First - 1) is { } before && before.End == verb.First && IsSubjectLike(index, before)
            ? before
            : SubjectAfter(index, verb.End, e.First);
        if (subject is null || subject.IsNisba || !CanDo(e, subject))
        {
            return null;
        }
        var obj = Genitive(index, e.End, clauseEnd) ?? FirstOtherParty(index, subject.End, e.First, subject.ActorId);
        return (subject, obj);
    }

    /// <summary>The first party in [from, to) that is not <paramref name="id"/> and no nationality adjective.</summary>
    private static ActorHit? FirstOtherParty(ArticleIndex index, int from, int to, string id)
    {
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].End <= to; i++)
        {
            var a = index.Actors[i];
            if (!a.IsNisba && !string.Equals(a.ActorId, id, StringComparison.Ordinal))
            {
                return a;
            }
        }
        return null;
    }
}
