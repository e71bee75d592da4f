using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «وقالت إن واشنطن عرقلت بيانا في مجلس الأمن يدين الهجوم», «منعت صدور أي قرار في مجلس الأمن يدين الأسد»: a statement
/// or a resolution that one party blocked, vetoed or kept from being issued condemns nothing; the condemning verb is
/// the content of a text that never came out, and its body (the Security Council, the UN) made no accusation. The
/// accusation the sentence does hold is the complaint about the blocking («اتهمت روسيا الولايات المتحدة»), coded
/// on its own verb (docs/annotation.md 4.4: a statement is coded only as what it does).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Tokens before the condemning word where the word of obstructing may stand: the motion noun, its issuing
    /// («صدور أي قرار»), the body it goes before and its description («في مجلس الأمن التابع للأمم المتحدة»).
    /// </summary>
    private const int ObstructedReach = 12;

    /// <summary>
    /// True for an ACCUSE whose word stands after a motion noun (event_words.tsv role motion: «بيانا», «قرار»,
    /// «صدور») that a word of obstructing (role obstruct: «عرقلت», «تعطيل», «الفيتو») governs before it in the
    /// same sentence, within <see cref="ObstructedReach"/> tokens.
    /// </summary>
    private static bool IsObstructedStatement(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ACCUSE")
        {
            return false;
        }
        var sentence = index.Token(e.First).Sentence;
        var motion = false;
        for (var k = e.First - 1; k >= 0 && k >= e.First - ObstructedReach && index.Token(k).Sentence == sentence; k--)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (motion && index.IsRole(k, "obstruct", true))
            {
                return true;
            }
            motion |= index.IsRole(k, "motion");
        }
        return false;
    }
}
