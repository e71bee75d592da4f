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
        if (e.Type is not ("REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS") || !e.Trigger.IsVerb || !ToldOfItsDead(index, e))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        if (doer.First >= sentence.First && doer.First < sentence.End)
        {
            // The doer's own sentence: only the counted dead right before the verb are cleared here («على الأقل» may stand between).
            return doer.End <= e.First && e.First - doer.End <= 2 && index.Token(doer.First).Clause == index.Token(e.First).Clause
                && ActorArguments.MentionCues.Of(index, doer) is { Counted: true, Agent: false };
        }
        // A force or its machines («في غارة من طائرات حربية», «قوات») or a clash («خلال القتال») tells of a doer the sentence leaves
        // unnamed: the coders take it from the report around (train sn-ee92ccb0, sn-0240c356), as for any clash.
        if (HasRole(index, sentence.First, sentence.End, "forcenoun") || HasRole(index, sentence.First, sentence.End, "clash"))
        {
            return false;
        }
        // The choice carries the doer's nearest mention; a doer also named in the killing's sentence is named, unless only as where it
        // happened or as the dead («عنصر في الأمن الوطني»): behind a preposition other than «من» («من طائرات النظام»).
        for (var i = index.FirstActorFrom(sentence.First); i < index.Actors.Count && index.Actors[i].First < sentence.End; i++)
        {
            var a = index.Actors[i];
            if ((a.Entry?.Class == "state" && a.End - a.First == 1) || (index.IsPrepositionBefore(a) && !(a.First > 0 && a.Clitics.Length == 0 && index.Token(a.First - 1).Norm == "من")))
            {
                continue;
            }
            if (string.Equals(a.ActorId, doer.ActorId, StringComparison.Ordinal) || string.Equals(ActorLinker.ArmedFormFor(e, a).ActorId, doer.ActorId, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The trigger is a killing verb told after its dead (a count or a noun of people a few words before
    /// it in its clause: «جنديين عراقيين قتلا», «أن رجلا قتل»), or the singular one right before them
    /// («قتل شخص», «وقتل 3 جنود»).
    /// </summary>
    private static bool ToldOfItsDead(ArticleIndex index, EventCandidate e)
    {
        var text = index.Text;
        var fatalities = FatalityFinder.Default;
        if (!fatalities.IsKilledVerbAt(text, e.First))
        {
            return false;
        }
        // Verb first, then its dead: only where the verb opens its clause («وقتل شرطي», «كما قتل شخص»); after a noun it is a verbal
        // noun or a verb with its subject before it («تبنت الحركة قتل شرطيين»: a claimed killing).
        if (e.End < text.Tokens.Count && index.Token(e.End).Clause == index.Token(e.First).Clause && IsCountOrPerson(index, e.End) && OpensClause(index, e))
        {
            return true;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - DeadReach); k--)
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

    /// <summary>The trigger opens its clause: first in it, joined by «و» or «ف», or right after a particle of opening («كما», «فيما»).</summary>
    private static bool OpensClause(ArticleIndex index, EventCandidate e)
    {
        if (e.First == 0 || index.Token(e.First - 1).Clause != index.Token(e.First).Clause || index.IsRole(e.First - 1, "opener"))
        {
            return true;
        }
        var norm = index.Token(e.First).Norm;
        var prefix = e.Reading.Prefix;
        return prefix > 0 && prefix <= norm.Length && norm.AsSpan(0, prefix).IndexOfAny('و', 'ف') >= 0;
    }

    private static bool IsCountOrPerson(ArticleIndex index, int k) =>
        index.Token(k).Kind == Text.TokenKind.Number || Time.ArabicNumbers.Default.ReadAt(index.Text, k) is { } n && n.End > k
        || FatalityFinder.Default.IsPersonWordAt(index.Text, k);
}
