using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Dead told without a noun of people the lexicon knows: the pronoun of «لقي … مصرعه» says how many met their end
/// whoever the subject is («لقي لاعب سوري، مصرعه» = 1), and «مقتل من في السيارتين», «قتل كل من فيها» kill the
/// occupants, an unnumbered plural (docs/annotation.md 6.5: dead with no number → 3). Vocabulary: fatality_words.tsv,
/// kinds met_death and occupants.
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words of the subject between «لقي» and «مصرعه»: «لقي ضابط برتبة ملازم أول مصرعه».</summary>
    private const int SubjectWindow = 4;

    private enum UnnamedWord
    {
        MetDeath,
        MetDeathDual,
        Occupants,
    }

    /// <summary>«لقي» (kind met_death) and «من في», «كل من فيها» (kind occupants), kept out of the cues like the names.</summary>
    private readonly PhraseMatcher<UnnamedWord> _unnamed = new();

    /// <summary>The pronouns on «مصرع»/«حتف» by how many they name: «ه», «ها» one (kind met_death_one), «هما» two (met_death_two).</summary>
    private readonly Dictionary<string, int> _metDeathPronouns = new(StringComparer.Ordinal);

    private bool AddUnnamedRow(string phrase, string kind)
    {
        switch (kind)
        {
            case "met_death_one":
                _metDeathPronouns[ArabicNormalizer.NormalizeKey(phrase)] = 1;
                return true;
            case "met_death_two":
                _metDeathPronouns[ArabicNormalizer.NormalizeKey(phrase)] = 2;
                return true;
            case "met_death":
                _unnamed.Add(phrase, UnnamedWord.MetDeath);
                return true;
            case "met_death_dual":
                _unnamed.Add(phrase, UnnamedWord.MetDeathDual);
                return true;
            case "occupants":
                _unnamed.Add(phrase, UnnamedWord.Occupants);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Adds the dead of «لقي X مصرعه» and of «مقتل من فيها» where no other reading took the words. Nothing is read
    /// in a sentence that gives a numbered count of dead: the one who met his end, or the occupants, are then
    /// among those counted or added to them, and the count is the event's.
    /// </summary>
    private void AddUnnamed(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, List<FatalityMention> result)
    {
        var tokens = text.Tokens;
        var found = new List<FatalityMention>();
        foreach (var m in _unnamed.FindAll(text))
        {
            var sentence = tokens[m.First].Sentence;
            if (FirstNumberedIn(result, text, sentence) is not null)
            {
                continue;
            }
            if (m.Values.Contains(UnnamedWord.MetDeath) && MetDeathEnd(text, cueAt, isNumber, m.End) is (var end, var dead))
            {
                cueAt[end - 1]!.Used = true;
                found.Add(Make(text, m.First, end, dead, false));
            }
            else if (m.Values.Contains(UnnamedWord.MetDeathDual) && DualMetDeathEnd(text, cueAt, m.End) is { } dualEnd)
            {
                cueAt[dualEnd - 1]!.Used = true;
                found.Add(Make(text, m.First, dualEnd, 2, false));
            }
            else if (m.Values.Contains(UnnamedWord.Occupants) && !m.FirstReading.HasArticle && m.FirstReading.Prefix == 0 && m.First > 0
                && cueAt[m.First - 1] is { Used: false } killing && killing.Is(CueKind.KillBefore) && !killing.Is(CueKind.KillFall)
                && !Negated(tokens, cueAt, killing.First) && !NoNewsOf(tokens, cueAt, killing.First) && !Unreal(tokens, killing.First))
            {
                killing.Used = true;
                found.Add(Make(text, killing.First, m.End, UnnumberedPlural, true, killing.Span.Start));
            }
        }
        result.AddRange(found);
    }

    /// <summary>
    /// The end of «مصرعه»/«حتفه» one to four words after «لقي», and how many its pronoun names (ـه/ـها one, ـهما two),
    /// or null: the words between are the subject, with no number, no cue but a singular person and no stop but a comma
    /// («لقي لاعب سوري، مصرعه»); a plural pronoun («لقوا مصرعهم») is a group the counts read.
    /// </summary>
    private (int End, int Dead)? MetDeathEnd(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, int first)
    {
        var tokens = text.Tokens;
        var sentence = tokens[first - 1].Sentence;
        var words = 0;
        for (var j = first; j < tokens.Count && tokens[j].Sentence == sentence; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Norm is "،" or ",")
                {
                    continue;
                }
                return null;
            }
            if (isNumber[j])
            {
                return null;
            }
            // «لقي جندي سوري، مصرعه»: a noun of a person is the subject, as an unknown word is (the comma kept the
            // person-and-verb reading from it).
            if (cueAt[j] is { Used: false, Conjoined: false } subject && subject.First == j && !subject.Is(CueKind.KillPost)
                && subject.Is(CueKind.PersonSingle))
            {
                j = subject.End - 1;
                if (++words > SubjectWindow)
                {
                    return null;
                }
                continue;
            }
            if (cueAt[j] is { } cue)
            {
                if (words == 0 || cue.Used || !cue.Is(CueKind.KillPost) || cue.End != j + 1)
                {
                    return null;
                }
                // The pronoun as the clitic reading of the folded form cuts it off: a vocalised «مصرعَهُ» ends in its
                // harakat on the raw text, and the longest pronoun is cut first («مصرعهما» is ـهما, never ـه).
                return PronounOf(t) is { } pronoun && _metDeathPronouns.TryGetValue(pronoun, out var dead) ? (j + 1, dead) : null;
            }
            if (++words > SubjectWindow)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The end of «مصرعهما»/«حتفهما» right after the dual verb «لقيا», «لقيتا» (kind met_death_dual), or null: the verb's
    /// own ending is its subject, told before it however far («أن اثنين من المسلحين الذين شاركوا في الهجوم لقيا
    /// حتفهما»), so the dual pronoun alone says two died; a count or a dual noun right before the verb is read by the
    /// counts, which use the killing word first.
    /// </summary>
    private int? DualMetDeathEnd(AnalyzedText text, Cue?[] cueAt, int next)
    {
        var tokens = text.Tokens;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[next - 1].Sentence || cueAt[next] is not { Used: false, Conjoined: false } cue
            || cue.First != next || cue.End != next + 1 || !cue.Is(CueKind.KillPost))
        {
            return null;
        }
        return PronounOf(tokens[next]) is { } pronoun && _metDeathPronouns.TryGetValue(pronoun, out var dead) && dead == 2 ? next + 1 : null;
    }

    /// <summary>The enclitic pronoun of <paramref name="t"/>'s first reading that cuts one off, or null.</summary>
    private static string? PronounOf(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix > 0)
            {
                return t.Norm[^r.Suffix..];
            }
        }
        return null;
    }
}
