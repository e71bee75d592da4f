using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>What the words after a count say of the people counted: killed, not killed, or a mix.</summary>
public sealed partial class FatalityFinder
{
    /// <summary>
    /// What the words after a count say of the people counted: killed («قتلى», «أشخاص حتفهم»), not
    /// killed (a wound word) or a mix of dead and wounded, with the end of those words; null when they say nothing.
    /// </summary>
    private static (Outcome Outcome, int End)? RightOutcome(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, int k)
    {
        var tokens = text.Tokens;
        if (k < tokens.Count && k > 0 && cueAt[k] is null && tokens[k].Norm == "من" && tokens[k].Sentence == tokens[k - 1].Sentence)
        {
            return PartitiveOutcome(tokens, cueAt, k, isNumber);
        }
        if (k >= tokens.Count || cueAt[k] is not { } cue || cue.Conjoined || k == 0 || tokens[k].Sentence != tokens[k - 1].Sentence)
        {
            return null;
        }
        if (cue.Is(CueKind.KillAfter) || cue.Is(CueKind.KillPost))
        {
            cue.Used = true;
            // «30 ضحية بين قتيل وجريح», «آلاف الضحايا، بين قتيل وجريح»: the count mixes dead and wounded.
            var m = cue.End;
            if (m < tokens.Count && tokens[m].Kind == TokenKind.Punctuation && tokens[m].Norm is "،" or ",")
            {
                m++;
            }
            if (m < tokens.Count && cueAt[m] is { } mix && mix.Is(CueKind.Mixed))
            {
                mix.Used = true;
                return (Outcome.Mixed, mix.End);
            }
            return (Outcome.Killed, cue.End);
        }
        if (Says(cue, killAfter: false) is { } said)
        {
            return said;
        }
        if (!cue.Is(CueKind.Person))
        {
            return null;
        }
        // «5 أشخاص قتلوا», «عشرة جنود سوريين حتفهم»: the outcome may follow the people and an adjective or two,
        // and a qualifier of the count may stand between («33 شخصا على الأقل قتلوا»).
        var window = cue.End + 2;
        for (var j = cue.End; j < tokens.Count && j <= window; j++)
        {
            // «سقوط 15 مواطنا وعشرات الجرحى»: another count opens its own group, whose outcome is not these people's.
            if (tokens[j].Kind != TokenKind.Word || isNumber[j])
            {
                break;
            }
            // «ثلاثة عناصر على الأقل من الجيش النظامي السوري قتلوا»: the people counted, then the group they are of.
            if (cueAt[j] is null && tokens[j].Norm == "من")
            {
                return PartitiveOutcome(tokens, cueAt, j, isNumber);
            }
            if (cueAt[j] is not { } next)
            {
                continue;
            }
            if (next.Is(CueKind.LowerAfter) && !next.Conjoined)
            {
                window += next.End - next.First;
                j = next.End - 1;
                continue;
            }
            if (next.Conjoined)
            {
                break;
            }
            if (Says(next, killAfter: true) is { } stated)
            {
                return stated;
            }
            break;
        }
        return null;
    }

    /// <summary>
    /// «تسعة من أفراد الحماية قتلوا»: the people a count picks out of a named group («من» and a few
    /// words, and «على الأقل») may be said to have died after the group's name, as after a noun of people.
    /// A second count joined by «و» ends the group: «سبعة من الشرطة و15 مدنيا قتلوا» tells one death of both groups,
    /// which the count after the «و» reads with this one as its first group (<see cref="JoinsBefore"/>); read here,
    /// the verb went to the seven alone and the 15 were lost.
    /// </summary>
    private static (Outcome Outcome, int End)? PartitiveOutcome(SealedList<Token> tokens, Cue?[] cueAt, int k, bool[]? isNumber = null)
    {
        var window = k + PartitiveWindow;
        for (var j = k + 1; j < tokens.Count && j <= window && tokens[j].Kind == TokenKind.Word && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            if (isNumber is not null && isNumber[j] && tokens[j].Norm[0] == 'و')
            {
                return null;
            }
            if (cueAt[j] is not { } next)
            {
                continue;
            }
            // «ستة من مقاتلي المعارضة السورية على الأقل مصرعهم», «100 من جنود الجيش السوري على الأقل قتلوا»: the
            // qualifier of the count may follow its group; it takes none of the group's words.
            if (next.Is(CueKind.LowerAfter) && !next.Conjoined)
            {
                window += next.End - next.First;
                j = next.End - 1;
                continue;
            }
            if (next.Conjoined)
            {
                return null;
            }
            if (Says(next, killAfter: false) is { } said)
            {
                return said;
            }
            if (!next.Is(CueKind.Person))
            {
                return null;
            }
            j = next.End - 1;
        }
        return null;
    }

    /// <summary>
    /// The outcome one cue states of the people counted: killed (a <c>kill_post</c> word, or with
    /// <paramref name="killAfter"/> also a <c>kill_after</c> word), a mix of dead and wounded, or not
    /// killed; null when it states none. A stated death or mix uses the cue up.
    /// </summary>
    private static (Outcome Outcome, int End)? Says(Cue cue, bool killAfter)
    {
        if (cue.Is(CueKind.KillPost) || (killAfter && cue.Is(CueKind.KillAfter)))
        {
            cue.Used = true;
            return (Outcome.Killed, cue.End);
        }
        if (cue.Is(CueKind.Mixed))
        {
            cue.Used = true;
            return (Outcome.Mixed, cue.End);
        }
        return cue.IsNotKilled ? (Outcome.NotKilled, cue.End) : null;
    }
}
