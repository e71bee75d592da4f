using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The target of a deed named as the object of a verb of aiming whose subject is the deed itself:
/// «تفجير انتحاري استهدف عناصر الصحوة», «غارة جوية استهدفت مقرا للتنظيم», «سيارة مفخخة استهدفت
/// دورية للجيش». The deed noun stands before the verb in its clause with no actor between, so the
/// verb has its subject already and every name after it, within its object phrase, is the one the
/// deed was done to (docs/annotation.md 6.3: the target is actor2). Read as the verb's subject
/// (Arabic is verb-subject-object) or as the genitive next to the trigger it was taken for the doer.
/// A name right after the verb with nothing before it in the clause but the verb stays an option:
/// «استهدفت طائرات التحالف مواقع التنظيم» puts the doer there.
/// </summary>
internal static class DeedTarget
{
    private static WordRoles Roles => WordRoles.ActorRoles;

    /// <summary>At most this many words of the deed's own phrase («عملية انتحارية», «انفجار سيارة مفخخة») stand between the deed noun and the verb.</summary>
    private const int DeedReach = 4;

    /// <summary>At most this many words of the object phrase («عناصر مجالس», «تجمعا») stand between the verb and the name.</summary>
    private const int ObjectReach = 3;

    /// <summary>
    /// True when <paramref name="hit"/> is the object of a verb of aiming whose subject is the deed of
    /// <paramref name="e"/>, or stands after a plural verbal trigger in its clause (<see cref="AfterPluralVerb"/>).
    /// </summary>
    public static bool Is(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        if (AfterPluralVerb(index, hit, e))
        {
            return true;
        }
        var verb = AimVerbAt(index, e);
        if (verb is not { } v || hit.First < v.End || hit.First - v.End > ObjectReach)
        {
            return false;
        }
        var clause = index.Token(v.First).Clause;
        if (index.Token(hit.First).Clause != clause)
        {
            return false;
        }
        // Only the object phrase stands between: no other name (which would be the object itself) and no new verb.
        for (var k = v.End; k < hit.First; k++)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>At most this many tokens after a plural verb are read as its object phrase («اقتحموا في وقت سابق نقطة تفتيش تابعة للشرطة»).</summary>
    private const int PluralObjectReach = 8;

    /// <summary>
    /// «اقتحموا نقطة تابعة للشرطة», «استهدفوا مسلحي التنظيم»: a verb in the plural carries its
    /// subject (a pronoun, or a name before it: Arabic puts a verb before its named subject in the
    /// singular, «اقتحم المسلحون»), so a name after it in its clause is its object or the object's
    /// owner, never its doer. Only the «وا» ending is read: a dual or feminine ending is spelled like
    /// a stem's last letter too often.
    /// </summary>
    private static bool AfterPluralVerb(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || hit.First < e.End || hit.First - e.End > PluralObjectReach || index.Token(hit.First).Clause != index.Token(e.End - 1).Clause)
        {
            return false;
        }
        var verb = index.Token(e.End - 1).Norm;
        // «قتلوا في هجوم شنه التنظيم»: unvoweled, a plural of killing or taking is as often passive, and its doer follows.
        return verb.EndsWith("وا", StringComparison.Ordinal) && verb.Length > 4 && !Roles.Is(index.Text, e.End - 1, "passive_plural", true);
    }

    /// <summary>
    /// Leaves out of the actor1 options every name that is the target of the deed (<see cref="Is"/>);
    /// the actor2 choice still sees them, where they belong.
    /// </summary>
    public static void DropFrom(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options) =>
        options.RemoveAll(o => o.Hit is { } hit && Is(index, hit, e));

