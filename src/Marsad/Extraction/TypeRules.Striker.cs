using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «طائرات مقاتلة تركية شنت هجمات على معسكرات», «طائرة بلا طيار هاجمت سيارة»: a machine that strikes by itself
/// (event_words.tsv roles striker and remoteweapon both: aircraft and artillery; the warships and tanks of role striker
/// are no remoteweapon, so they do not qualify) standing as the subject right before a verb of attacking or killing
/// makes the deed an air or artillery strike, REMOTE (SPEC §2), whoever the linker took for the doer (often the state
/// its nisba names, «تركية», which is no weapon). The doer rule beside it reads only a doer linked next to the trigger.
/// </summary>
internal static partial class TypeRules
{
    /// <summary>Words before a verbal trigger, in its clause, where its subject is read («طائرات مقاتلة تركية شنت»).</summary>
    private const int SubjectReach = 3;

    /// <summary>
    /// Whether a striker word stands within <see cref="SubjectReach"/> words before the verbal trigger of <paramref name="e"/>,
    /// in its clause and with no other trigger between, as the verb's subject: not behind a preposition or a word that
    /// carries one («وبدعم طيران التحالف تقدمت»: the advance is made with air cover, on the ground), not the genitive of a
    /// deed or weapon noun before it («ورغم غارات الطيران اقتحمت», «على قصف الطيران فاقتحمت»: the raids are the
    /// aircraft's, the storming is another's; review29 finding 1), and not what a verb of downing before it in the clause
    /// brings down («أسقطوا طائرة»).
    /// </summary>
    internal static bool StrikerSubject(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var words = 0;
        for (var k = e.First - 1; k >= clause.First && words < SubjectReach; k--)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            words++;
            if (index.IsTrigger(k))
            {
                return false;
            }
            if (IsStrikingWeapon(index, k))
            {
                return !BehindPreposition(index, k) && !GovernedByDeed(index, k) && !DownedBefore(index, clause.First, k);
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="k"/> is an aircraft or artillery word that strikes by itself (roles striker and remoteweapon
    /// both: «مقاتلة» alone is as often the adjective «fighting», «فصائل إسلامية ومقاتلة»), read with the article or the
    /// joining «و» at most: a preposition among the proclitics of the reading that finds the striker makes it the
    /// instrument or a genitive («بالطائرات», «للطيران»), while a striker whose own first letter is «ب» («بوارج») stays one.
    /// </summary>
    private static bool IsStrikingWeapon(ArticleIndex index, int k)
    {
        if (!TypeCues.Is(index, k, "striker") || !TypeCues.Is(index, k, "remoteweapon"))
        {
            return false;
        }
        var token = index.Token(k);
        foreach (var reading in token.Segmentations)
        {
            if (index.Words.IsWholeWord(reading.Base, "striker") && !CliticSegmenter.HasPreposition(token.Norm, reading))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word before the striker at <paramref name="k"/> is a trigger, a deed or a weapon word («غارات الطيران»,
    /// «قصف الطيران», «ضربات المدفعية»): that noun governs the striker as its genitive, so the striker is no subject of the
    /// verb after it.
    /// </summary>
    private static bool GovernedByDeed(ArticleIndex index, int k)
    {
        var before = PreviousWord(index, k);
        return before >= 0 && (index.IsTrigger(before) || TypeCues.IsRemoteWord(index, before) || TypeCues.Is(index, before, "deed"));
    }

    private static int PreviousWord(ArticleIndex index, int k)
    {
        var before = k - 1;
        while (before >= 0 && !index.Token(before).IsWord)
        {
            before--;
        }
        return before;
    }

    /// <summary>
    /// Whether a verb of downing stands before <paramref name="k"/> in its clause («وبعد أن أسقط مقاتلو المعارضة طائرة
    /// هاجموا»): the aircraft is what it brought down, past its subject, no subject of the verb after it.
    /// </summary>
    private static bool DownedBefore(ArticleIndex index, int first, int k)
    {
        for (var j = first; j < k; j++)
        {
            if (index.IsRole(j, "downverb", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word before <paramref name="k"/> is a preposition or carries one («بدعم», «لقصف»), the striker then its genitive or object.</summary>
    private static bool BehindPreposition(ArticleIndex index, int k)
    {
        var before = PreviousWord(index, k);
        if (before < 0)
        {
            return false;
        }
        if (index.IsRole(before, "prep", true))
        {
            return true;
        }
        var token = index.Token(before);
        foreach (var reading in token.Segmentations)
        {
            if (CliticSegmenter.HasPreposition(token.Norm, reading))
            {
                return true;
            }
        }
        return false;
    }
}
