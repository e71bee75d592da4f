using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>
    /// «مشيرة إلى قصف بمدافع الميدان على عين ترما», «وأشار إلى غارات على البلدة», «أفادت بقصف عنيف»: a deed noun right
    /// after a verb or participle of pointing to or telling of (event_words.tsv role pointto) is what a source tells. Its
    /// clause names no doer, so none is carried into it from the deeds or topics told before (docs/annotation.md 6.3 and
    /// 8: shelling with no doer named keeps actor1 null). A doer the noun names itself («إلى قصف قوات النظام») is read
    /// before the carry and stays. Clashes are left to the carry: the guideline gives a clash that names no side the
    /// sides of its paragraph (docs/annotation.md 8, 2026-12-03). Nor when a party stands after the noun in its clause.
    /// </summary>
    private static bool PointedTo(ArticleIndex index, EventCandidate e, TextUnit clause)
    {
        // «أفادت عن سقوط قذيفة هاون أطلقها إرهابيون»: a party named after the noun in its clause may be its doer, read as before.
        if (e.Trigger.IsVerb || TypeRules.IsClashWord(index, e) || index.Actors.Any(a => a.First >= e.End && a.First < clause.End))
        {
            return false;
        }
        var before = e.First - 1;
        if (before >= 0 && index.Token(before).Norm is "الي" or "عن")
        {
            return index.IsRole(before - 1, "pointto", true);
        }
        // «أفادت بقصف»: the word takes its object behind the clitic ب.
        return e.Reading.Prefix > 0 && index.Token(e.First).Norm.StartsWith('ب') && index.IsRole(before, "pointto", true);
    }
}
