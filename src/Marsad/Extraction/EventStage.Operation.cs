using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The deed noun an operation word governs: «عملية مداهمات» is a raid, «عملية اغتيال» an assassination.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Whether the trigger at <paramref name="i"/> is the genitive of an operation word right before it
    /// (event_words.tsv role operation: «عملية مداهمات», «لعملية تفجير», «عملية الخطف»). An operation word
    /// heads names too («عملية عاصفة الحزم», «عملية درع الفرات»), but a name's words are no verbal nouns of a
    /// deed, and a quoted name puts its quotation mark between the two: the deed noun read as a noun is the
    /// operation's own deed. Its verb readings are no reading here: a construct's genitive is a noun.
    /// </summary>
    private static bool IsOperationDeed(ArticleIndex index, int i, PhraseMatch<TriggerEntry> m) =>
        i > 0 && index.IsRole(i - 1, "operation", true) && m.Values.Any(v => !v.IsVerb);
}
