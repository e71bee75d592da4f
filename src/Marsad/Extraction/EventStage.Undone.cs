using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Deeds an article names without telling them as done in the news time (docs/annotation.md 4.1, 4.4): the deed
/// an anniversary remembers, an agreement broken or ended, a deed a party is kept from. Each is rare in train and
/// dev (the keep model has too few rows to learn the word that governs the trigger) and recurs in the pool's
/// no-event hand-reads.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from a word of anniversary to the deed it remembers («الذكرى السنوية الثانية لاقتحام», «ذكرى مرور 31 سنة على مجزرة»).</summary>
    private const int AnniversaryWindow = 5;

    /// <summary>Tokens between a verb or noun of keeping from and the «من» of the deed («لمنع قوات النظام من قصف»).</summary>
    private const int BarredPartyReach = 4;

    /// <summary>Tokens from a verb of intensifying to the deeds it intensifies («صعد في الفترة الأخيرة من وتيرة هجماته»).</summary>
    private const int TrendReach = 6;

    /// <summary>Tokens after the deeds where the recent past of a trend may stand («صعدت عملياتها العسكرية خلال الفترة الأخيرة»).</summary>
    private const int LatelyAfter = 4;

    /// <summary>Tokens before a verb of keeping from where a negation undoes it («لم يتمكنوا من منع»).</summary>
    private const int BarNotBefore = 6;

    /// <summary>
    /// «في الذكرى الثامنة لاغتيال والده», «في ذكرى مرور 31 سنة على مجزرة حماة», «مع حلول الذكرى العاشرة للغزو»: a
    /// deed noun in the genitive of an anniversary is the deed remembered, years back (4.1: anniversaries are not
    /// coded). Only a noun, with words alone between: a verb after the phrase is the news told on the day («في
    /// الذكرى الثانية للثورة تظاهر الآلاف»), and a comma closes the phrase («لإحياء ذكرى جمعة الغضب، بتنظيم
    /// تظاهرات»).
    /// </summary>
    private static bool IsAnniversaryDeed(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - AnniversaryWindow); k--)
        {
            if (!index.Token(k).IsWord && index.Token(k).Kind != TokenKind.Number)
            {
                return false;
            }
            if (index.IsRole(k, "anniversary", true))
            {
                return IsRemembered(index, e, k);
            }
        }
        return false;
    }

    /// <summary>
    /// The deed is the anniversary's genitive: right after its word («ذكرى مجزرة»), behind «ل» («الذكرى الثامنة
    /// لاغتيال») or «على» («ذكرى مرور 31 سنة على مجزرة»). A deed after the remembered one is the news of the day:
    /// «في الذكرى الثالثة للثورة تظاهرات حاشدة».
    /// </summary>
    private static bool IsRemembered(ArticleIndex index, EventCandidate e, int anniversary)
    {
        if (anniversary == e.First - 1)
        {
            return true;
        }
        var norm = index.Token(e.First).Norm;
        if (e.Reading.Prefix > 0 && e.Reading.Prefix <= norm.Length)
        {
            // Behind «ل» (LamClitic: the article alone is no preposition), or coordinated with the remembered noun
            // inside the anniversary's phrase: «في ذكرى الثورة والاعتقالات» remembers both (a comma closes
            // the phrase before the window of five words reaches a noun outside it).
            var prefix = norm[..e.Reading.Prefix];
            if (LamClitic.IsLam(prefix) || WawClitic.OpensWith(prefix))
            {
                return true;
            }
        }
        return index.IsRole(e.First - 1, "anniversaryon");
    }

    /// <summary>
    /// «أدت الغارات إلى إنهاء الهدنة بين أنقرة والمتمردين», «قوات النظام خرقت الهدنة القائمة», «اتهم الحكومة
    /// بخرق الاتفاق الأمني»: an agreement broken, violated or ended is no agreement made (4.4: AGREE codes a truce
    /// or a deal reached); the breach itself is the attack the article tells, or an accusation.
    /// </summary>
    /// <remarks>
    /// The agreement must be the breach word's genitive or object: right after it, or after the agreement noun
    /// that heads it («خرق اتفاق وقف إطلاق النار»). A breach word before another noun breaks that noun, not the
    /// agreement told after it: «بعد إنهاء المفاوضات اتفاقا على وقف إطلاق النار» is a deal reached (review25, 6).
    /// </remarks>
    private static bool IsBrokenAgreement(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "AGREE")
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var k = e.First - 1;
        if (k < sentence.First)
        {
            return false;
        }
        if (index.IsRole(k, "breach", true))
        {
            return true;
        }
        return k - 1 >= sentence.First && index.IsTrigger(k) && index.IsRole(k - 1, "breach", true);
    }

    /// <summary>
    /// «لمنع قوات النظام من قصف المدينة», «ستمنع متظاهرين من تنظيم مسيرة», «منع القوات النظامية من التقدم»: the
    /// deed behind «من» after a verb or noun of keeping and its party («منعهم من الوصول»: a pronoun on it) is what is kept from happening (as the
    /// purpose of preventing right before a trigger, role prevent). A negation before the verb undoes
    /// it: «لم يتمكنوا من منع أرتال القوات من الوصول» tells that the columns arrived.
    /// </summary>
    private static bool IsBarredFrom(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        var from = e.First - 1;
        if (from <= clause.First || !index.Token(from).IsWord || index.Token(from).Norm is not "من")
        {
            return false;
        }
        // «منعهم من الوصول»: the party kept may be the pronoun on the verb itself, right before «من».
        for (var k = from - 1; k >= Math.Max(clause.First, from - 1 - BarredPartyReach); k--)
        {
            // «لمنع» is a whole-token entry of prevent, which hides the clitic reading «ل» + «منع».
            if (!index.Words.IsEither(index.Text, k, "bar", "prevent", true))
            {
                continue;
            }
            for (var n = k - 1; n >= Math.Max(clause.First, k - BarNotBefore); n--)
            {
                if (index.IsRole(n, "claimnegation", true))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// «تنظيم داعش الذي كثف مؤخرا تفجيراته في العاصمة», «صعد في الفترة الأخيرة من وتيرة هجماته», «وكانت القوات
    /// النظامية صعدت عملياتها العسكرية خلال الفترة الأخيرة في مدينة حمص»: deeds a verb of intensifying governs over
    /// the recent past («مؤخرا», «في الآونة/الفترة الأخيرة») are a trend, many deeds told as one (4.2, 4.3), never one
    /// happening. Only a noun: the verb's object, not a deed told beside it. Without the recent past the same verb
    /// tells a day's deed («كثف الطيران غاراته اليوم على دوما»), which the model keeps.
    /// </summary>
    private static bool IsTrend(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - TrendReach); k--)
        {
            if (!index.IsRole(k, "intensify", true))
            {
                continue;
            }
            for (var j = k + 1; j < Math.Min(clause.End, e.End + LatelyAfter); j++)
            {
                if (j >= e.First && j < e.End)
                {
                    continue;
                }
                if (index.IsRole(j, "lately", true))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
