using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>A risen tally told with its cause between the dead and the figure («ارتفع عدد القتلى جراء … إلى 25»).</summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words a risen tally may put between its noun of the dead and «إلى»: the cause and place of the deaths.</summary>
    private const int RiseWindow = 18;

    /// <summary>Words between a word of rising and the noun of the dead it governs («ارتفاع عدد القتلى», «ارتفعت حصيلة قتلى»).</summary>
    private const int RiseReach = 2;

    /// <summary>
    /// «ارتفاع عدد القتلى جراء القصف في البلدة إلى 25», «وارتفعت حصيلة القتلى في الانفجار … الى 49 شخصا»:
    /// the count after «إلى» is the dead of a tally that rose, though the cause stands between them, too far
    /// for <see cref="LeftCue"/>. Returns the noun of the dead, or null. The scan stops at punctuation, at
    /// another number and at any other outcome word, so «ارتفع عدد الجرحى إلى 30» and a mix of dead and
    /// wounded («القتلى والجرحى») are never read as dead.
    /// </summary>
    private static Cue? RiseCue(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, int first)
    {
        var tokens = text.Tokens;
        var j = first - 1;
        if (j >= 0 && cueAt[j] is { } q && (q.Is(CueKind.Lower) || q.Is(CueKind.Approx)))
        {
            j = q.First - 1;
        }
        if (j < 0 || cueAt[j] is not { } to || !to.Is(CueKind.RiseTo) || tokens[j].Sentence != tokens[first].Sentence)
        {
            return null;
        }
        bool commas = false, relative = false;
        for (var k = to.First - 1; k >= 0 && k >= to.First - RiseWindow && tokens[k].Sentence == tokens[first].Sentence; k--)
        {
            // «ارتفع عدد قتلى تفجير حافلة … في وسط سوريا الأربعاء، إلى 60 شخصا»: a long cause may be closed by a comma
            // right before «إلى»; any other stop ends the tally, except the commas of a cause that names its deed with a
            // relative clause set off by a comma («وارتفع عدد القتلى في الانفجار، الذي وقع اليوم قرب مقر الحزب، إلى 53»).
            // A comma with no relative after it sets off a day or a doer of a day's total («ارتفاع عدد القتلى، الخميس،
            // إلى 91 معظمهم في ريف دمشق»), which is no one deed's toll.
            if (isNumber[k])
            {
                return null;
            }
            var comma = tokens[k].IsComma;
            if (tokens[k].Kind == TokenKind.Punctuation && !(k == to.First - 1 && comma))
            {
                if (!comma)
                {
                    return null;
                }
                commas = true;
            }
            if (k + 1 < to.First && comma && WordRoles.EventWords.IsWord(text, k + 1, "relative"))
            {
                relative = true;
            }
            if (cueAt[k] is not { } cue)
            {
                continue;
            }
            if (cue.Is(CueKind.KillAfter) && !cue.Is(CueKind.Mixed) && !cue.Used)
            {
                return RisenBefore(tokens, cueAt, cue) && (!commas || relative) ? cue : null;
            }
            if (cue.Is(CueKind.KillBefore) || cue.IsNotKilled || cue.Is(CueKind.Mixed) || cue.Is(CueKind.KillPost))
            {
                return null;
            }
            k = cue.First;
        }
        return null;
    }

    /// <summary>
    /// «ارتفع إلى 60 عدد الشهداء», «وصلت الى 31 حصيلة القتلى»: the tally told figure first. Returns the noun of the
    /// dead when a word of rising stands right before the «إلى» before the count and the noun of the dead, with its
    /// article, follows the count at most one word («عدد», «حصيلة») after it, in its sentence; else null.
    /// </summary>
    private static Cue? RiseFigureFirst(SealedList<Token> tokens, Cue?[] cueAt, NumberReading n)
    {
        var j = n.First - 1;
        if (j < 1 || cueAt[j] is not { } to || !to.Is(CueKind.RiseTo) || to.First != j || cueAt[j - 1] is not { } rise || !rise.Is(CueKind.Rise))
        {
            return null;
        }
        for (var k = n.End; k < tokens.Count && k <= n.End + 1 && tokens[k].Sentence == tokens[n.First].Sentence; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }
            if (cueAt[k] is { } dead)
            {
                return dead.First == k && dead.Is(CueKind.KillAfter) && !dead.Is(CueKind.Mixed) && dead.HasArticle && !dead.Used ? dead : null;
            }
        }
        return null;
    }

    /// <summary>True when a word of rising stands a few words before the noun of the dead, in its sentence.</summary>
    private static bool RisenBefore(SealedList<Token> tokens, Cue?[] cueAt, Cue dead)
    {
        for (var k = dead.First - 1; k >= 0 && k >= dead.First - 1 - RiseReach && tokens[k].Sentence == tokens[dead.First].Sentence; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
            if (cueAt[k] is { } c && c.Is(CueKind.Rise))
            {
                return true;
            }
        }
        return false;
    }
}
