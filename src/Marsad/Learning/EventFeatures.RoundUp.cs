using Marsad.Extraction;

namespace Marsad.Learning;

/// <summary>
/// Whether a long article itemises deeds (a round-up, an agency's daily toll) or argues (an op-ed,
/// a biography). The length alone pulls both down alike (s15/s16/s18-drop: `doc_tokens_log` was the
/// largest pull on the real events the keep model dropped); a round-up spreads triggers over its
/// paragraphs, each with a place of its own and a day, while commentary names deeds in a few
/// paragraphs and reasons in the rest. All three are shares, so they do not grow with the length.
/// </summary>
internal static partial class EventFeatures
{
    // A property, not a field: Names is built by a static initializer of another part of the class,
    // and the order of static initializers across partial files is not defined.
    private static string[] RoundUpNames => ["doc_deed_paragraphs", "doc_dated_deed_sentences", "doc_triggers_per_paragraph"];

    private static float[] RoundUpSignals(ArticleIndex index, IReadOnlyList<EventCandidate> triggers)
    {
        var text = index.Text;
        var paragraphs = Math.Max(1, text.Paragraphs.Count);
        var triggerParagraphs = new bool[paragraphs];
        var triggerSentences = new bool[text.Sentences.Count];
        foreach (var t in triggers)
        {
            triggerParagraphs[ParagraphOf(text, t.First)] = true;
            triggerSentences[text.Tokens[t.First].Sentence] = true;
        }
        // A paragraph is a deed's when it holds a trigger and a place (a country alone names no
        // scene: commentary names countries throughout).
        var placed = new bool[paragraphs];
        foreach (var p in index.Places)
        {
            if (p.Mention.Precision != "country")
            {
                var paragraph = ParagraphOf(text, p.First);
                placed[paragraph] = triggerParagraphs[paragraph];
            }
        }
        var deedParagraphs = 0;
        foreach (var b in placed)
        {
            deedParagraphs += b ? 1 : 0;
        }
        var dated = new bool[text.Sentences.Count];
        foreach (var d in index.Dates)
        {
            var sentence = text.Tokens[d.First].Sentence;
            dated[sentence] = triggerSentences[sentence];
        }
        int triggerSentenceCount = 0, datedCount = 0;
        for (var s = 0; s < triggerSentences.Length; s++)
        {
            triggerSentenceCount += triggerSentences[s] ? 1 : 0;
            datedCount += dated[s] ? 1 : 0;
        }
        return
        [
            (float)deedParagraphs / paragraphs,
            triggerSentenceCount == 0 ? 0 : (float)datedCount / triggerSentenceCount,
            (float)triggers.Count / paragraphs,
        ];
    }
}
