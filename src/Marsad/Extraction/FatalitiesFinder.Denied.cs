using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// A denied verb of outcome governs the casualties it denies however long its subject: «ولم يسفر ذلك الحادث عن سقوط
/// ضحايا», «ولم يسفر التفجير بحسب السلطات الأمنية عن وقوع ضحايا», «دون أن يسفر ذلك عن وقوع ضحايا» say nobody died (0),
/// though the denial stands further from the casualty word than the five words a plain denial reaches. Vocabulary:
/// fatality_words.tsv, kind denied_outcome.
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words of the subject between the verb of outcome and its preposition: «التفجير بحسب السلطات الأمنية».</summary>
    private const int OutcomeSubjectWindow = 5;

    /// <summary>Words between the preposition and the casualty word: «عن وقوع أي إصابات».</summary>
    private const int OutcomeObjectWindow = 3;

    /// <summary>«يسفر», «تسفر», «يؤد», «يوقع», «يخلف» (kind denied_outcome): verbs of outcome read after a denial.</summary>
    private readonly HashSet<string> _outcomeVerbs = new(StringComparer.Ordinal);

    /// <summary>«عن», «إلى», «في» (kind outcome_prep): each verb of outcome opens its object with its own preposition («يسفر عن», «يتسبب في»).</summary>
    private readonly HashSet<string> _outcomePreps = new(StringComparer.Ordinal);

    /// <summary>«أن» (kind outcome_particle): the particle a denial may take before its verb of outcome («دون أن يسفر»).</summary>
    private readonly HashSet<string> _outcomeParticles = new(StringComparer.Ordinal);

    private bool AddDeniedRow(string phrase, string kind)
    {
        var set = kind switch
        {
            "denied_outcome" => _outcomeVerbs,
            "outcome_prep" => _outcomePreps,
            "outcome_particle" => _outcomeParticles,
            _ => null,
        };
        set?.Add(ArabicNormalizer.NormalizeKey(phrase));
        return set is not null;
    }

    /// <summary>
    /// True when the casualty word at <paramref name="first"/> is the object of a denied verb of outcome: «عن»/«إلى»
    /// a few words before it, and before that, past a subject of a few words with no stop, the verb right after a
    /// denial («لم يسفر», «دون أن يسفر»).
    /// </summary>
    private bool DeniedOutcome(SealedList<Token> tokens, Cue?[] cueAt, int first)
    {
        var sentence = tokens[first].Sentence;
        var preposition = -1;
        for (var j = first - 1; j >= 0 && j >= first - OutcomeObjectWindow && tokens[j].Sentence == sentence && tokens[j].Kind == TokenKind.Word; j--)
        {
            if (_outcomePreps.Contains(tokens[j].Norm))
            {
                preposition = j;
                break;
            }
        }
        if (preposition < 0)
        {
            return false;
        }
        for (var j = preposition - 1; j >= 1 && j >= preposition - 1 - OutcomeSubjectWindow && tokens[j].Sentence == sentence && tokens[j].Kind == TokenKind.Word; j--)
        {
            if (!_outcomeVerbs.Contains(tokens[j].Norm))
            {
                continue;
            }
            var before = _outcomeParticles.Contains(tokens[j - 1].Norm) && j >= 2 ? j - 2 : j - 1;
            return cueAt[before] is { } c && c.Is(CueKind.Negation);
        }
        return false;
    }
}
