namespace Marsad.Extraction;

/// <summary>
/// A leaving that gives up no ground and a supply word that supplies nothing: the WITHDRAW and SUPPORT triggers
/// read where the text tells no withdrawal from a place and no arming (SPEC §2, docs/annotation.md 4.4).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a withdrawal where «من» and what is left may stand («انسحب الائتلاف السوري المعارض من سلسلة من المحادثات»).</summary>
    private const int LeftReach = 8;

    /// <summary>
    /// «قبل أن ينسحب الطيران الإسرائيلي بنفس الطريقة التي تسلل بها»: aircraft (event_words.tsv role aircraft) right
    /// after a verb of withdrawing or right before it fly home after a strike; they hold no place to hand over, so
    /// the leaving is part of the strike, not a WITHDRAW (SPEC §2: retreats from or hands over a place).
    /// </summary>
    private static bool IsAircraftLeaving(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "WITHDRAW")
        {
            return false;
        }
        var clause = index.Token(e.First).Clause;
        return (e.End < index.Count && index.Token(e.End).Clause == clause && index.Words.IsWord(index.Text, e.End, "aircraft"))
            || (e.First > 0 && index.Token(e.First - 1).Clause == clause && index.Words.IsWord(index.Text, e.First - 1, "aircraft"));
    }

    /// <summary>
    /// «انسحب الائتلاف السوري المعارض من سلسلة من المحادثات الدولية», «المفاوض انسحب من المفاوضات»: what is left
    /// behind «من» is talks, a conference, an agreement or a government (event_words.tsv role forum), no place; a
    /// walkout is a statement, not a WITHDRAW (4.4). A place named first after the trigger is the place left.
    /// </summary>
    private static bool IsLeavingTalks(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "WITHDRAW")
        {
            return false;
        }
        var clause = index.Token(e.First).Clause;
        for (var k = e.End; k < Math.Min(index.Count, e.End + LeftReach); k++)
        {
            var t = index.Token(k);
            if (t.Clause != clause || t.Kind == Text.TokenKind.Punctuation || index.PlaceAt(k) is not null || index.IsTrigger(k))
            {
                return false;
            }
            if (!index.Words.IsWholeWord(t.Norm, "whence"))
            {
                continue;
            }
            // The forum right behind «من», or behind a noun of a series and its own «من» («من سلسلة من المحادثات»); any
            // other word first («من مواقعها بعد اجتماع») makes what follows no longer the thing left.
            var s = k + 1;
            if (s + 2 < index.Count && index.Words.IsWord(index.Text, s, "series") && index.Words.IsWholeWord(index.Token(s + 1).Norm, "whence"))
            {
                s += 2;
            }
            return s < index.Count && index.Token(s).Clause == clause && index.PlaceAt(s) is null && index.Words.IsWord(index.Text, s, "forum");
        }
        return false;
    }

    /// <summary>
    /// «بسبب ضعف تسليحهم», «تقف ضد تسليح المعارضة», «حظر تسليح»: a noun of arming in the genitive of a lack, a
    /// ban or an opposition (event_words.tsv role lack) names arms that are wanting or refused, not arms given; no
    /// SUPPORT (4.4: material support only).
    /// </summary>
    private static bool IsSupplyLacking(ArticleIndex index, EventCandidate e) =>
        e.Type == "SUPPORT" && !e.Trigger.IsVerb && e.First > 0
        && index.Token(e.First - 1).Clause == index.Token(e.First).Clause && index.Words.IsWord(index.Text, e.First - 1, "lack");
}
