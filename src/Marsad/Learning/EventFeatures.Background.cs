using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The background cues of s21-noevent: words that set a trigger in the past before the news, over
/// a span of time rather than on a day, or under a demand for a deed not done. The hand-reads found
/// the keep model keeping such words as events («وكانت القوات شنت عملية», «نفذوا في الآونة الأخيرة
/// سلسلة من التفجيرات», «يطالب بتوقف الجيش عن القصف»); the sentence-wide history and total signs did
/// not reach them. Read from learning_words.tsv (roles pluperfect, pastspan, demand), found once per
/// article with the other signs and looked up per candidate by bisection.
/// </summary>
internal static partial class EventFeatures
{
    /// <summary>The learning_words.tsv roles read as background cues, in feature order.</summary>
    internal static readonly string[] BackgroundRoles = ["pluperfect", "pastspan", "demand"];

    /// <summary>How far before the trigger a «كان» sets it in the past: «وكانت القوات التونسية شنت».</summary>
    private const int PluperfectWindow = 6;

    /// <summary>How far before the trigger a demand governs it: «نطالب كل الدول … بإيقاف القصف».</summary>
    private const int DemandWindow = 12;

    /// <summary>How far on either side of the trigger a span of time qualifies it: «خلال الشهر الماضي».</summary>
    private const int SpanWindow = 15;

    private static readonly string[] BackgroundNames = ["before_pluperfect", "near_pastspan", "before_demand"];

    /// <summary>The token where each background cue of an article starts, one sorted list per role of <see cref="BackgroundRoles"/>.</summary>
    internal sealed class BackgroundCueTokens
    {
        public List<int>[] Starts { get; } = [.. BackgroundRoles.Select(_ => new List<int>())];

        /// <summary>Notes a learning-word match of <paramref name="role"/> at token <paramref name="token"/> (tokens come in order).</summary>
        public void Note(string role, int token)
        {
            var r = Array.IndexOf(BackgroundRoles, role);
            if (r >= 0 && (Starts[r].Count == 0 || Starts[r][^1] != token))
            {
                Starts[r].Add(token);
            }
        }
    }

    /// <summary>Writes the background cue features of <paramref name="e"/>: a cue in its window and in its sentence, with no contrast or clause of its own between.</summary>
    private static void BackgroundCues(AnalyzedText text, EventCandidate e, DocumentSignals doc, Span<float> into, ref int k)
    {
        var sentence = text.Tokens[e.First].Sentence;
        var starts = doc.Background.Starts;
        into[k++] = AnyIn(text, starts[0], e.First - PluperfectWindow, e.First, sentence) ? 1 : 0;
        into[k++] = AnyIn(text, starts[1], e.First - SpanWindow, e.End + SpanWindow, sentence) ? 1 : 0;
        into[k++] = AnyIn(text, starts[2], e.First - DemandWindow, e.First, sentence) ? 1 : 0;
    }

    /// <summary>True when a token of <paramref name="starts"/> lies in [from, to) within sentence <paramref name="sentence"/>.</summary>
    private static bool AnyIn(AnalyzedText text, List<int> starts, int from, int to, int sentence)
    {
        for (var j = ArticleIndex.LowerBound(starts, Math.Max(0, from), static t => t); j < starts.Count && starts[j] < to; j++)
        {
            if (text.Tokens[starts[j]].Sentence == sentence)
            {
                return true;
            }
        }
        return false;
    }
}
