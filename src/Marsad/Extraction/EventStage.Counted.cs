using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «وقتل 33 مسلحا من تنظيم داعش», «مقتل 48 جنديا عراقيا في كمين», «أعدم التنظيم 22 عنصرا من
/// الجيش»: after a word of killing, a party the text counts is the one the killing took, never its
/// doer. Unvoweled, «قتل» is as often passive as active, and in either reading the counted words are
/// its object or its passive subject; whoever kills is named without a number («قتل مسلحون 5 جنود»,
/// «على يد مسلحين»). The actor choice weighs the count as one feature among many and still took the
/// dead for the doer where they were the only armed name near (dev sn-f28259cd, sn-e1ab8e95: the
/// army's killing of ISIL fighters coded ISIL's).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between a killing word and the counted party it took: «قتل أكثر من 20 عنصرا من» puts four words before the name.</summary>
    private const int CountedReach = 6;

    /// <summary>Leaves the counted dead of a killing word out of the actor1 options.</summary>
    private static void DropCountedDead(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options)
    {
        var dropped = options.RemoveAll(o => o.Hit is { } hit && IsCountedDead(index, hit, e));
        if (TraceChoices && dropped > 0)
        {
            Console.Error.WriteLine($"trace: doer rule counted-dead «{index.Text.TextOf(e.First, e.End)}» leaves {dropped} option(s) out");
        }
    }

    /// <summary>
    /// True when <paramref name="hit"/> is counted by a number or a dual and stands after the trigger, a word of
    /// killing, in its clause within a few words, with no other trigger between. A name behind «على
    /// يد» is the doer whatever number stands before it («وأصيب ثلاثة على أيدي مجهولين»: the count is
    /// of the wounded; train nc-90a951c8).
    /// </summary>
    private static bool IsCountedDead(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        if (hit.First < e.End || hit.First - e.End > CountedReach || index.Token(hit.First).Clause != index.Token(e.First).Clause
            || !FatalityFinder.Default.IsKillingWordAt(index.Text, e.First) || ActorArguments.MentionCues.Of(index, hit) is not { Agent: false } cues
            || !(cues.Counted && CountedAfter(index, e, hit)) && !CountedByDual(index, hit))
        {
            return false;
        }
        for (var k = e.End; k < hit.First; k++)
        {
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The number that counts the party (the one <see cref="ActorArguments.MentionCues"/> read as Counted) stands
    /// after the killing word: «عشرات الجثث أعدمتهم قوات نظام بشار الأسد» counts the bodies, and the forces after
    /// the verb that carries them are its doer. The count reaches three words back from the party, as the cue
    /// does («قتل ثلاثة جنود ينتمون إلى قوات النظام» is beyond it, a feature's reach, not this rule's).
    /// </summary>
    private static bool CountedAfter(ArticleIndex index, EventCandidate e, ActorHit hit) => ActorArguments.CountAt(index, hit) >= e.End;

    /// <summary>
    /// «قتل عنصران من الشرطة التركية», «مقتل جنديين من الجيش»: a dual noun of people counts two in one
    /// word, with no number before it, and heads the party as its partitive («X من») or opens the
    /// mention itself. The five retellings of one Adana shooting gave Turkey the killing of its own police.
    /// </summary>
    private static bool CountedByDual(ArticleIndex index, ActorHit hit)
    {
        var text = index.Text;
        if (FatalityFinder.Default.IsPersonDualAt(text, hit.First))
        {
            return true;
        }
        return hit.First >= 2 && index.Token(hit.First - 1).Norm is "من" && index.Token(hit.First - 2).Clause == index.Token(hit.First).Clause
            && FatalityFinder.Default.IsPersonDualAt(text, hit.First - 2);
    }
}
