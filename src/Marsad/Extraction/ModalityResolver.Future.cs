using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Who stands behind a deed to come (annotation.md 6.2): a party's own plan is intended, the writer's or an
/// observer's expectation of it is predicted. «سوف نتقدم باتجاه المدينة», told by a side's spokesman in the
/// first person plural, is his side's plan; «من الواضح أن الجيش سيحاول التقدم», «يبدو أن القوات ستشن هجوما»
/// is what someone expects the army to do.
/// </summary>
internal sealed partial class ModalityResolver
{
    /// <summary>
    /// Whether the cue at token <paramref name="cueFirst"/> is itself in the future: «سوف», or a future verb
    /// listed with its «س» («ستشن», «سيتم», «سيحاول»; the segmenter splits no «س» off).
    /// </summary>
    private bool CueIsFuture(ArticleIndex index, int cueFirst)
    {
        if (cues.Matcher.MatchAt(index.Text, cueFirst, allowClitics: true) is not { } m)
        {
            return false;
        }
        var key = m.Key;
        return key.StartsWith("سوف", StringComparison.Ordinal) || key.StartsWith("سي", StringComparison.Ordinal)
            || key.StartsWith("ست", StringComparison.Ordinal) || key.StartsWith("سن", StringComparison.Ordinal);
    }

    /// <summary>
    /// «من الواضح أن الجيش سيحاول التقدم», «ويبدو أن القوات ستشن هجوماً»: a deed to come after an expectation
    /// of its sentence (modality.tsv scope expect, or a predicted sentence cue), with no contrast between, is
    /// predicted. Sets the cue span and returns true when it is.
    /// </summary>
    private bool Expected(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        if (index.SentenceCuesOf(sentence.First).ExpectationBefore(index, cues.Matcher, e.First) is not { } span)
        {
            return false;
        }
        e.ModalityCue = span;
        return true;
    }

    /// <summary>
    /// «سوف نتقدم», «سوف نهاجم»: a trigger verb in the first person plural, read off its present prefix «ن»
    /// (the lexicon generates the persons from «ي», «ت» and «ن»; triggers.tsv lists no other verb so spelled).
    /// Who says «we» in the news is a party quoted about itself.
    /// </summary>
    private static bool FirstPersonPlural(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || e.Trigger.Tense != Tense.Present)
        {
            return false;
        }
        var norm = index.Token(e.First).Norm;
        var prefix = e.Reading.Prefix;
        return prefix < norm.Length && norm[prefix] == 'ن';
    }
}
