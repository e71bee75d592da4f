using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Reported speech: when an event's sentence holds a saying word («قال», «بحسب», «تقول») and a
/// source («المرصد السوري لحقوق الإنسان», «المصادر الميدانية»), the event is attributed to that
/// source as written. The event stays asserted: reporting is not doubt.
/// </summary>
internal sealed class AttributionFinder(WordRoles lexicon)
{
    public static AttributionFinder Default { get; } = new(WordRoles.Attribution);

    /// <summary>
    /// True when token <paramref name="index"/> (clitics allowed) opens a reporting word of attribution.tsv: a verb
    /// («قال», «أفاد», role say) or a preposition («بحسب», «وفقا ل», role sayprep). The one question for readers
    /// outside the finder, on the shipped table (<see cref="WordRoles.Attribution"/>); the finder's own scans
    /// read the table it was built with.
    /// </summary>
    public static bool IsReporting(AnalyzedText text, int index) => WordRoles.Attribution.IsEither(text, index, "say", "sayprep", allowClitics: true);

    private static bool IsReporting(PhraseMatch<string> m) => m.Values.Contains("say") || m.Values.Contains("sayprep");

    /// <summary>True when a saying word («قال», «أوضح», «بحسب») stands in the sentence before token <paramref name="before"/>: what follows is someone's account.</summary>
    public bool SaysBefore(AnalyzedText text, TextUnit sentence, int before)
    {
        var i = sentence.First;
        while (i < before)
        {
            var m = lexicon.Matcher.MatchAt(text, i, allowClitics: true);
            if (m is null)
            {
                i++;
                continue;
            }
            if (IsReporting(m))
            {
                return true;
            }
            i = m.End;
        }
        return false;
    }

    /// <summary>The source phrase of the sentence, or null.</summary>
    public string? Find(AnalyzedText text, TextUnit sentence)
    {
        var say = false;
        PhraseMatch<string>? source = null;
        var i = sentence.First;
        while (i < sentence.End)
        {
            var m = lexicon.Matcher.MatchAt(text, i, allowClitics: true);
            if (m is null)
            {
                i++;
                continue;
            }
            if (IsReporting(m))
            {
                say = true;
            }
            if (m.Values.Contains("source") && (source is null || m.End - m.First > source.End - source.First))
            {
                source = m;
            }
            i = m.End;
        }
        if (!say || source is null)
        {
            return null;
        }
        // «المرصد السوري لحقوق الإنسان» as written, with its clitics cut off.
        return source.Span.Cut(text.Body);
    }
}
