namespace Marsad.Extraction;

/// <summary>
/// «وتفرض القوات النظامية حصارا منذ أشهر على أحياء مدينة حمص», «حيث يحاصر الجيش جيبا للمعارضة منذ شهرين», «المدينة
/// التي تحاول القوات منذ مدة فرض سيطرتها عليها», «ساعدت الضربات الوحدات الكردية على تعزيز سيطرتها على الحسكة»: a siege
/// or a control is a state, not a deed. Told as lasting «منذ» months, or as strengthened, it is a condition the news
/// finds already standing, its setting (docs/annotation.md 4.1, 4.3); the siege or the taking that began it lies
/// months back or is no news at all. The gold agrees: train nc-ce2057b9 codes «الحصار المستمر منذ ثمانية أشهر»
/// optional as background, and no coded CAPTURE or BLOCKADE of train or dev stands after a word of strengthening.
/// Attacks told as lasting («يتعرض الحي منذ عدة أشهر لهجمات», train sn-b54f1ca5, core) are deeds of the news time
/// going on, which the gold codes; so only the two state types are read here.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens before the trigger where «منذ» of the lasting may stand («تحاول منذ مدة فرض سيطرتها»).</summary>
    private const int LastingBefore = 4;

    /// <summary>Tokens after the trigger where «منذ» of the lasting may stand, past the besieged («يطوقون معامل الدفاع في السفيرة منذ أشهر»).</summary>
    private const int LastingAfter = 6;

    /// <summary>Words between «منذ» and its span («منذ عدة أشهر», «منذ نحو عامين»).</summary>
    private const int LastingCount = 2;

    private static bool IsLastingHold(ArticleIndex index, EventCandidate e)
    {
        // A past verb told «منذ» a span is dated that far back (IsDoneLongAgo gives the same verdict); «سيطرتها» reads as
        // a past verb too («تحاول منذ فترة فرض سيطرتها»), so the tense is not asked.
        if (e.Type is not ("BLOCKADE" or "CAPTURE"))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - LastingBefore); k--)
        {
            if (index.Token(k).Kind == Text.TokenKind.Punctuation)
            {
                break;
            }
            if (LastsSinceAt(index, k, clause.End))
            {
                return true;
            }
            // «تحاول منذ فترة فرض سيطرتها»: the light verbal noun of imposing between is the hold's own; a deed joined
            // by «و» («يحاصرونها منذ أشهر وسيطرة …») is another.
            if (DayAfter.Conjoined(index.Token(k)))
            {
                break;
            }
        }
        for (var k = e.End; k < Math.Min(clause.End, e.End + LastingAfter); k++)
        {
            // «… حصارا على الحي، وهو الأعنف منذ أشهر»: past another deed, a date or a superlative the span is not the hold's.
            if (index.Token(k).Kind == Text.TokenKind.Punctuation || index.IsTrigger(k) || StartsDate(index, k))
            {
                return false;
            }
            if (LastsSinceAt(index, k, clause.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «منذ» at <paramref name="k"/> with a span of months, years or an unknown while after it («منذ أشهر», «منذ عدة
    /// أشهر», «منذ فترة»), not a year («منذ عام 2011» the time stage dates) and not a comparison («الأعنف منذ أشهر»).
    /// </summary>
    private static bool LastsSinceAt(ArticleIndex index, int k, int end)
    {
        if (!index.Words.IsWholeWord(index.Token(k).Norm, "since") || index.IsRole(k - 1, "superlative", true))
        {
            return false;
        }
        for (var s = k + 1; s < Math.Min(end, k + 2 + LastingCount); s++)
        {
            if (index.IsRole(s, "superlative", true))
            {
                return false;
            }
            if (index.IsRole(s, "longspan") || index.IsRole(s, "whilespan"))
            {
                return !(s + 1 < end && index.Token(s + 1).Kind == Text.TokenKind.Number);
            }
        }
        return false;
    }

    /// <summary>
    /// «على تعزيز سيطرتها على الحسكة», «قامت قوات الشرطة بتعزيز سيطرتها», «مما يعزز تطويق الجيش للمناطق»: a control or a
    /// siege right after a word of strengthening (role consolidate, with its clitics) is held already, no taking and no
    /// new siege.
    /// </summary>
    private static bool IsConsolidatedHold(ArticleIndex index, EventCandidate e) =>
        // «سيطرتها» reads as a past verb as well as a noun: after a word of strengthening it is the noun.
        e.Type is "BLOCKADE" or "CAPTURE" && index.IsRole(e.First - 1, "consolidate", true)
        && index.Token(e.First - 1).Clause == index.Token(e.First).Clause;
}
