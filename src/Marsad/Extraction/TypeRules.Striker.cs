using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «طائرات مقاتلة تركية شنت هجمات على معسكرات», «طائرة بلا طيار هاجمت سيارة»: a machine that strikes by itself
/// (event_words.tsv role striker: aircraft, artillery, warships) standing as the subject right before a verb of
/// attacking or killing makes the deed an air or artillery strike, REMOTE (SPEC §2), whoever the linker took for the
/// doer (often the state its nisba names, «تركية», which is no weapon). The doer rule beside it reads only a doer
/// linked next to the trigger.
/// </summary>
internal static partial class TypeRules
{
    /// <summary>Words before a verbal trigger, in its clause, where its subject is read («طائرات مقاتلة تركية شنت»).</summary>
    private const int SubjectReach = 3;

    /// <summary>
    /// Whether a striker word stands within <see cref="SubjectReach"/> words before the verbal trigger of <paramref name="e"/>,
    /// in its clause and with no other trigger between, as the verb's subject: not behind a preposition or a word that
    /// carries one («وبدعم طيران التحالف تقدمت»: the advance is made with air cover, on the ground), and not what a verb of
    /// downing before it in the clause brings down («أسقطوا طائرة»).
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
                return !BehindPreposition(index, k) && !DownedBefore(index, clause.First, k);
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="k"/> is an aircraft or artillery word that strikes by itself (roles striker and remoteweapon
    /// both: «مقاتلة» alone is as often the adjective «fighting», «فصائل إسلامية ومقاتلة»), with the article or the joining
    /// «و» at most: a preposition clitic makes it the instrument or a genitive («بالطائرات», «للطيران»).
    /// </summary>
    private static bool IsStrikingWeapon(ArticleIndex index, int k)
    {
        if (!TypeCues.Is(index, k, "striker") || !TypeCues.Is(index, k, "remoteweapon"))
        {
            return false;
        }
        var norm = index.Token(k).Norm.AsSpan();
        if (norm.Length > 2 && norm[0] is 'و' or 'ف')
        {
            norm = norm[1..];
        }
        return !(norm[0] is 'ب' or 'ك' || (norm[0] == 'ل' && !norm.StartsWith("ال")));
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
        var before = k - 1;
        while (before >= 0 && !index.Token(before).IsWord)
        {
            before--;
        }
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
            if (token.Norm.AsSpan(0, reading.Prefix).IndexOfAny('ب', 'ل', 'ك') >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