    /// <summary>
    /// The verb of aiming whose subject is the deed of <paramref name="e"/>: the trigger itself when
    /// it is that verb and a deed noun stands before it, or the verb after a noun trigger; null when none.
    /// </summary>
    private static (int First, int End)? AimVerbAt(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return Roles.At(index.Text, e.First, "aim", true) is { } own && DeedNounBefore(index, e.First) ? (e.First, own.End) : null;
        }
        var clause = index.Token(e.First).Clause;
        for (var k = e.End; k < index.Count && k <= e.End + DeedReach && index.Token(k).Clause == clause; k++)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord || IsRelative(index, k))
            {
                return null;
            }
            if (Roles.At(index.Text, k, "aim", true) is { } aim)
            {
                return (k, aim.End);
            }
        }
        return null;
    }

    /// <summary>
    /// True when the verb has its subject before it, within a few words in its clause: a deed noun
    /// (a noun trigger or a word of the deed role: «عملية انتحارية», «سيارة مفخخة», «تفجير») or a
    /// name free of a preposition («انتحاري استهدف»), with no relative between.
    /// </summary>
    private static bool DeedNounBefore(ArticleIndex index, int verb)
    {
        var clause = index.Token(verb).Clause;
        for (var k = verb - 1; k >= 0 && k >= verb - DeedReach && index.Token(k).Clause == clause; k--)
        {
            if (!index.Token(k).IsWord || IsRelative(index, k))
            {
                return false;
            }
            if (index.ActorAt(k) is { } subject)
            {
                return subject.End == verb && !index.IsPrepositionBefore(subject) && subject.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') < 0;
            }
            if (Roles.Is(index.Text, k, "deed", true)
                || (TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m && m.End <= verb && HasNounEntry(m.Values)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens a verb of aiming may stand before the deed noun it has for subject: «استهدف أكثر الهجمات دموية» puts one between.</summary>
    private const int SubjectReach = 2;

    /// <summary>
    /// True when the deed of <paramref name="e"/> is the subject of a verb of aiming: before it
    /// («تفجير استهدف», «الهجمات الصاروخية التي استهدفت»), or after it, verb first («استهدف أكثر
    /// الهجمات دموية منطقة …», «استهدفت غارة جوية مقرا»). Such a sentence tells the deed as something
    /// that hit its target, and names its doer in itself («غارات شنها الطيران استهدفت») or not at all.
    /// </summary>
    public static bool IsAimSubject(ArticleIndex index, EventCandidate e)
    {
        if (AimVerbAt(index, e) is not null)
        {
            return true;
        }
        var clause = index.Token(e.First).Clause;
        if (e.Trigger.IsVerb)
        {
            // The trigger is the verb of aiming and a deed noun follows it as its subject.
            return Roles.At(index.Text, e.First, "aim", true) is { } own && DeedNounAfter(index, own.End, clause);
        }
        // «الهجمات الصاروخية التي استهدفت»: the relative's verb has the deed for subject.
        for (var k = e.End; k + 1 < index.Count && k <= e.End + DeedReach && index.Token(k).Clause == clause; k++)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                break;
            }
            if (IsRelative(index, k))
            {
                return Roles.At(index.Text, k + 1, "aim", true) is not null;
            }
        }
        // «استهدف أكثر الهجمات»: a bare deed noun (no «ب» or «ل» of an instrument or a target) right after the verb.
        if (HasPrepositionClitic(index, e.First, e.Reading))
        {
            return false;
        }
        for (var k = e.First - 1; k >= 0 && k >= e.First - 1 - SubjectReach && index.Token(k).Clause == clause; k--)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                return false;
            }
            if (Roles.At(index.Text, k, "aim", true) is { } aim && aim.End <= e.First)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A deed noun (a noun trigger or a word of the deed role) within <see cref="SubjectReach"/> words after the verb, no name between.</summary>
    private static bool DeedNounAfter(ArticleIndex index, int from, int clause)
    {
        for (var k = from; k < index.Count && k <= from + SubjectReach && index.Token(k).Clause == clause; k++)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                return false;
            }
            if (Roles.Is(index.Text, k, "deed", true)
                || (TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m && HasNounEntry(m.Values)))
            {
                return !HasPrepositionClitic(index, k, index.Token(k).Segmentations[0]);
            }
        }
        return false;
    }

    /// <summary>One of the trigger entries of a phrase is a noun's (a plain loop: this runs per token).</summary>
    private static bool HasNounEntry(IReadOnlyList<TriggerEntry> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!values[i].IsVerb)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The reading's clitics hold «ب» or «ل»: the word is governed, an instrument («بسيارة مفخخة») or a target, not a subject.</summary>
    private static bool HasPrepositionClitic(ArticleIndex index, int k, Segmentation reading)
    {
        var clitics = index.Token(k).Norm.AsSpan(0, Math.Min(reading.Prefix, index.Token(k).Norm.Length));
        // The article may be counted among the split-off letters («الهجمات»): its «ل» governs nothing.
        if (reading.HasArticle && clitics.EndsWith("ال", StringComparison.Ordinal))
        {
            clitics = clitics[..^2];
        }
        return clitics.IndexOfAny('ب', 'ل') >= 0;
    }

    // «الهجوم الذي استهدفت به القوات …»: after a relative the verb has a subject of its own.
    // The event lexicon's relative role, so a pronoun added there («اللواتي») counts here too.
    private static bool IsRelative(ArticleIndex index, int k) => index.IsRole(k, "relative");
}
