namespace Marsad.Extraction;

/// <summary>
/// «أصدرت محكمة الجنايات المركزية حكمًا بالإعدام شنقًا على ثلاثة أشخاص», «إصدار القضاء أحكامًا بالإعدام على خمسة معارضين»,
/// «الحكم على المتهمين بالإعدام»: an execution behind «ب» that a word of sentencing governs (event_words.tsv role sentence) is
/// the penalty a court imposes, a verdict, no killing the article tells (docs/annotation.md, decisions of 2026-12-02: court
/// steps are at most an optional ARREST). Carried out, the sentence is the object of the deed's own verb, with no «ب»
/// («نفذت جبهة النصرة حكم الإعدام بحق عشرة أشخاص»), and stays; so do «قامت القوات بإعدام» and «قيام المسلحين بإعدام»,
/// the execution gold codes (train nc-82a0bbea, nc-cfc9d73b, nc-bb33a0ae). Train and dev gold code no execution after a
/// word of sentencing; the keep model reads the execution noun alone.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Words from the sentence to its penalty: «على» and the sentenced («الحكم على ثلاثة متهمين بالإعدام»).</summary>
    private const int SentenceReach = 4;

    private static bool IsSentencedPenalty(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ATTACK_CIVILIANS" || e.Trigger.IsVerb || e.First == 0)
        {
            return false;
        }
        var norm = index.Token(e.First).Norm;
        if (!norm.AsSpan(0, Math.Min(e.Reading.Prefix, norm.Length)).Contains(ChargePrep))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - SentenceReach); k--)
        {
            if (!index.Token(k).IsWord)
            {
                return false;
            }
            if (index.IsRole(k, "sentence", true))
            {
                // «حكمًا بالإعدام» right after the sentence, or «الحكم على …» naming the sentenced first.
                return k == e.First - 1 || index.Words.IsWholeWord(index.Token(k + 1).Norm, "sentenceon");
            }
        }
        return false;
    }
}
