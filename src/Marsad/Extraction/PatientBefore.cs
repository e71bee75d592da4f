using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Those a verbal noun happened to, named before it: the subject of a verb of undergoing («تعرضت
/// البلدات لقصف») and the dead and wounded of a clause the noun is the cause of («قتل ثلاثة جنود
/// بانفجار عبوة»). The rules read the last actor before a noun trigger as its subject, so these
/// victims became the doer; the train oracle's doers given where the coder gave none were mostly
/// such victims or a side taken from the context. A casualty clause names no doer, and the guideline
/// keeps actor1 null there (docs/annotation.md 6.3); an undergone noun may take its doer from «من»
/// after it, or from the context as before (docs/learning.md, "Actors, ninth step").
/// </summary>
internal static class PatientBefore
{
    /// <summary>Tokens from a verb of undergoing to its noun: a subject with a list of quarters and an adverb fit.</summary>
    private const int UndergoReach = 14;

    /// <summary>Tokens from a killing or wounding word to the people it names: «قتل أحد منتسبي وزارة الداخلية».</summary>
    private const int CasualtyReach = 4;

    /// <summary>Tokens from a passive verb of wounding to the deed behind its preposition of cause: «أصيب قائد الجيش الحر بجروح بالغة في هجوم».</summary>
    private const int SufferReach = 8;

    /// <summary>
    /// True when a verb or noun of undergoing («تعرضت», «تعرضه») governs the noun trigger, no other
    /// trigger between: whoever is named between them or before the verb suffers the deed.
    /// </summary>
    public static bool Undergone(ArticleIndex index, EventCandidate e, int sentenceFirst) =>
        BehindTo(index, e) && GovernedByUndergo(index, e, sentenceFirst);

    /// <summary>
    /// True when a verb or noun of undergoing stands a few words before the noun trigger
    /// («تعرضت الأحياء لقصف مدفعي», «بعد تعرضه لهجوم»), past its subject and adverbs but no other
    /// trigger. The modality reads the same government: the noun's clitic ل is then that verb's
    /// preposition, not a purpose.
    /// </summary>
    public static bool GovernedByUndergo(ArticleIndex index, EventCandidate e, int sentenceFirst)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        for (var k = e.First - 1; k >= Math.Max(sentenceFirst, e.First - UndergoReach); k--)
        {
            if (index.IsRole(k, "undergo", true))
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

    /// <summary>
    /// True when <paramref name="subject"/>, before the noun trigger in its clause, is counted by a
    /// number or named after a killing or wounding word, and the trigger stands behind a preposition
    /// of cause («بانفجار», «في هجوم», «جراء قصف»): the dead or wounded of the deed, not its doer.
    /// A killing verb right before the actor names the doer only when it has an object («قتل الجيش 20 مسلحا بقصف»).
    /// Remote violence, and an attack or an ambush («وقتل تسعة جنود عراقيين في كمين», «قتل أربعة شرطيين في هجوم»):
    /// those killed «في اشتباكات» are a side of the clash, those killed in an ambush or an attack its target.
    /// </summary>
    public static bool Casualty(ArticleIndex index, EventCandidate e, ActorHit subject, int clauseFirst)
    {
        if (!(e.Type == "REMOTE" || IsAttackNoun(index, e)) || e.Trigger.IsVerb || !CauseBefore(index, e))
        {
            return false;
        }
        for (var k = subject.First - 1; k >= Math.Max(clauseFirst, subject.First - CasualtyReach); k--)
        {
            if (index.Token(k).Kind == TokenKind.Number || (Time.ArabicNumbers.Default.ReadAt(index.Text, k, allowConjunction: true) is { } n && n.End > k && n.End <= subject.First))
            {
                return true;
            }
            if (FatalityFinder.Default.IsCasualtyWordAt(index.Text, k))
            {
                return k < subject.First - 1 || !HasObjectBefore(index, e, subject.End);
            }
            // «48 جنديا سوريا وتسعة جنود عراقيين»: the nationality of a counted noun before it is one more item of the list of dead.
            if (index.ActorAt(k) is { } other && !other.IsNisba)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="party"/>, named in the trigger's sentence before it, is the subject of a passive verb
    /// of killing or wounding that governs a deed noun through a preposition of cause, the noun at the trigger or
    /// between the party and the trigger: «قائد الجيش الحر، أصيب بجروح بالغة في هجوم استهدف موكبه», «خمسة من أعضاء
    /// المنظمة قتلوا واصيب أربعون بجروح جراء هجوم بأربعين قذيفة، استهدف المعسكر». The party suffered the deed (or tells
    /// of it); it is no doer of that verb, of that deed, of its device or of the verb of aiming that follows it, and the sentence names
    /// no doer (docs/annotation.md 6.3). A verb that unvoweled news uses in both voices («قتلوا», actor_roles.tsv
    /// passive_plural) is passive only with no party between it and the cause (a party there is its object). A clash is
    /// left alone: those killed «في اشتباكات» are a side of it.
    /// </summary>
    public static bool Suffered(ArticleIndex index, EventCandidate e, ActorHit party, int sentenceFirst)
    {
        if (party.First < sentenceFirst || party.End > e.First || TypeRules.IsClashWord(index, e))
        {
            return false;
        }
        if (!e.Trigger.IsVerb && CauseBefore(index, e) && SuffererOf(index, party, SufferedVerbBefore(index, e.First, sentenceFirst, CauseIsClitic(index, e))))
        {
            return true;
        }
        // The passive verb itself, its subject before it («خمسة من أعضاء المنظمة قتلوا واصيب أربعون بجروح جراء هجوم»):
        // the dead, with the verbs of wounding coordinated after it.
        var passiveVerb = e.Trigger.IsVerb && IsPassiveVerb(index, e.First);
        for (var n = e.First + 2; passiveVerb && n <= Math.Min(index.Count - 1, e.First + SufferReach); n++)
        {
            if (index.IsTrigger(n) && !index.IsRole(n, "clash", true) && IsCauseWord(index, n - 1)
                && SufferedVerbBefore(index, n, sentenceFirst) >= e.First && SuffererOf(index, party, e.First))
            {
                return true;
            }
        }
        // The deed's device or its verb of aiming, told right after it («في هجوم بأربعين قذيفة، استهدف»); a deed told
        // further on is another one, and may be the sufferer's own: only a device (event_words.tsv missile, bomb) or a
        // verb of aiming (actor_roles.tsv aim) not joined by «و» is read so («أصيبوا في قصف …، وهاجم بعدها حاجزا»: the
        // attack is the sufferer's own, review31 finding 1).
        if (!IsDeviceOrAim(index, e))
        {
            return false;
        }
        for (var n = e.First - 1; n > party.End && n >= e.First - SufferReach; n--)
        {
            if (index.IsTrigger(n) && !index.IsRole(n, "clash", true) && IsCauseWord(index, n - 1)
                && SuffererOf(index, party, SufferedVerbBefore(index, n, sentenceFirst)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the party is the subject of the passive verb at <paramref name="verb"/>: after it, or before it with no
    /// deed told between nor a verb of a deed right before it («قصفت قوات النظام البلدة، وأصيب خمسة مدنيين في القصف»: the
    /// forces are the doer of the shelling told first, not those who suffered). The passive verbs of a chain («قتلوا واصيب») are no deed of their own here.
    /// </summary>
    private static bool SuffererOf(ArticleIndex index, ActorHit party, int verb)
    {
        if (verb < 0)
        {
            return false;
        }
        // From the verb before the party, if it is its subject: «وقصفت قوات النظام البلدة».
        for (var k = party.First > 0 ? party.First - 1 : 0; k < verb; k++)
        {
            if (index.IsTrigger(k) && !IsPassiveVerb(index, k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a complementizer («إن», «بأن», «أنه»: actor_roles.tsv that, self) stands between the party and the deed:
    /// the party is then a source telling of those who suffered («وقال الجيش الحر إن ثلاثة من مقاتليه أصيبوا»), not their subject.
    /// </summary>
    public static bool ToldBy(ArticleIndex index, ActorHit party, EventCandidate e)
    {
        for (var k = party.End; k < e.First; k++)
        {
            if (Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "that", true) || Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "self", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger is a device («قذيفة», «عبوة») or a verb of aiming («استهدف») of a deed told just before, not a
    /// deed of its own: a verb joined by «و» («وهاجم», «واستهدف») opens another clause.
    /// </summary>
    private static bool IsDeviceOrAim(ArticleIndex index, EventCandidate e)
    {
        if (index.IsRole(e.First, "missile", true) || index.IsRole(e.First, "bomb", true))
        {
            return true;
        }
        var prefix = e.Reading.Prefix;
        var norm = index.Token(e.First).Norm;
        var joined = prefix > 0 && prefix <= norm.Length && norm.AsSpan(0, prefix).Contains('و');
        return !joined && Lexicons.WordRoles.ActorRoles.Is(index.Text, e.First, "aim", true);
    }

    /// <summary>
    /// An ambush or a plain attack noun («كمين», «هجوم», «اعتداء»: event_words.tsv ambush, plainattack) that is no clash word:
    /// it has a doer and a target, and the dead counted before it behind a preposition of cause are the target.
    /// </summary>
    private static bool IsAttackNoun(ArticleIndex index, EventCandidate e) =>
        e.Type is "ASSAULT" or "ATTACK_CIVILIANS" && !TypeRules.IsClashWord(index, e)
        && (index.IsRole(e.First, "ambush", true) || index.IsRole(e.First, "plainattack", true));

    private static bool IsPassiveVerb(ArticleIndex index, int k) =>
        Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "passive_verb", true) || Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "passive_plural", true);

    private static bool IsCauseWord(ArticleIndex index, int k) =>
        index.IsRole(k, "causein", true) || Lexicons.WordRoles.Tolls.Is(index.Text, k, "cause", allowClitics: true);

    /// <summary>
    /// The passive verb of killing or wounding before the deed noun at <paramref name="noun"/>, or -1. The cause word
    /// stands right before the noun («في قصف»), unless it is the noun's own clitic («بقصف», <paramref name="causeIsClitic"/>):
    /// then the word right before the noun may be the verb itself («أصيب بقصف», review31 finding 2).
    /// </summary>
    private static int SufferedVerbBefore(ArticleIndex index, int noun, int sentenceFirst, bool causeIsClitic = false)
    {
        var party = false;
        for (var k = causeIsClitic ? noun - 1 : noun - 2; k >= Math.Max(sentenceFirst, noun - SufferReach); k--)
        {
            if (Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "passive_verb", true))
            {
                return k;
            }
            // «قتلوا» is passive only with no party between it and the cause: one there is its object.
            if (Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "passive_plural", true))
            {
                return party ? -1 : k;
            }
            if (index.IsTrigger(k) || index.Token(k).Kind != TokenKind.Word)
            {
                return -1;
            }
            party |= index.ActorAt(k) is not null;
        }
        return -1;
    }

    /// <summary>
    /// «قتل الجيش 20 مسلحا بقصف», «اغتال مجهولون الشيخ … بتفجير»: a killing verb's subject is its doer when
    /// anything but a time word stands between it and the deed (an object); with nothing
    /// («قتل عنصران من القوات الكردية في تفجير») the verb is a passive and the party after it its dead.
    /// </summary>
    private static bool HasObjectBefore(ArticleIndex index, EventCandidate e, int from)
    {
        for (var k = from; k < e.First; k++)
        {
            var causeWord = k == e.First - 1 && (index.IsRole(k, "causein", true) || Lexicons.WordRoles.Tolls.Is(index.Text, k, "cause", allowClitics: true));
            if (!causeWord && !index.IsRole(k, "skip", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«لقصف», «للقصف», «إلى هجوم»: the preposition a verb of undergoing governs its noun with.</summary>
    internal static bool BehindTo(ArticleIndex index, EventCandidate e)
    {
        var prefix = e.Reading.Prefix;
        var norm = index.Token(e.First).Norm;
        if (prefix > 0 && prefix <= norm.Length && norm.AsSpan(0, prefix).Contains('ل'))
        {
            return true;
        }
        return e.First > 0 && index.Token(e.First - 1).Norm is "الي" or "ل";
    }

    /// <summary>«بانفجار», «بقصف»: the cause is the trigger's own clitic «ب», no word before it.</summary>
    private static bool CauseIsClitic(ArticleIndex index, EventCandidate e)
    {
        var prefix = e.Reading.Prefix;
        var norm = index.Token(e.First).Norm;
        return prefix > 0 && prefix <= norm.Length && norm.AsSpan(0, prefix).Contains('ب');
    }

    /// <summary>«بانفجار», «في هجوم», «إثر قصف», «جراء انفجار»: the trigger is what caused the toll told before it.</summary>
    internal static bool CauseBefore(ArticleIndex index, EventCandidate e)
    {
        if (CauseIsClitic(index, e))
        {
            return true;
        }
        var before = e.First - 1;
        return before >= 0 && (index.IsRole(before, "causein", true)
            || Lexicons.WordRoles.Tolls.Is(index.Text, before, "cause", allowClitics: true));
    }
}
