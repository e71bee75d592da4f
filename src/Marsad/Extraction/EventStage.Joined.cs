using Marsad.Learning;

namespace Marsad.Extraction;

/// <summary>Two adjacent triggers of one type in a clause tell one happening: which word carries it.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// «قُتل جنديان في اشتباكات مع التنظيم», «انفجرت عبوة ناسفة», «استهدفوا بضربات جوية»: a general
    /// verb (killing, targeting, exploding) is followed by the word that names the happening. The
    /// one the lexicon trusts more carries the candidate (its actors, place and evidence are read
    /// from it). After a noun, or on a tie, the first stays, as before: «الاتفاق … حول هدنة» is
    /// told by the agreement, whose parties follow it. A noun the verb governs by ل stays joined.
    /// </summary>
    private static void JoinAdjacent(ArticleIndex index, List<EventCandidate> triggers, EventCandidate next, CandidateLog? log)
    {
        var before = triggers[^1];
        var (kept, joined) = before.Trigger.IsVerb && next.Trigger.Weight > before.Trigger.Weight && !GovernedByLam(index, next) ? (next, before) : (before, next);
        triggers[^1] = kept;
        log?.Gated.Add((index.Text.SpanOf(joined.First, joined.End), "joined to the trigger " + (joined == before ? "after" : "before")));
    }

    /// <summary>«تصدت القوات لهجوم»: a noun behind the clitic ل is the verb's object, and the verb names both sides.</summary>
    private static bool GovernedByLam(ArticleIndex index, EventCandidate next) =>
        LamClitic.IsLam(index.Token(next.First).Norm[..next.Reading.Prefix]);
}
