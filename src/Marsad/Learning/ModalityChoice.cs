using Marsad.Extraction;
using Marsad.Lexicons;

namespace Marsad.Learning;

/// <summary>
/// The learned choice of a candidate's modality (SPEC §1). The rules take the first cue that
/// governs the trigger (modality.tsv) and are wrong where the cue's reach is not its grammar: a
/// «لم» that negates another verb of the sentence, an attempt («حاول اقتحام», «تعرض لهجوم») that
/// happened, a threat or a condition the cue list does not hold. Each modality is scored as an
/// option on the candidate's features, the cues of each modality before and after the trigger, and
/// the signal words of modality_signals.tsv; the best option is the modality.
/// </summary>
internal static class ModalityChoice
{
    public static readonly string[] Options = ["asserted", "intended", "predicted", "possible", "negated"];

    /// <summary>The cue classes of modality.tsv («attempted» is a class of its own there: the rules turn it into intended or a fight).</summary>
    private static readonly string[] CueClasses = ["intended", "attempted", "predicted", "possible", "negated"];

    private static readonly string[] SignalRoles = ["threat", "denial", "condition", "foiled", "suffered", "decision", "future"];

    /// <summary>Tokens before the trigger a cue still reads as governing it directly; after it, a cue such as «… لم يحدث».</summary>
    private const int NearBefore = 4;

    private const int NearAfter = 3;

    private static readonly string[] CueNames = BuildCueNames();

    /// <summary>How many cue features a candidate has (the same for each of its options).</summary>
    public static int CueCount => CueNames.Length;

    /// <summary>
    /// The option's own cues: whether a cue of the modality the option names stands near, in the
    /// sentence, or after. With a few dozen non-asserted examples, a tree learns "the option its
    /// cue names" once for all modalities, where it would not learn each option-cue pair apart.
    /// </summary>
    private static readonly string[] OptionCueNames = ["option_cue_near", "option_cue_sentence", "option_cue_after", "option_is_rules_cue"];

    public static IReadOnlyList<string> Names { get; } =
        [.. EventFeatures.Names, .. CueNames, .. Options.Select(o => "option_" + o), "option_is_rules", .. OptionCueNames];

    public static int Count => Names.Count;

    private static string[] BuildCueNames()
    {
        var n = new List<string>();
        foreach (var c in CueClasses)
        {
            n.AddRange(["cue_near_" + c, "cue_sentence_" + c, "cue_after_" + c]);
        }
        foreach (var r in SignalRoles)
        {
            n.AddRange(["signal_near_" + r, "signal_sentence_" + r, "signal_after_" + r]);
        }
        n.Add("cue_rules_distance");
        return [.. n];
    }

    /// <summary>
    /// Writes the cues around <paramref name="e"/> into <paramref name="into"/> (length <see cref="CueCount"/>):
    /// for each cue class and signal role, one before the trigger within <see cref="NearBefore"/>
    /// tokens, one anywhere earlier in its sentence, one within <see cref="NearAfter"/> tokens after.
    /// </summary>
    public static void Cues(ArticleIndex index, EventCandidate e, ModalityLexicon cues, Span<float> into)
    {
        into.Clear();
        var text = index.Text;
        var sentence = index.SentenceOf(e.First);
        var last = Math.Min(sentence.End, e.End + NearAfter);
        for (var j = sentence.First; j < last; j++)
        {
            if (j >= e.First && j < e.End)
            {
                continue;
            }
            var slot = j >= e.End ? 2 : e.First - j <= NearBefore ? 0 : 1;
            if (cues.Matcher.MatchAt(text, j, allowClitics: true) is { } m)
            {
                foreach (var cue in m.Values)
                {
                    var c = Array.IndexOf(CueClasses, cue.Modality);
                    if (c >= 0)
                    {
                        into[c * 3 + slot] = 1;
                    }
                }
            }
            if (WordRoles.ModalitySignals.Matcher.MatchAt(text, j, allowClitics: true) is { } s)
            {
                foreach (var role in s.Values)
                {
                    var r = Array.IndexOf(SignalRoles, role);
                    if (r >= 0)
                    {
                        into[(CueClasses.Length + r) * 3 + slot] = 1;
                    }
                }
            }
        }
        // How far the cue the rules read stands from the trigger (in characters; 0 without one).
        into[^1] = e.ModalityCue is { } mc ? (float)Math.Log(1 + Math.Abs(text.Tokens[e.First].Span.Start - mc.Start)) : 0;
    }

    /// <summary>The candidate's features and cues with option <paramref name="option"/> set.</summary>
    /// <param name="rulesCued">Whether the rules read the candidate's modality off a cue (rather than by default).</param>
    public static void Compute(ReadOnlySpan<float> candidate, ReadOnlySpan<float> cues, int option, string rulesModality, bool rulesCued, Span<float> into)
    {
        candidate.CopyTo(into);
        cues.CopyTo(into[candidate.Length..]);
        var tail = into[(candidate.Length + cues.Length)..];
        tail.Clear();
        tail[option] = 1;
        var isRules = string.Equals(Options[option], rulesModality, StringComparison.Ordinal);
        tail[Options.Length] = isRules ? 1 : 0;
        // Asserted has no cue of its own: its slots stay 0, and the tree reads it from option_asserted.
        var c = Array.IndexOf(CueClasses, Options[option]);
        if (c >= 0)
        {
            for (var slot = 0; slot < 3; slot++)
            {
                tail[Options.Length + 1 + slot] = cues[c * 3 + slot];
            }
        }
        tail[Options.Length + 4] = isRules && rulesCued ? 1 : 0;
    }
}
