using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The doer of a deed noun an attempt noun governs: the side the attempt's pronoun takes back.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// «اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام القرى»: an attempt noun with its subject's pronoun
    /// (event_words.tsv `attemptpron`: «محاولتهم», «محاولاته») right before a deed noun of storming or taking has for that
    /// deed's doer the armed side named just before it, the same side <see cref="AttemptedDoer"/> makes the clash's attacker.
    /// The rules and the choice took the sentence's subject, the defender, and the merge kept that telling over the clash's.
    /// Not after a repelling word («صد محاولتهم»), which <see cref="Repelled"/> reads.
    /// </summary>
    private static ActorHit? AttemptNounPronounDoer(ArticleIndex index, EventCandidate e)
    {
        var attempt = e.First - 1;
        if (e.Trigger.IsVerb || e.Type is not ("ASSAULT" or "CAPTURE") || attempt < 1 || !index.IsRole(attempt, "attemptpron")
            || index.IsRole(attempt - 1, "repel", true))
        {
            return null;
        }
        var side = SideBefore(index, attempt, index.SentenceOf(e.First).First);
        return side is not null && side.ActorId != e.Actor1?.ActorId ? side : null;
    }
}
