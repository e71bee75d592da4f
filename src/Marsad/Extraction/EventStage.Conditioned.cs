namespace Marsad.Extraction;

/// <summary>A deed told under «إذا» or «في حال»: a condition or its outcome, no happening (docs/annotation.md 6.2).</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from «إذا» to a deed of its condition or of its outcome («إذا فشل الاتفاق في الكونجرس، فإن الولايات المتحدة ستهاجم إيران، وحزب الله سيرد بهجوم»).</summary>
    private const int ConditionReach = 16;

    /// <summary>
    /// «إذا فشل الاتفاق في الكونجرس، فإن الولايات المتحدة ستهاجم إيران، وحزب الله سيرد بهجوم صاروخي على تل أبيب», «حتى
    /// إذا انسحب مقاتلو المعارضة من الطريق الدائري فإنه سيصبح …»: a trigger up to sixteen tokens after «إذا» or «في حال»
    /// (event_words.tsv role ifclause) in its sentence is the condition or what would follow it, a hypothesis no coder
    /// codes as asserted (6.2: not coded, or optional possible at most). Not after «ما» (role ifblock) («ولم يعرف ما إذا كانت قذيفة
    /// الهاون أطلقها مقاتلو المعارضة»: whether, the mortar fell), and only an asserted candidate: a possible or
    /// predicted reading is already the hypothesis' own.
    /// </summary>
    private static bool IsConditioned(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality != "asserted")
        {
            return false;
        }
        var sentence = index.Token(e.First).Sentence;
        var clause = index.Token(e.First).Clause;
        bool crossedOutcome = false, crossedAnd = false;
        for (var k = e.First - 1; k >= Math.Max(0, e.First - ConditionReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence)
            {
                return false;
            }
            if (t.Clause != clause)
            {
                // Only the condition and its outcome: the clause left behind is the outcome («، فإن …»), with the condition
                // right before it, or one «، و …» that carries on an outcome told as a clause of its own («، فإن الولايات
                // المتحدة ستهاجم إيران، وحزب الله سيرد»). Past the condition's clause the reach ends.
                if (crossedOutcome)
                {
                    return false;
                }
                if (OpensOutcome(index, k + 1))
                {
                    crossedOutcome = true;
                }
                else if (!crossedAnd && OpensWithAnd(index, k + 1))
                {
                    crossedAnd = true;
                }
                else
                {
                    return false;
                }
                clause = t.Clause;
            }
            if (index.IsRole(k, "ifclause", true))
            {
                // «إذا لم تتوقف الغارات فإن الفصائل ستواصل القتال، وقصفت قوات النظام …»: the outcome was told inside the
                // condition's own clause, so the «، و» clause after it is news of its own.
                return !index.IsRole(k - 1, "ifblock") && !(crossedAnd && !crossedOutcome);
            }
        }
        return false;
    }

    /// <summary>Whether the clause at <paramref name="first"/> (past its punctuation) opens with the conjunction «و» (<see cref="WawClitic"/>).</summary>
    private static bool OpensWithAnd(ArticleIndex index, int first)
    {
        for (var k = first; k < index.Count; k++)
        {
            var t = index.Token(k);
            if (t.Kind != Text.TokenKind.Punctuation)
            {
                return WawClitic.IsAlone(t) || WawClitic.AfterConjunction(t) is not null;
            }
        }
        return false;
    }

    /// <summary>Whether the clause at <paramref name="first"/> (past its punctuation) opens with «ف» (event_words.tsv role outcome: «فإن», «فسوف»).</summary>
    private static bool OpensOutcome(ArticleIndex index, int first)
    {
        for (var k = first; k < index.Count; k++)
        {
            var t = index.Token(k);
            if (t.Kind == Text.TokenKind.Punctuation)
            {
                continue;
            }
            return t.Norm.Length > 1 && index.Words.IsWholeWord(t.Norm[..1], "outcome")
                && t.Segmentations.Any(r => r.Prefix >= 1);
        }
        return false;
    }
}
