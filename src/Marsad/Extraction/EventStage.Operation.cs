using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The deed noun an operation word governs: «عملية مداهمات» is a raid, «عملية اغتيال» an assassination.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Whether the trigger at <paramref name="i"/> is the genitive of an operation word right before it
    /// (event_words.tsv role operation: «عملية مداهمات», «لعملية تفجير», «عملية اغتيال»). An operation word
    /// heads names too («عملية عاصفة الحزم», «عملية درع الفرات»), but a name's words are no verbal nouns of a
    /// deed, and a quoted name puts its quotation mark between the two: the deed noun read as a noun is the
    /// operation's own deed. Its verb readings are no reading here: a construct's genitive is a noun. Only a
    /// bare genitive tells a deed: «عملية التفجير», «عملية الاقتحام» point back at a deed told already (the
    /// pool's 115 of them were mostly copies of the article's own event at a vaguer place), and stay gated.
    /// A capture noun names the offensive by its aim («عملية تحرير الرمادي», «المرحلة الثانية من عملية تحرير»):
    /// the taking is still to come (docs/annotation.md 6.2, an attack's stated aim), so it stays gated too.
    /// </summary>
    private static bool IsOperationDeed(ArticleIndex index, int i, PhraseMatch<TriggerEntry> m) =>
        i > 0 && !m.FirstReading.HasArticle && index.IsRole(i - 1, "operation", true)
        && m.Values.Any(v => !v.IsVerb && !string.Equals(v.Type, "CAPTURE", StringComparison.Ordinal));
}
