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
        for (var k = behind - 1; k >= Math.Max(clauseFirst, behind - PeltReach); k--)
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
            // «أمطرت الفصائل أربع بلدات محاصرة في شمال سوريا بالقذائف»: a verb of pelting is no trigger of its own, and
            // its object (the places pelted) and their setting may be long.
            if (index.IsRole(k, "pelt", true))
            {
                return objectSeen ? k : -1;
            }
            if (k >= behind - InstrumentVerbReach && (IsDeedVerb(index, k) || WordRoles.ActorRoles.At(index.Text, k, "aim", true) is not null))
            {
                return objectSeen ? k : -1;
            }
        }
        return -1;
    }

    /// <summary>At most this many tokens between a verb of pelting (event_words.tsv role pelt) or a deed noun and the ب of its instrument.</summary>
    private const int PeltReach = 14;

    /// <summary>
    /// «قامت قوات المعارضة بقصف مبنى الأركان قرب ساحة الأمويين وسط دمشق بالصواريخ»: a weapon noun behind ب after a
    /// verbal noun of striking in its clause, with the noun's object between and no other trigger, is the instrument
    /// of that strike, done by its doer; the linker read the last party before it (the capital, the state) or the
    /// running topic as a second striker. The strike told before, or null.
    /// </summary>
    private static EventCandidate? InstrumentOfDeedNoun(ArticleIndex index, EventCandidate e, int clauseFirst, IReadOnlyList<EventCandidate> sentenceEvents)
    {
        // A weapon takes no doer or target as its genitive; a verbal noun that does («قامت الوحدات بقصف») is a deed
        // of its own behind a light verb's ب, never an instrument.
        if (e.Trigger.IsVerb || !EventTypes.IsArmedEngagement(e.Type) || !IsBehindB(index, e) || e.Trigger.Genitive is "agent" or "patient")
        {
            return null;
        }
        for (var k = e.First - 1; k >= Math.Max(clauseFirst, e.First - PeltReach); k--)
        {
            if (index.Token(k).Kind == TokenKind.Punctuation && !index.Token(k).IsQuoteMark)
            {
                return null;
            }
            if (!index.IsTrigger(k))
            {
                continue;
            }
            var deed = sentenceEvents.LastOrDefault(x => x.First == k);
            // The strike must have its object between it and the instrument («بقصف مبنى الأركان … بالصواريخ»), not be its
            // own weapon («قصف بالصواريخ» is one noun phrase, read as one trigger or one candidate).
            return deed is { Trigger.IsVerb: false, Actor1: not null } && EventTypes.IsArmedEngagement(deed.Type) && e.First - k > 1 ? deed : null;
        }
        return null;
    }

    /// <summary>Whether the deed noun carries ب among its clitics («بالصواريخ», «وبالقذائف»).</summary>
    private static bool IsBehindB(ArticleIndex index, EventCandidate e) =>
        e.Reading.Prefix > 0 && index.Token(e.First).Norm.AsSpan(0, e.Reading.Prefix).Contains('ب');

    /// <summary>Where the instrument's ب stands: glued to the deed noun («بالصواريخ») or to its count («بتسع ضربات»); else -1.</summary>
    private static int BehindInstrumentB(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        if (IsBehindB(index, e))
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

    /// <summary>At most this many tokens between a verb of killing and the deed noun its toll is told in.</summary>
    private const int SettingVerbReach = 12;

    /// <summary>
    /// «إن قوات الأمن العراقية قتلت 23 عنصرا من تنظيم داعش في اشتباكات», «قال إن حزب العمال الكردستاني قتل
    /// ثلاثة جنود أتراك في هجوم»: a clash or strike noun behind a preposition of cause («في», «إثر», ب), after a
    /// verb of killing that has both a subject and an object (a party or a count) before the noun, is the deed
    /// the verb's subject killed in: its doer is that subject, not the killed named last before the noun. A
    /// verb with no object of its own is passive («جنديا تركيا قتل وأصيب آخر في اشتباكات»: the soldier was
    /// killed) and names no doer; nor does a verb with no subject («قتل 10 مسلحين في هجوم»).
    /// </summary>
    private static ActorHit? KillerOfSetting(ArticleIndex index, EventCandidate e, TextUnit clause)
    {
        // A noun behind ب is the instrument reading's (InstrumentVerb); here ب mostly hangs on an adjective («المحصنة بالمتفجرات»).
        if (e.Trigger.IsVerb || !EventTypes.IsArmedEngagement(e.Type) || !PatientBefore.CauseBefore(index, e)
            || IsBehindB(index, e))
        {
            return null;
        }
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - SettingVerbReach); k--)
        {
            // «قصف … وأن مقاتلي المعارضة ردوا بإطلاق»: a clause of its own opens after «أن».
            if (index.Token(k).Kind == TokenKind.Punctuation || index.IsRole(k, "thatclause", true))
            {
                return null;
            }
            // The verb of killing may have been left without a candidate of its own (no fighter named as its
            // object); any other deed between tells another happening.
            if (!IsDeedVerb(index, k))
            {
                if (index.IsTrigger(k))
                {
                    return null;
                }
                continue;
            }
            var subject = SubjectOfVerb(index, e, k, clause.First, clause.End);
            // A killer is an armed party told as such: a country after a place («في الحسكة شرق سوريا قتل») is where,
            // and a counted party right after the verb is the killed of a passive («قتل عشرة مقاتلين معارضين»).
            if (subject is null || !subject.IsArmed || subject.ActorId is "CIV" or "PROTESTERS" || index.PlaceAt(subject.First) is not null
                || (subject.First > k && IsCounted(index, subject.First)))
            {
                return null;
            }
            return HasObject(index, Math.Max(k + 1, subject.End), e.First) ? subject : null;
        }
        return null;
    }

    private static bool IsCounted(ArticleIndex index, int k) =>
        index.IsCountAt(k) || (k > 0 && index.IsCountAt(k - 1));

    /// <summary>True when a party or a count stands between <paramref name="from"/> and <paramref name="to"/>: a verb's object.</summary>
    private static bool HasObject(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (index.ActorAt(k) is not null || index.IsCountAt(k))
            {
                return true;
            }
        }
        return false;
    }
}
