namespace Marsad.Extraction;

/// <summary>
/// «المتهمين بتفجير مسجد الإمام الصادق», «بعد إدانته بانضمامه لتنظيم داعش», «بتهمة قتل جندي»: a deed named as
/// the charge of a defendant, a conviction or an arrest is what a court or a prosecution holds against someone,
/// told at a trial or a sentence, not a happening the article reports (docs/annotation.md, decisions of
/// 2026-12-02: court steps are optional ARREST at most; the deed charged is months back or never told as news).
/// The keep model reads the deed's own words (a joining, a bombing) and kept such charges on the pool.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// True when the word right before the trigger is a charge whose genitive the deed is («بتهمة»: role chargeof),
    /// or a charge that takes its deed behind «ب» («المتهم», «إدانته»: role charge) stands one or two words before
    /// the trigger carrying that «ب».
    /// </summary>
    private static bool IsCharged(ArticleIndex index, EventCandidate e)
    {
        if (e.First == 0 || !index.Token(e.First - 1).IsWord || index.Text.Tokens[e.First - 1].Sentence != index.Text.Tokens[e.First].Sentence)
        {
            return false;
        }
        if (index.IsRole(e.First - 1, "chargeof", true))
        {
            return true;
        }
        var norm = index.Token(e.First).Norm;
        if (!norm.AsSpan(0, Math.Min(e.Reading.Prefix, norm.Length)).Contains('ب'))
        {
            return false;
        }
        // «إدانة مواطن بالانضمام», «المتهمين الثلاثة بتفجير»: the defendant or a word of him may stand between.
        return index.IsRole(e.First - 1, "charge", true)
            || (e.First > 1 && index.Token(e.First - 2).IsWord && index.IsRole(e.First - 2, "charge", true)
                && index.Token(e.First - 1).Norm is { Length: > 0 } between && between[0] != 'ب');
    }
}
