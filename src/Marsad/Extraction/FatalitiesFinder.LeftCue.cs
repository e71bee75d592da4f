using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The outcome cue a count reads before it («قتل 10», «حكم الإعدام، أمس، بحق عشرة»), across qualifiers, people words and
/// a time aside between commas (moved out of FatalitiesFinder.cs, which had grown past 500 lines with s38b-tolls2's
/// time aside).
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>
    /// The nearest outcome cue before a count, at most a few words away, with no punctuation or
    /// other number between; qualifiers («أكثر من») and people words are looked through.
    /// </summary>
    private static Cue? LeftCue(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, bool[] inDate, int first)
    {
        var words = 0;
        var aside = false;
        for (var j = first - 1; j >= 0 && words <= LeftWindow && tokens[j].Sentence == tokens[first].Sentence; j--)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.IsQuoteMark)
                {
                    continue;
                }
                if (TimeAsideBefore(tokens, inDate, j) is { } opening)
                {
                    aside = true;
                    j = opening;
                    continue;
                }
                return null;
            }
            if (isNumber[j])
            {
                return null;
            }
            if (cueAt[j] is { } cue)
            {
                if (cue.Is(CueKind.Lower) || cue.Is(CueKind.Approx))
                {
                    j = cue.First;
                    continue;
                }
                // «قتل شخص في منطقة سبع البور»: the killing already has its one victim.
                if (cue.Is(CueKind.PersonSingle) || cue.Is(CueKind.PersonDual) || cue.Is(CueKind.KillSingle) || cue.Is(CueKind.KillDual))
                {
                    return null;
                }
                // «ارتفاع عدد القتلى، الخميس، إلى 91»: a day between commas after a tally is a day's total, no deed's (RisenTallyTests).
                if (aside && !cue.Is(CueKind.KillBefore))
                {
                    return null;
                }
                if (cue.Is(CueKind.KillBefore) || cue.Is(CueKind.KillFall) || cue.Is(CueKind.KillAfter) || cue.IsNotKilled || cue.Is(CueKind.Mixed))
                {
                    return cue;
                }
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// «نفذت الجبهة حكم الإعدام، أمس، بحق عشرة أشخاص»: a day or time set between commas, all of it a date expression, is
    /// an aside the killing word reads its count across; returns the opening comma, or null when the comma at
    /// <paramref name="comma"/> closes no such aside.
    /// </summary>
    private static int? TimeAsideBefore(SealedList<Token> tokens, bool[] inDate, int comma)
    {
        if (tokens[comma].Norm is not ("،" or ","))
        {
            return null;
        }
        for (var k = comma - 1; k >= Math.Max(0, comma - MaxTimeAside - 1) && tokens[k].Sentence == tokens[comma].Sentence; k--)
        {
            if (tokens[k].Norm is "،" or ",")
            {
                return k < comma - 1 ? k : null;
            }
            if (!inDate[k])
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Words of a time aside between commas: «أمس», «مساء الخميس», «الثلاثاء 19 فبراير».</summary>
    private const int MaxTimeAside = 4;
}
