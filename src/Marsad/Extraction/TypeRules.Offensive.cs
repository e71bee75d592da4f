using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>At most this many tokens between a verb of starting and the attack noun it governs («بدأ منذ ثلاثة أيام هجوماً»).</summary>
    private const int StartReach = 4;

    /// <summary>At most this many tokens before the attack noun where «اليوم» of its day count may stand («في اليوم الحادي عشر للهجوم»).</summary>
    private const int DayCountReach = 4;

    /// <summary>
    /// Whether the attack noun <paramref name="e"/> names an offensive that runs over days: governed by a verb of
    /// starting («بدأت القوات هجوماً واسعاً على المدينة منذ أسبوع», role start) or counted by its day («في اليوم
    /// الرابع لهجوم الجيش», «اليوم الثالث من الهجوم»). Such an offensive is the ground campaign; the shelling or air
    /// cover its sentence tells («وسط غطاء وقصف جوي», «قصفت المروحيات … في اليوم الرابع لهجوم») is a deed within it,
    /// coded apart (docs/annotation.md, decisions of 2026-12-02: a campaign begun and still going is a core ASSAULT, the
    /// shelling a separate REMOTE), so the sentence's strike does not make the noun a strike (<see cref="TypeCues.StrikeScene"/>).
    /// </summary>
    private static bool IsRunningOffensive(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - StartReach); k--)
        {
            if (index.IsRole(k, "start", true))
            {
                return true;
            }
            // «بدا واضحا أن الهجوم»: «بدأ» folds to «بدا» (seemed), and a «أن» between makes the noun no object of starting.
            if (index.IsTrigger(k) || index.IsRole(k, "thatclause", true))
            {
                break;
            }
        }
        for (var k = e.First - 2; k >= Math.Max(clause.First, e.First - DayCountReach); k--)
        {
            if (!index.IsRole(k, "daycount", true) || ArabicNumbers.Default.ReadOrdinalAt(index.Text, k + 1) is not { } ordinal)
            {
                continue;
            }
            // «لهجوم» right after the ordinal, or «من الهجوم».
            return (ordinal.End == e.First && index.Token(e.First).Norm.StartsWith('ل'))
                || (ordinal.End == e.First - 1 && index.Token(ordinal.End).Norm == "من");
        }
        return false;
    }
}
