using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// How far the sign features reach (s41b-keep). The paragraph signs read a condition («إذا») or a
/// question anywhere in the trigger's paragraph; on a page flattened into one paragraph that is
/// anywhere in the article, and a real strike told three sentences before an «إذا» of a minister's
/// conditions loses to it. The trigger's own clause says whether the sign governs the deed itself,
/// and the paragraph's length says how wide the paragraph signs were read, so the model can weigh
/// a sign of a 900-word paragraph less than one of a three-sentence paragraph.
/// </summary>
internal static partial class EventFeatures
{
    // A property, not a field: Names is built in a static initializer of another part of this class, whose order against this file's fields is not defined.
    private static string[] ScopeNames => [.. SignRoles.Select(r => "clause_" + r), "paragraph_tokens_log"];

    private static void Scope(AnalyzedText text, DocumentSignals doc, int trigger, Span<float> into, ref int k)
    {
        var clause = text.Tokens[trigger].Clause;
        var signs = clause < doc.ClauseSigns.Length ? doc.ClauseSigns[clause] : 0;
        for (var r = 0; r < SignRoles.Length; r++)
        {
            into[k++] = (signs >> r & 1) == 1 ? 1 : 0;
        }
        if (text.Paragraphs.Count == 0)
        {
            into[k++] = (float)Math.Log(1 + text.Tokens.Count);
            return;
        }
        var paragraph = text.Paragraphs[ParagraphOf(text, trigger)];
        into[k++] = (float)Math.Log(1 + (paragraph.End - paragraph.First));
    }
}
