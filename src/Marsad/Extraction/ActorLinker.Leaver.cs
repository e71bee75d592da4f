using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Who leaves: the subject of a verb of withdrawing is the side that withdraws, named after the verb (VSO) even in a
/// clause of background whose main clause has another subject («دخل الجيش الحي بعد أن انسحب منه المعارضون»).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>
    /// «بعد أن انسحب منه المعارضون», «فانسحبت عندها السيارات»: an intransitive verb of withdrawing (event_words.tsv role
    /// leaveverb) followed by a definite noun that names no party is told of that noun, its own subject: the withdrawal is
    /// not the deed of the party carried from the sentence (the army that entered, the army that shelled; Q9, Q35 of
    /// /work/handread37/tableQ.md, M18 of docs/handread-2026-12-07e.md). Such a verb takes no object, so the definite noun
    /// right after it (past the pronoun of the place left, «منه», and a word of time, role skip) is its subject. A force
    /// noun or a fighter word («انسحبت القوات», «انسحب المقاتلون») is left to the carried doer: it is that side's own men
    /// more often than not; so are a place, a date and a plural verb («انسحبوا»), whose subject is its suffix.
    /// </summary>
    private static bool HasUnnamedLeaver(ArticleIndex index, EventCandidate e, int clauseEnd)
    {
        if (e.Type != "WITHDRAW" || !e.Trigger.IsVerb || !index.IsRole(e.First, "leaveverb", true) || HasPluralSubject(index, e.First))
        {
            return false;
        }
        for (var k = e.End; k < Math.Min(clauseEnd, e.End + SubjectWindow); k++)
        {
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation || index.IsRole(k, "skip", true) || index.InDate(k))
            {
                if (t.Kind == TokenKind.Punctuation && t.Norm[0] is not ('"' or '\''))
                {
                    return false;
                }
                continue;
            }
            return index.ActorAt(k) is null && index.PlaceAt(k) is null && !index.IsRole(k, "prep")
                && !index.IsRole(k, "forcenoun", true) && !index.IsRole(k, "fighter", true)
                && t.Segmentations.Any(static r => r.HasArticle && r.Prefix == 0);
        }
        return false;
    }
}
