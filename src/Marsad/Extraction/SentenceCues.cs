using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The sentence-wide modality cues («يعتزم», «من المتوقع أن»), contrast words («لكن») and a denier's
/// participles of saying («قائلاً», «مؤكداً») of one
/// sentence, read once from its start as far as a candidate asks and kept for the sentence's other
/// candidates. Each candidate used to read its sentence from the start up to itself: on a text
/// without punctuation a sentence is a whole window, thousands of tokens asked about again for each
/// of its candidates.
/// </summary>
internal sealed class SentenceCues(int first)
{
    private readonly List<Entry> _entries = [];
    private readonly List<int> _contrasts = [];
    private readonly List<int> _counterclaims = [];
    private readonly List<int> _relatives = [];
    private readonly List<Entry> _expectations = [];
    private int _scannedTo = first;

    private readonly record struct Entry(int First, int End, ModalityCue Cue, TextSpan Span);

    /// <summary>
    /// The cue that governs a candidate starting at token <paramref name="candidate"/>: the last
    /// sentence-wide cue ending before it, unless a contrast word stands between; and the span of
    /// that last cue (set even when a contrast then voids it, as the scan always did), or null when
    /// no cue ends before the candidate.
    /// </summary>
    public (ModalityCue? Cue, TextSpan? Span) Before(ArticleIndex index, PhraseMatcher<ModalityCue> matcher, int candidate)
    {
        Extend(index, matcher, candidate);
        // Entries start in order; those that start before the candidate but run into it are skipped.
        var k = Ordered.LowerBound(_entries, candidate, static c => c.First) - 1;
        while (k >= 0 && _entries[k].End > candidate)
        {
            k--;
        }
        if (k < 0)
        {
            return (null, null);
        }
        var entry = _entries[k];
        var contrast = Ordered.LowerBound(_contrasts, candidate, static j => j) - 1;
        var voided = contrast >= 0 && _contrasts[contrast] > entry.First;
        // «نفى القائد أن يكون مقاتلوه شنوا الهجوم، قائلاً إن الحكومة أطلقت الصاروخ»: the denier goes on
        // to assert; what follows the participle of saying is his claim, not what he denies, and an accusing
        // participle («، متهماً») is itself asserted.
        var counter = Ordered.LowerBound(_counterclaims, candidate, static j => j) - 1;
        voided |= entry.Cue.Modality == "negated" && ((counter >= 0 && _counterclaims[counter] > entry.First) || index.IsRole(candidate, "counterclaim", true));
        voided |= InRelativeClause(index, entry.First, candidate);
        return (voided ? null : entry.Cue, entry.Span);
    }

    /// <summary>
    /// The span of the last expectation («من الواضح أن», «يبدو أن», «من المتوقع») ending before a candidate at
    /// token <paramref name="candidate"/> with no contrast word between, or null. An expectation makes only a
    /// deed to come predicted (<see cref="ModalityResolver"/>): «من الواضح أن الجيش قصف» tells a past deed.
    /// </summary>
    public TextSpan? ExpectationBefore(ArticleIndex index, PhraseMatcher<ModalityCue> matcher, int candidate)
    {
        Extend(index, matcher, candidate);
        var k = Ordered.LowerBound(_expectations, candidate, static c => c.First) - 1;
        while (k >= 0 && _expectations[k].End > candidate)
        {
            k--;
        }
        if (k < 0)
        {
            return null;
        }
        var contrast = Ordered.LowerBound(_contrasts, candidate, static j => j) - 1;
        return contrast >= 0 && _contrasts[contrast] > _expectations[k].First ? null : _expectations[k].Span;
    }

    /// <summary>
    /// «ويرجح شهود أن يكون الدوي من قصف على البلدة التي تشهد معارك منذ أسابيع»: a deed told
    /// in a relative clause describes what the clause's noun is known by, presupposed whatever the sentence doubts
    /// or denies; the hedge's scope is its own clause. The trigger stands a few words past the relative word
    /// (its verb and an adverb between), with no punctuation between, and the relative word after the cue.
    /// </summary>
    private bool InRelativeClause(ArticleIndex index, int cueFirst, int candidate)
    {
        var k = Ordered.LowerBound(_relatives, candidate, static j => j) - 1;
        if (k < 0 || _relatives[k] <= cueFirst || candidate - _relatives[k] > RelativeReach)
        {
            return false;
        }
        // «نفت السلطات التقارير التي أشارت إلى أن الغارة استهدفت شاحنات»: a relative clause that reports with «أن»
        // carries what the sentence denies or doubts.
        for (var j = _relatives[k] + 1; j < candidate; j++)
        {
            if (index.Text.Tokens[j].Kind == TokenKind.Punctuation || index.IsRole(j, "thatclause", true))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How far past a relative word its clause's trigger may stand («التي شهدت يوم أمس اشتباكات»).</summary>
    private const int RelativeReach = 4;

    private void Extend(ArticleIndex index, PhraseMatcher<ModalityCue> matcher, int to)
    {
        var text = index.Text;
        for (var j = _scannedTo; j < to; j++)
        {
            if (index.IsRole(j, "contrast", true))
            {
                _contrasts.Add(j);
                continue;
            }
            if (index.IsRole(j, "counterclaim", true))
            {
                _counterclaims.Add(j);
                continue;
            }
            if (index.IsRole(j, "relative", true))
            {
                _relatives.Add(j);
                continue;
            }
            var m = matcher.MatchAt(text, j, allowClitics: true);
            // «ولو» is concessive («even if»): a one-particle cue read through a clitic is another word.
            if (m is null || (m.FirstReading.Prefix > 0 && m.Key.Length <= 2))
            {
                continue;
            }
            ModalityCue? last = null;
            foreach (var cue in m.Values)
            {
                if (cue.Scope == "sentence")
                {
                    last = cue;
                }
                if (cue.Scope == "expect" || (cue.Scope == "sentence" && cue.Modality == "predicted"))
                {
                    _expectations.Add(new Entry(j, m.End, cue, m.Span));
                }
            }
            if (last is not null)
            {
                _entries.Add(new Entry(j, m.End, last, m.Span));
            }
        }
        _scannedTo = Math.Max(_scannedTo, to);
    }
}
