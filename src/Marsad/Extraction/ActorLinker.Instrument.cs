using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية», «قصفت الطائرات الروسية مواقع التنظيم بالصواريخ»: a deed
/// noun behind ب is the instrument of the verb of striking before it, and what stands between the verb
/// and the instrument is that verb's object, the target; the deed's doer is the verb's subject.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many words (a count: «بتسع», «بعدة») between the ب of the instrument and the deed noun.</summary>
    private const int InstrumentCountReach = 1;

    /// <summary>At most this many tokens between the governing verb and the ب of its instrument.</summary>
    private const int InstrumentVerbReach = 8;

    /// <summary>
    /// The verb of striking or aiming whose instrument the deed noun <paramref name="e"/> is, when a party
    /// (its object) stands between the two in the clause; else -1.
    /// </summary>
    private static int InstrumentVerb(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsArmedEngagement(e.Type))
        {
            return -1;
        }
        var behind = BehindInstrumentB(index, e, clauseFirst);
        if (behind < 0)
        {
            return -1;
        }
        var objectSeen = false;
        for (var k = behind - 1; k >= Math.Max(clauseFirst, behind - InstrumentVerbReach); k--)
        {
            if (index.ActorAt(k) is not null)
            {
                objectSeen = true;
                continue;
            }
            if (!index.Token(k).IsWord)
            {
                return -1;
            }
            if (IsDeedVerb(index, k) || WordRoles.ActorRoles.At(index.Text, k, "aim", true) is not null)
            {
                return objectSeen ? k : -1;
            }
        }
        return -1;
    }

    /// <summary>Where the instrument's ب stands: glued to the deed noun («بالصواريخ») or to its count («بتسع ضربات»); else -1.</summary>
    private static int BehindInstrumentB(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        var norm = index.Token(e.First).Norm;
        if (e.Reading.Prefix > 0 && norm.AsSpan(0, e.Reading.Prefix).Contains('ب'))
        {
            return e.First;
        }
        for (var k = e.First - 1; k >= Math.Max(clauseFirst, e.First - InstrumentCountReach); k--)
        {
            if (index.ActorAt(k) is not null || !index.Token(k).IsWord)
            {
                return -1;
            }
            if (Time.ArabicNumbers.Default.IsCountBehindB(index.Text, k))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the party right after it («قصفت الطائرات الروسية مواقع»,
    /// force nouns and titles crossed, no other word), unless the verb carries a plural subject («استهدفوا»);
    /// else the last party before it in the clause that can do the deed.
    /// </summary>
    private static ActorHit? SubjectOfVerb(ArticleIndex index, EventCandidate e, int verb, int clauseFirst, int clauseEnd)
    {
        if (!HasPluralSubject(index, verb))
        {
            for (var k = verb + 1; k < Math.Min(clauseEnd, verb + SubjectWindow); k++)
            {
                if (index.ActorAt(k) is { } a)
                {
                    if ((!a.IsNisba || IsForceNisba(index, a)) && !index.IsPrepositionBefore(a) && CanDo(e, a))
                    {
                        return a;
                    }
                    break;
                }
                if (!index.IsRole(k, "forcenoun", true) && !index.IsRole(k, "title", true) && !index.IsRole(k, "skip", true))
                {
                    break;
                }
            }
        }
        return SubjectBefore(index, e, clauseFirst, verb);
    }

    /// <summary>
    /// «وقصفت وحدات تكتيكية تابعة للتنظيم», «هاجمت قطعات عسكرية تابعة للفرقة الثامنة»: after a verb of striking or
    /// attacking, what belongs to a body is the verb's object, hit with its owner (35 of 36 such phrases in the
    /// conflict pool), unless it is a machine that strikes by itself (event_words.tsv role striker), the verb's
    /// subject told first («قصفت طائرات تابعة للتحالف مواقع»).
    /// </summary>
    private static bool ObjectOfDeedVerb(ArticleIndex index, EventCandidate e, int ownerFirst)
    {
        if (!e.Trigger.IsVerb || !IsDeedVerb(index, e.First))
        {
            return false;
        }
        for (var k = e.End; k < ownerFirst; k++)
        {
            if (index.IsRole(k, "striker", true))
            {
                return false;
            }
        }
        return true;
    }
}
