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

    /// <summary>Words between «منذ» and its span («منذ عدة أشهر», «منذ نحو عامين», «منذ أكثر من ستة أشهر»).</summary>
    private const int LastingCount = 3;

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
    /// أشهر», «منذ فترة») or a date over 30 days back, and not a comparison («الأعنف منذ أشهر»).
    /// </summary>
    private static bool LastsSinceAt(ArticleIndex index, int k, int end)
    {
        if (!index.Words.IsWholeWord(index.Token(k).Norm, "since") || index.IsRole(k - 1, "superlative", true))
        {
            return false;
        }
        // «وتحاصر الفصائل البلدتين منذ 2013», «منذ تموز 2014»: a date that began over 30 days back is such a span too
        // (the time stage dates the hold then, a year alone, which IsDatedLongBefore leaves to the model) (s41-history).
        if (index.Today is { } today && SinceDateBefore(index, k, end, today, NewsDays))
        {
            return true;
        }
        for (var s = k + 1; s < Math.Min(end, k + 2 + LastingCount); s++)
        {
            // «منذ أكثر من ستة أشهر»: «أكثر» before «من» counts the span («أكثر» carries the role superlative); only
            // a comparison stops it.
            if (index.IsRole(s, "superlative", true) && !(s + 1 < end && index.Words.IsWholeWord(index.Token(s + 1).Norm, "than")))
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
    /// «أمطرت الفصائل أربع بلدات محاصرة بالقذائف», «الأحياء المحاصرة في مدينة حمص», «بلدتي نبل والزهراء المحاصرتين من
    /// قبل جبهة النصرة», «كانت القاعدة محاصرة من قبل المقاومة»: the form «محاصرة» (role besiegedform) is the verbal noun of
    /// besieging and the passive participle alike. As an adjective after the noun it describes, or a predicate, it
    /// tells a siege standing when the news finds the place, a condition (docs/annotation.md 4.1, 4.3), no besieging
    /// of the news; the deed of its sentence is another (the shelling of the besieged towns). The verbal noun governs:
    /// it carries a pronoun («بعد محاصرتهم»), a preposition («لمحاصرة القسم», «عن محاصرة حاجز العلان») or its object
    /// after it («محاصرة الرمادي من ثلاث جهات»). The gold codes train nc-7ef1885f («قوات الجيش النظامي المحاصرة»)
    /// optional, and no core event.
    /// </summary>
    private static bool IsBesiegedState(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "BLOCKADE" || e.Trigger.IsVerb || e.Reading.Suffix > 0 || e.First == 0 || !index.IsRole(e.First, "besiegedform", true))
        {
            return false;
        }
        var token = index.Token(e.First);
        // Only «و» and the article may lead it: «ل», «ب» and «ك» make it the object of a preposition, a verbal noun.
        var prefix = token.Norm.AsSpan(0, Math.Min(e.Reading.Prefix, token.Norm.Length));
        if (!(prefix.IsEmpty || prefix is "و" or "ال" or "وال"))
        {
            return false;
        }
        var before = index.Token(e.First - 1);
        // A preposition or a word of time before it makes it the verbal noun it governs («من محاصرة», «بعد محاصرة»).
        if (!before.IsWord || before.Clause != token.Clause
            || index.IsRole(e.First - 1, "prep", true) || index.IsRole(e.First - 1, "ago", true) || index.IsRole(e.First - 1, "after", true))
        {
            return false;
        }
        // With the article it cannot govern a genitive: after a word it is that word's adjective. Bare, it is one only
        // when no genitive follows: a preposition, a span or the clause's end («بلدات محاصرة في شمال سوريا»).
        if (e.IsDefinite(index))
        {
            return true;
        }
        if (e.End >= index.Count || index.Token(e.End).Clause != token.Clause || !index.Token(e.End).IsWord)
        {
            return true;
        }
        return index.IsRole(e.End, "prep", true) || index.Words.IsWholeWord(index.Token(e.End).Norm, "since");
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
