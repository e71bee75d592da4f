using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «خمسة مدنيين قتلوا في هجوم», «وقتل شرطي آخر في الموصل», «كما قتل شخص بتفجير مماثل»: a killing
/// told of its dead, the verb passive however voweled, names its doer in its own sentence («على أيدي
/// مجهولين», «بغارة للتحالف») or not at all. A party the choice takes from another sentence (the
/// article's topic, the agent of the killing told before, the source) is one a reader infers, and the
/// guideline keeps actor1 null there (docs/annotation.md 6.3, "passive with no doer"); the dead counted
/// before the verb («سبعة من مليشيا الحشد الشعبي قتلوا») are its subject, never its doer.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens a count or a noun of people may stand before the killing verb it is the subject of: «سبعة من مليشيا الحشد الشعبي قتلوا» puts four between.</summary>
    private const int DeadReach = 6;

    private static bool KilledWithoutDoer(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || !e.Trigger.IsVerb || !ToldOfItsDead(index, e.First, e.End, e.Reading.Prefix))
        {
            return false;
        }
        var verb = e.First;
        var sentence = index.SentenceOf(e.First);
        if (doer.First >= sentence.First && doer.First < sentence.End)
        {
            // The doer's own sentence: only the dead right before the verb are cleared here, counted or behind a noun of people
            // («سبعة من مليشيا الحشد الشعبي قتلوا», «عنصرين من الشرطة ومدنيين قتلوا»; «على الأقل» may stand between).
            // A verbal noun governed by a preposition («إقدام عناصر الحزب على قتل شرطيين») has its doer before it.
            return doer.End <= verb && verb - doer.End <= 3 && index.Token(doer.First).Clause == index.Token(verb).Clause
                && !index.Words.IsWholeWord(index.Token(verb - 1).Norm, "nounprep")
                && ActorArguments.MentionCues.Of(index, doer) is { Agent: false } cues && (cues.Counted || PersonBefore(index, doer));
        }
        // Aircraft or artillery («في غارة من طائرات حربية») or a clash («خلال القتال») tell of a doer the sentence leaves unnamed:
        // the coders take it from the report around (train sn-ee92ccb0, sn-0240c356), as for any clash. (Not any force noun: «جنود»
        // are as often the dead.)
        if (HasRole(index, sentence.First, sentence.End, "remoteweapon") || HasRole(index, sentence.First, sentence.End, "clash"))
        {
            return false;
        }
        // The choice carries the doer's nearest mention; a doer also named in the killing's sentence is named.
        return !NamedIn(index, e, doer, sentence.First, sentence.End);
    }

    /// <summary>
    /// The doer is named in [<paramref name="from"/>, <paramref name="to"/>), unless only as where it happened or as the dead
    /// («عنصر في الأمن الوطني»): behind a preposition other than «من» or «مع», which name a side («من طائرات النظام», «مع الشرطة»).
    /// </summary>
    private static bool NamedIn(ArticleIndex index, EventCandidate e, ActorHit doer, int from, int to)
    {
        // Not read for the dead named before the verb: after it their side comes back as the target («تسعة عناصر من داعش قتلوا
        // في الغارات … على مواقع للتنظيم»), four times in five in the 2013 and 2015 pool.
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            if ((a.Entry?.Class == "state" && a.End - a.First == 1) || (index.IsPrepositionBefore(a) && !(a.First > 0 && a.Clitics.Length == 0 && index.Token(a.First - 1).Norm is "من" or "مع")))
            {
                continue;
            }
            if (string.Equals(a.ActorId, doer.ActorId, StringComparison.Ordinal) || string.Equals(ActorLinker.ArmedFormFor(index, e, a).ActorId, doer.ActorId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The verb at [<paramref name="first"/>, <paramref name="end"/>) is a killing verb told after its dead (a count or a noun of
    /// people a few words before it in its clause: «جنديين عراقيين قتلا», «أن رجلا قتل»), or the singular one right before them
    /// («قتل شخص», «وقتل 3 جنود»).
    /// </summary>
    private static bool ToldOfItsDead(ArticleIndex index, int first, int end, int prefix)
    {
        var text = index.Text;
        if (!FatalityFinder.Default.IsKilledVerbAt(text, first))
        {
            return false;
        }
        var clauseIndex = index.Token(first).Clause;
        // Verb first, then its dead: only where the verb opens its clause («وقتل شرطي», «كما قتل شخص»); after a noun it is a verbal
        // noun or a verb with its subject before it («تبنت الحركة قتل شرطيين»: a claimed killing).
        if (end < text.Tokens.Count && index.Token(end).Clause == clauseIndex && IsCountOrPerson(index, end))
        {
            // A subject before the verb and its object after it is the active voice («إن إرهابيين مسلحين قتلوا مسؤولا»).
            return OpensClause(index, first, prefix);
        }
        var clause = index.ClauseOf(first);
        for (var k = first - 1; k >= Math.Max(clause.First, first - DeadReach); k--)
        {
            if (IsCountOrPerson(index, k))
            {
                return true;
            }
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>«عنصرين من الشرطة», «جنديين من الجيش»: a noun of people stands right before the mention, or one word before it.</summary>
    private static bool PersonBefore(ArticleIndex index, ActorHit hit)
    {
        var clause = index.Token(hit.First).Clause;
        for (var k = hit.First - 1; k >= Math.Max(0, hit.First - 2) && index.Token(k).Clause == clause; k--)
        {
            if (FatalityFinder.Default.IsPersonWordAt(index.Text, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The trigger opens its clause: first in it, joined by «و» or «ف», or right after a particle of opening («كما», «فيما»).</summary>
    private static bool OpensClause(ArticleIndex index, int first, int prefix)
    {
        if (first == 0 || index.Token(first - 1).Clause != index.Token(first).Clause || index.IsRole(first - 1, "opener"))
        {
            return true;
        }
        var norm = index.Token(first).Norm;
        return prefix > 0 && prefix <= norm.Length && norm.AsSpan(0, prefix).IndexOfAny('و', 'ف') >= 0;
    }

    private static bool IsCountOrPerson(ArticleIndex index, int k) =>
        index.IsCountAt(k) || FatalityFinder.Default.IsPersonWordAt(index.Text, k);
}
