using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>The deed a threat or a warning names: what is threatened has not happened.</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from a threat's trigger to the deed it threatens: the threatener and a day may come between («هدد الجيش السوري الحر الأربعاء بقصف»).</summary>
    private const int ThreatenedReach = 14;

    /// <summary>
    /// The threat and warning triggers of the article («هدد», «توعد», «لوح», «حذر», «تهديد»), as the lexicon read them: a vow
    /// (needs vowed) is left out, since what it governs is read by <see cref="VowOfForce"/> and may be a pledge.
    /// </summary>
    private static List<EventCandidate> Threats(List<EventCandidate> triggers) =>
        triggers.FindAll(static t => t.Type == "THREATEN" && !string.Equals(t.Trigger.Needs, "vowed", StringComparison.Ordinal));

    /// <summary>
    /// «هدد الجيش السوري الحر بقصف مواقع لحزب الله», «هدد بأنه سيقصف», «هددت باقتحام ماسبيرو», «حذر من قيام قوات النظام
    /// بارتكاب مجزرة»: the first deed after a threat or a warning in its clause, joined to it as its complement (behind «ب»,
    /// after a light verbal noun in «ب» or after «من», or a future verb in its «أن» clause), is what is threatened or
    /// warned of. The guideline codes the threat alone, its act not apart (annotation.md 4.4), and a warning of another's
    /// deed at most an optional possible event (its field notes).
    /// </summary>
    private static bool IsThreatenedDeed(ArticleIndex index, EventCandidate e, List<EventCandidate> threats)
    {
        if (e.Type == "THREATEN")
        {
            return false;
        }
        var clause = index.Token(e.First).Clause;
        foreach (var t in threats)
        {
            if (t.End > e.First || e.First - t.End > ThreatenedReach || index.Token(t.First).Clause != clause)
            {
                continue;
            }
            // «حذر من هجمات»: «من» takes what a verb of warning warns of; after a noun («تواجه تهديدا … من») it does not.
            if (Complement(index, e, t.End, warns: t.Trigger.IsVerb || string.Equals(t.Trigger.Needs, "armed", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Complement(ArticleIndex index, EventCandidate e, int from, bool warns)
    {
        var that = false;
        for (var k = from; k < e.First; k++)
        {
            // Another deed between: the threat's complement is that one, or none.
            if (index.IsTrigger(k))
            {
                return false;
            }
            that |= index.IsRole(k, "thatclause", true);
        }
        var norm = index.Token(e.First).Norm;
        if (e.Reading.Prefix > 0 && norm.StartsWith('ب'))
        {
            return true;
        }
        if (that && e.Trigger.IsVerb && e.Trigger.Tense == Tense.Future)
        {
            return true;
        }
        for (var k = e.First - 1; k >= from; k--)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                continue;
            }
            // «بـ "تفجير"», «من هجمات», «بارتكاب مجزرة», «بشن هجوم»: a verbal noun behind the clitic «ب», not a word
            // whose own first letter it is nor a conjunction or cause (role ownba: «بعدما قصفت», «بسبب القصف» tell the deed).
            return t.Norm == "ب" || (warns && t.Norm == "من") || (StatementRoles.BehindBa(index, k) && index.ActorAt(k) is null
                && !index.IsRole(k, "ownba"));
        }
        return false;
    }
}
