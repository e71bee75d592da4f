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
