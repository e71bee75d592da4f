using Marsad.Extraction;

namespace Marsad.Learning;

/// <summary>
/// Where an accusation was made (docs/annotation.md §6.4: ACCUSE has no place unless the text
/// says where the statement was made). The choice otherwise always places a statement somewhere:
/// at the article's focus (the speaker's capital, the dateline's country) or at a place of the
/// sentence before, which is where that sentence's deed or speaker was.
/// </summary>
internal static partial class PlaceChoice
{
    /// <summary>
    /// True when <paramref name="option"/> is no place of the accusation <paramref name="e"/>: the
    /// focus, which the text does not tie to the statement, or a place of an earlier sentence that
    /// is not where a speaker of that sentence spoke («وقال أردوغان في المؤتمر الصحفي الذي عقده
    /// بمطار إسطنبول» / «كما انتقد أردوغان» goes on at Istanbul), or that is one while the
    /// accusation's own sentence opens on a time of its own («وحذر لافروف خلال استقباله الاثنين في
    /// موسكو» / «والثلاثاء، ندد لافروف»: another day, another setting).
    /// </summary>
    internal static bool NotWhereSaid(ArticleIndex index, EventCandidate e, Option option)
    {
        if (!string.Equals(e.Type, "ACCUSE", StringComparison.Ordinal))
        {
            return false;
        }
        if (option.IsFocus)
        {
            return true;
        }
        if (option.Token < 0)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        if (option.Token >= sentence.First)
        {
            return false;
        }
        var own = index.SentenceOf(option.Token);
        return !SayWithin(index, own.First, option.Token) || StatementRoles.OpensOnTime(index, sentence, e.First);
    }
}
