using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>What the event stage asks of the mentions found: the one an event takes, the unnumbered floor, a sentence's first count.</summary>
public sealed partial class FatalityFinder
{
    /// <summary>
    /// The mention in the sentence of token <paramref name="triggerToken"/> nearest to it, or null; one of
    /// the trigger's own clause (cut at commas) before a nearer one of another: «أغارت الطائرات على حي وقتلت
    /// عشرين شخصا، وقال ناشطون إن قصفا استهدف حي المرجة أسفر عن مقتل ثلاثين» gives the shelling its thirty,
    /// not the raid's twenty just before it (a sentence telling two happenings gives each its own toll).
    /// </summary>
    public static FatalityMention? ForEvent(IReadOnlyList<FatalityMention> all, AnalyzedText text, int triggerToken) => ForEvent(all, text, triggerToken, null);

    /// <summary>
    /// As <see cref="ForEvent(IReadOnlyList{FatalityMention}, AnalyzedText, int)"/>, but a mention of another clause
    /// that <paramref name="another"/> says is told of another happening is never the trigger's.
    /// </summary>
    public static FatalityMention? ForEvent(IReadOnlyList<FatalityMention> all, AnalyzedText text, int triggerToken, Func<FatalityMention, bool>? another)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(text);
        if (triggerToken < 0 || triggerToken >= text.Tokens.Count)
        {
            return null;
        }
        var sentence = text.Tokens[triggerToken].Sentence;
        var clause = text.Tokens[triggerToken].Clause;
        FatalityMention? best = null, own = null;
        int bestDistance = int.MaxValue, ownDistance = int.MaxValue;
        foreach (var m in all)
        {
            if (text.Tokens[m.First].Sentence != sentence)
            {
                continue;
            }
            var distance = triggerToken < m.First ? m.First - triggerToken : triggerToken >= m.End ? triggerToken - m.End + 1 : 0;
            var inClause = text.Tokens[m.First].Clause == clause || text.Tokens[m.End - 1].Clause == clause;
            if (distance < bestDistance && (inClause || another is null || !another(m)))
            {
                best = m;
                bestDistance = distance;
            }
            if (distance < ownDistance && inClause)
            {
                own = m;
                ownDistance = distance;
            }
        }
        return own ?? best;
    }

    /// <summary>True for the unnumbered plural of dead («سقوط قتلى», «مقتل وإصابة 20»): 3 as a floor, no count the text gives.</summary>
    public static bool IsUnnumbered(FatalityMention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.IsLowerBound && m.Count == UnnumberedPlural;
    }

    /// <summary>The first mention of sentence <paramref name="sentence"/> that gives a number of dead, or null.</summary>
    public static FatalityMention? FirstNumberedIn(IReadOnlyList<FatalityMention> all, AnalyzedText text, int sentence)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var m in all)
        {
            if (text.Tokens[m.First].Sentence == sentence && m.Count > 0 && !IsUnnumbered(m))
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// True when casualties are stated without a number («وأسفرت عن سقوط خسائر بشرية في صفوفهما») between the trigger
    /// <paramref name="triggerToken"/> and <paramref name="zero"/>, a statement of no dead further on in its sentence:
    /// someone was hurt or killed in the trigger's happening, so the later «دون معلومات عن إصابات» is another clause's.
    /// </summary>
    public bool StatesLossBefore(AnalyzedText text, int triggerToken, FatalityMention zero)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zero);
        var tokens = text.Tokens;
        if (triggerToken < 0 || triggerToken >= zero.First || tokens[triggerToken].Sentence != tokens[zero.First].Sentence)
        {
            return false;
        }
        for (var k = triggerToken + 1; k < zero.First; k++)
        {
            if (_cues.MatchAt(text, k) is not { } m || !m.Values.Contains(CueKind.Loss))
            {
                continue;
            }
            var denied = false;
            for (var j = k - 1; j > triggerToken && j >= k - NegationWindow; j--)
            {
                if (_cues.MatchAt(text, j) is { } n && n.Values.Contains(CueKind.Negation))
                {
                    denied = true;
                    break;
                }
            }
            if (!denied)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«1091 شخصا (335 قتيلاً و756 جريحاً)»: a bracket after the count that breaks it into dead and wounded.</summary>
    private static bool BracketHasWound(SealedList<Token> tokens, Cue?[] cueAt, int k)
    {
        // The bracket may follow an adjective or two: «480 ضحية مدنية (…)».
        for (var words = 0; k < tokens.Count && words < 2 && tokens[k].Kind == TokenKind.Word && tokens[k].Sentence == tokens[k - 1].Sentence; words++)
        {
            k++;
        }
        if (k >= tokens.Count || tokens[k].Norm != "(")
        {
            return false;
        }
        for (var j = k + 1; j < tokens.Count && j <= k + 12 && tokens[j].Norm != ")" && tokens[j].Sentence == tokens[k].Sentence; j++)
        {
            if (cueAt[j] is { } cue && (cue.IsNotKilled || cue.Is(CueKind.Mixed)))
            {
                return true;
            }
        }
        return false;
    }
}
