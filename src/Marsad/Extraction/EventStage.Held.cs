using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «تحرير بقية مناطق سنجار التي ما زالت تحت سيطرة تنظيم داعش», «السيطرة على قرية كانت تحت سيطرة
/// الفصائل», «استعادة المدينة من سيطرة التنظيم», «قصف حي المغاير الواقع تحت سيطرة المعارضة»: the
/// genitive of a control noun behind «تحت», «من» or «الخاضعة ل» names who holds (or held) a place,
/// the loser of its capture and the side a strike on it is aimed at (docs/annotation.md 6.1:
/// CAPTURE's actor1 is the taker; 6.3: the target is actor2), never the doer of a deed of its
/// sentence. The actor choice read it as the nearest armed name, often the genitive right after a
/// trigger (train sn-9053c413, sn-0240c356: ISIL and the rebels given as the takers of what was taken
/// from them). Three forms keep the name a doer: a verb of becoming before «تحت» («أصبحت القاعدة تحت
/// سيطرة وحدات المعارضة»: the name took it), a control noun whose «على» follows the name («بعد عام
/// من سيطرة القوات النظامية عليه»: the name is the subject of that capture), and a clash that names
/// only its «مع» side (the holder is its first side).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Leaves the holder of a place out of the actor1 options (<see cref="IsHolder"/>).</summary>
    private static void DropHolders(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options)
    {
        var dropped = options.RemoveAll(o => o.Hit is { } hit && IsHolder(index, hit, e));
        if (TraceChoices && dropped > 0)
        {
            Console.Error.WriteLine($"trace: doer rule holder «{index.Text.TextOf(e.First, e.End)}» leaves {dropped} option(s) out");
        }
    }

    /// <summary>
    /// True when <paramref name="hit"/> is the genitive of a control noun (event_words.tsv role
    /// `control`: «سيطرة», «لسيطرة», «قبضة») behind «تحت», «من» or a `controlstate` word, in the
    /// trigger's sentence, and the deed is no massing of forces («حشد مقاتلين في مناطق تحت سيطرة
    /// التنظيم» may be the holder's own). Not when a verb of becoming stands before «تحت», the name
    /// controls an «على» object after «من», or the deed is a clash that names only its other side.
    /// </summary>
    internal static bool IsHolder(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        if (HeldByClauseAfter(index, hit, e))
        {
            return true;
        }
        var noun = hit.First - 1;
        if (e.Type == "MOBILIZE" || noun < 1 || !index.IsRole(noun, "control", true)
            || index.Text.Tokens[hit.First].Sentence != index.Text.Tokens[e.First].Sentence)
        {
            return false;
        }
        var before = noun - 1;
        var from = index.Token(before).Norm == "من";
        if (!from && !index.IsRole(before, "controlstate", true))
        {
            return false;
        }
        // «أصبحت تحت سيطرة X», «سقطت تحت سيطرة X»: the place passed to X, who took it.
        if (index.Token(before).Norm == "تحت" && index.IsRole(before - 1, "became", true))
        {
            return false;
        }
        // «بعد ساعات من سيطرة مقاتلي المعارضة بشكل شبه كامل على المدينة»: the noun is that capture, the name its subject.
        if (from && ObjectOfControlAfter(index, hit))
        {
            return false;
        }
        // «خارج سيطرة القوات النظامية التي تفرض عليها حصارا»: the holder is the subject of a relative
        // clause that tells the deed itself.
        if (DoerOfRelativeAfter(index, hit, e))
        {
            return false;
        }
        // «ما زال تحت سيطرة قوات النظام، ولا توجد اشتباكات مع الجيش الحر فيه»: a clash that names
        // only its other side («مع») has the holder of its place for its first.
        return !(e.Type == "ASSAULT" && WithAfter(index, e));
    }

    /// <summary>At most this many tokens between the deed and the verb of holding whose clause describes its object («قصف مكثف للمناطق التي تسيطر عليها»: three).</summary>
    private const int HeldClauseReach = 6;

    /// <summary>
    /// «قصف مكثف للمناطق التي تسيطر عليها المعارضة», «استعادة ثلاث مناطق يسيطر عليها مقاتلو المعارضة»: the subject
    /// of a verb of holding with the pronoun of its object (event_words.tsv `holdclause`: «تسيطر عليها»), in a
    /// clause on what the deed before it struck or took, holds that place: the deed's target or loser, not its doer,
    /// as the genitive of «تحت سيطرة» is, whichever of its mentions the choice weighs. Only when the deed stands a few
    /// words before the verb with no other deed between (whose object the clause would describe), and not for a clash,
    /// whose sides the pair and the attacker readings settle: the holder of a clash's place is often the side named first.
    /// </summary>
    private static bool HeldByClauseAfter(ArticleIndex index, ActorHit hit, EventCandidate e) =>
        HolderOfClauseAfter(index, e) is { } holder && string.Equals(holder.ActorId, hit.ActorId, StringComparison.Ordinal);

    /// <summary>The holder named by a clause of holding on the deed's object (see <see cref="HeldByClauseAfter"/>), or null.</summary>
    private static ActorHit? HolderOfClauseAfter(ArticleIndex index, EventCandidate e)
    {
        if (e.Type == "MOBILIZE" || TypeRules.IsClashWord(index, e))
        {
            return null;
        }
        var sentence = index.Text.Tokens[e.First].Sentence;
        for (var k = e.End; k < Math.Min(index.Count - 2, e.End + HeldClauseReach + 1); k++)
        {
            if (index.Text.Tokens[k].Sentence != sentence || !index.Token(k).IsWord)
            {
                return null;
            }
            if (index.Words.At(index.Text, k, "holdclause") is { } clause)
            {
                return index.ActorAt(clause.End) is { Clitics.Length: 0, IsNisba: false } holder && holder.First == clause.End ? holder : null;
            }
            if (index.IsTrigger(k))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>At most this many tokens between a relative pronoun and the deed its clause tells («التي تفرض عليها حصارا»).</summary>
    private const int RelativeDeedReach = 4;

    /// <summary>
    /// True when a relative pronoun follows the holder's name and the deed stands in that clause with no
    /// other party before it; a verb carrying an object pronoun («التي قصفها الطيران») has its subject after it.
    /// </summary>
    private static bool DoerOfRelativeAfter(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        var rel = hit.End;
        if (rel >= index.Count || !index.IsRole(rel, "relative") || e.First <= rel || e.First > rel + RelativeDeedReach
            || (e.Trigger.IsVerb && e.Reading.Suffix > 0))
        {
            return false;
        }
        for (var k = rel + 1; k < e.First; k++)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Words (adverbs: «بشكل شبه كامل») allowed between the subject of a control noun and the «على» of what it controls.</summary>
    private const int ControlObjectReach = 4;

    private static bool ObjectOfControlAfter(ArticleIndex index, ActorHit hit)
    {
        for (var k = hit.End; k < index.Count && k <= hit.End + ControlObjectReach && index.Token(k).IsWord; k++)
        {
            if (index.Token(k).Norm.StartsWith("علي", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool WithAfter(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.End; k < index.Count && k <= e.End + ClashGap && index.Token(k).IsWord; k++)
        {
            if (index.Token(k).Norm == "مع")
            {
                return true;
            }
        }
        return false;
    }
}
