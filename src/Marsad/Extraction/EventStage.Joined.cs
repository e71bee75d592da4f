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
        var (kept, joined) = (before.Trigger.IsVerb && next.Trigger.Weight > before.Trigger.Weight && !GovernedByLam(index, next)) || DoerBetween(index, before, next) ? (next, before) : (before, next);
        triggers[^1] = kept;
        log?.Gated.Add((index.Text.SpanOf(joined.First, joined.End), "joined to the trigger " + (joined == before ? "after" : "before")));
    }

    /// <summary>
    /// «المعارك اندلعت بشن فصائل المعارضة هجوماً»: a noun whose doer is named between it and the
    /// trigger before («بشن X هجوماً», «إثر شن X هجوماً») tells who did the happening, and carries
    /// it; the clash noun before named no side, and the doer, read for neither, was lost or taken
    /// as the target (hand-read 04b B #14). Only an armed actor free of a preposition counts, not
    /// one right after the noun before (its genitive), and not before a noun behind ل (the object).
    /// </summary>
    private static bool DoerBetween(ArticleIndex index, EventCandidate before, EventCandidate next)
    {
        if (before.Trigger.IsVerb || next.Trigger.IsVerb || GovernedByLam(index, next))
        {
            return false;
        }
        // Right after the noun before, the actor is that noun's genitive, its own doer («إطلاق مسلحين لصاروخ»).
        for (var i = index.FirstActorFrom(before.End + 1); i < index.Actors.Count && index.Actors[i].End <= next.First; i++)
        {
            var a = index.Actors[i];
            if (a.IsArmed && !a.IsNisba && !index.IsPrepositionBefore(a) && a.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «ردت المدفعية التركية على قذيفة هاون أطلقت من سوريا»: a noun behind the preposition a verb takes
    /// its target with is the verb's object, here the shell the artillery answers, another happening
    /// with its own doer and place, not the word that names the verb's own.
    /// </summary>
    private static bool BehindTargetPreposition(ArticleIndex index, EventCandidate before, EventCandidate next)
    {
        // Only right before the noun: in «أطلقوا على المدينة قذائف» the preposition heads the place and the noun is the verb's own weapon.
        return before.Trigger.IsVerb && !next.Trigger.IsVerb && next.First > before.End
            && Array.IndexOf(before.Trigger.Actor2Preps, index.Token(next.First - 1).Norm) >= 0;
    }

    /// <summary>
    /// «هجوما بسيارة مفخخة ردا على الغارات الجوية التركية», «قصفوا البلدة انتقاما لمقتل»: a word that
    /// opens an answer or a stop to another side's deed (place_aim_words.tsv kind `deed`) between two
    /// triggers makes the second the deed answered, with its own doer and place, never the first told again.
    /// </summary>
    private static bool AnsweredBetween(ArticleIndex index, EventCandidate before, EventCandidate next)
    {
        var words = Geo.PlaceLexicon.Default.AimWords;
        for (var k = before.End; k < next.First; k++)
        {
            if (words.TryGetValue(index.Token(k).Norm, out var kind) && kind is "deed")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«تصدت القوات لهجوم»: a noun behind the clitic ل is the verb's object, and the verb names both sides.</summary>
    private static bool GovernedByLam(ArticleIndex index, EventCandidate next) =>
        LamClitic.IsLam(index.Token(next.First).Norm[..next.Reading.Prefix]);
}
