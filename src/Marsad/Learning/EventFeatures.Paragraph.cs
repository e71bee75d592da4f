namespace Marsad.Learning;

/// <summary>
/// The signs of opinion and history over the candidate's paragraph: the sentence is too narrow
/// (an op-ed's «نعتقد» or a history lesson's «آنذاك» stands a sentence or two away from the
/// trigger) and the article too wide (a news report may end on one paragraph of background).
/// Only word signs are read, no date distance: the far-date features of s5-keep sided with
/// annotation.md 4.1 against the seed article's coded 2015 history, and could not ship.
/// </summary>
internal static partial class EventFeatures
{
    private static void ParagraphSigns(DocumentSignals doc, int paragraph, Span<float> into, ref int k)
    {
        var signs = paragraph < doc.ParagraphSigns.Length ? doc.ParagraphSigns[paragraph] : 0;
        foreach (var bit in ParagraphSignBits)
        {
            into[k++] = (signs & bit) != 0 ? 1 : 0;
        }
    }
}
