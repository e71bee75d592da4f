using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «ثماني ضربات استهدفت الجماعة», «حملة عسكرية تستهدف حزب العمال»: a verb of striking told right after a deed
/// noun (event_words.tsv deedsubject: strikes, raids, a campaign, shells) has that noun as its subject, so the
/// party after the verb is its object, what was struck; read as a subject after the verb it made the target
/// the doer (hand-read 2026-12-08r #9).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many words (adjectives, a count: «ضربات جوية») between the deed noun and its verb.</summary>
    private const int DeedSubjectAdjectives = 1;

    private static bool HasDeedNounSubject(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        if (!e.Trigger.IsVerb)
        {
            return false;
        }
        for (var k = e.First - 1; k >= Math.Max(clauseFirst, e.First - 1 - DeedSubjectAdjectives); k--)
        {
            if (index.IsRole(k, "deedsubject", true))
            {
                return true;
            }
            // Only a bare word (an adjective) may stand between: a party, a place or a preposition starts another phrase.
            if (!index.Token(k).IsWord || index.ActorAt(k) is not null || index.PlaceAt(k) is not null || index.IsRole(k, "prep"))
            {
                return false;
            }
        }
        return false;
    }
}
