using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// Who a violent deed was done to, where the clause names them elsewhere than right after the trigger, or by a noun the
/// civilian role does not hold. The guideline types by the victim (docs/annotation.md 6.1: unarmed civilians, officials not
/// in arms, journalists; an armed side on both ends is ASSAULT), and the hand-reads of the pool found gunmen killing a
/// cleric, an official or a party head with his sons coded ASSAULT because the victim was a person the target window did
/// not read as a civilian, or was told before the attack noun (s28-civtype).
/// </summary>
internal static partial class TypeRules
{
    /// <summary>
    /// Whether <paramref name="e"/> is a killing verb («اغتال», «قتلوا») whose subject, named beside it in its clause and behind no
    /// preposition, is a non-state armed doer: «مسلحين مجهولين اغتالوا خمسة أشخاص», «اغتال مجهولون شخصا في حي الغزالية». Persons
    /// in general («أشخاص», «رجلا», role person) killed so are civilians: gunmen who kill persons by name are not in a clash, and
    /// the coders code these ATTACK_CIVILIANS (train nc-720ac86d #1–#3). A state's force («قوات النظام قتلت 29 شخصا في ريف
    /// دمشق») is left out: its persons are the roll-up of shelling and fighting. The passive «قتل ستة أشخاص في اشتباكات» names no
    /// doer beside the verb.
    /// </summary>
    internal static bool KillsPersons(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || !TypeCues.Is(index, e.First, "assassination")
            || e.Actor1 is not { IsArmed: true, IsNisba: false } doer || doer.Entry?.Class == "army")
        {
            return false;
        }
        if (index.Token(doer.First).Clause != index.Token(e.First).Clause || index.IsPrepositionBefore(doer))
        {
            return false;
        }
        var gap = doer.First >= e.End ? doer.First - e.End : e.First - doer.End;
        return gap <= DoerWindow;
    }

    /// <summary>The victims named outside the target window: in the toll before an attack noun, or where a firing verb aims.</summary>
    internal static (bool Civilian, bool Fighter) VictimsElsewhere(ArticleIndex index, EventCandidate e, int windowEnd, int clauseEnd)
    {
        var before = VictimsBefore(index, e);
        var aimed = FiredOn(index, e, windowEnd, clauseEnd);
        var then = KilledThen(index, e);
        var by = KilledBy(index, e);
        then = (then.Civilian || by.Civilian, then.Fighter || by.Fighter);
        return (before.Civilian || aimed.Civilian || then.Civilian, before.Fighter || aimed.Fighter || then.Fighter);
    }

    /// <summary>
    /// The victims of the killing told next after <paramref name="e"/>, a verb of attacking or firing, by a killing verb joined
    /// to it by «ف» or «و» in its sentence: «أطلقوا النار على حافلة في حلب، شمالي البلاد، فقتلوا خمسة مدنيين», «اقتحموا أحد
    /// المنازل وقتلوا رب الأسرة وزوجته». The vehicle or house attacked names no victim; the killing it came to says whom the
    /// deed was aimed at (annotation.md 6.1: gunmen shooting civilians is ATTACK_CIVILIANS). Only the next deed told, within
    /// <see cref="ThenReach"/> tokens; read after the killing verb as the target window is.
    /// </summary>
    internal static (bool Civilian, bool Fighter) KilledThen(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb)
        {
            return default;
        }
        var sentence = index.Token(e.First).Sentence;
        for (var k = e.End; k < Math.Min(index.Count, e.End + ThenReach) && index.Token(k).Sentence == sentence; k++)
        {
            // «وقتلوا» is no trigger of its own where the linker reads it as the deed's toll; any other deed ends the search.
            if (!IsThenKilling(index, k))
            {
                if (index.IsTrigger(k))
                {
                    return default;
                }
                continue;
            }
            var clause = index.ClauseOf(k);
            bool civilian = false, fighter = false;
            for (var j = k + 1; j < Math.Min(clause.End, k + 1 + TargetWindow); j++)
            {
                var victim = VictimAt(index, e, j);
                civilian |= victim.Civilian;
                fighter |= victim.Fighter;
            }
            return (civilian, fighter);
        }
        return default;
    }

    /// <summary>
    /// The victims of the killing verb that <paramref name="e"/>, a noun of firing behind the ب of the means, tells the means of:
    /// «وقتلوا رب الأسرة وزوجته بإطلاق النار عليهم». The pronoun after the preposition of aim stands for those killed, so they
    /// are whom the fire was aimed at; read between the killing verb and the noun.
    /// </summary>
    /// <remarks>
    /// So is a verb of firing aimed at a pronoun («أطلق عليه النار», «فتحوا عليهم النار») after a killing verb in its sentence:
    /// «قتل منظم الاحتجاج بعد أن أطلق عليه النار» (hand-read V10). The pronoun stands for the one killed, and a clause of
    /// time («بعد أن») may stand between them, so the killing verb is looked for in the sentence.
    /// </remarks>
    internal static (bool Civilian, bool Fighter) KilledBy(ArticleIndex index, EventCandidate e)
    {
        var means = !e.Trigger.IsVerb && index.Token(e.First).Norm.StartsWith('ب')
            && (index.IsRole(e.First, "fire", true) || (e.First + 1 < index.Count && index.IsRole(e.First + 1, "fire", true)));
        if (!means && !FiresAtPronoun(index, e))
        {
            return default;
        }
        var clause = means ? index.ClauseOf(e.First) : index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - ThenReach); k--)
        {
            if (!IsKillingVerb(index, k))
            {
                if (index.IsTrigger(k) && !InCivilRank(index, k))
                {
                    return default;
                }
                continue;
            }
            bool civilian = false, fighter = false;
            for (var j = k + 1; j < e.First; j++)
            {
                var victim = VictimAt(index, e, j);
                civilian |= victim.Civilian;
                fighter |= victim.Fighter;
            }
            return (civilian, fighter);
        }
        return default;
    }

    /// <summary>
    /// Whether <paramref name="e"/> is a verb of firing whose gunfire (role fire) and a preposition of aim carrying a pronoun
    /// («عليه», «عليهم»: a reading of role firedat with a suffix) stand in its trigger or right after it.
    /// </summary>
    private static bool FiresAtPronoun(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb)
        {
            return false;
        }
        bool fire = false, pronoun = false;
        for (var k = e.First; k < Math.Min(index.Count, e.End + PronounAimReach); k++)
        {
            fire |= index.IsRole(k, "fire", true);
            pronoun |= index.Token(k).IsWord && index.Token(k).Segmentations.Any(r => r.Suffix > 0 && index.Words.IsWholeWord(r.Base, "firedat"));
        }
        return fire && pronoun;
    }

    /// <summary>Tokens after a verb of firing where its gunfire and the pronoun it is aimed at are read: «أطلق عليه النار».</summary>
    private const int PronounAimReach = 2;

    private static bool IsKillingVerb(ArticleIndex index, int k) =>
        IsThenKilling(index, k) || index.Words.IsWholeWord(index.Token(k).Norm, "assassination");

    /// <summary>Tokens after a verb of attacking where the killing it came to is looked for: the target, the place and an aside.</summary>
    private const int ThenReach = 16;

    /// <summary>A killing verb behind the «ف» or «و» that joins it to the deed before («فقتلوا», «وقتلوا»): the rest a whole word of role assassination.</summary>
    private static bool IsThenKilling(ArticleIndex index, int k)
    {
        var norm = index.Token(k).Norm;
        return Text.Proclitics.WithoutOne(norm, Text.Proclitics.Conjunctions, 2) is var bare && !ReferenceEquals(bare, norm) && index.Words.IsWholeWord(bare, "assassination");
    }

    /// <summary>
    /// The victims a toll names before <paramref name="e"/>, an attack or ambush noun that names no weapon behind a preposition of cause:
    /// «رجل دين قتل في هجوم نفذه مجهولون», «وقتل عامل في شركة السكك الحديدية … في هجوم بالأسلحة». The attack is what the dead
    /// told before it in its clause came of (SPEC §1: the cause and its casualties are one event), so they are its target, as
    /// a noun after it would be. Read from the clause's start to the noun, past the killing and wounding words, up to any other
    /// deed; nothing when the clause tells no dead or wounded there.
    /// </summary>
    internal static (bool Civilian, bool Fighter) VictimsBefore(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !(TypeCues.Is(index, e.First, "plainattack") || TypeCues.Is(index, e.First, "ambush")) || !PatientBefore.CauseBefore(index, e))
        {
            return default;
        }
        var clause = index.ClauseOf(e.First);
        bool civilian = false, fighter = false, toll = false;
        var from = clause.First;
        // «لقي رائد في الجيش السابق، مصرعه في هجوم»: a clause that opens on the toll told its dead before the comma.
        if (clause.First > 0 && index.Token(clause.First - 1).Sentence == index.Token(clause.First).Sentence
            && FatalityFinder.Default.IsCasualtyStatedAt(index.Text, clause.First))
        {
            from = index.ClauseOf(clause.First - 1).First;
            toll = true;
        }
        // Bounded as the target window is: an unpunctuated clause runs to 512 tokens, and a toll tells its dead near the noun.
        for (var k = e.First - 1; k >= Math.Max(from, e.First - TollBeforeReach); k--)
        {
            // «قتلوا», «اغتالوا»: a killing verb with its subject's ending is no toll noun of the fatality lexicon, but tells the dead too.
            // «لقي رائد متقاعد مصرعه في هجوم»: a toll word after its dead («مصرعه», «قتيلا») tells them as well.
            if (FatalityFinder.Default.IsCasualtyStatedAt(index.Text, k) || TypeCues.Is(index, k, "assassination"))
            {
                toll = true;
                continue;
            }
            if (index.IsTrigger(k) && !InCivilRank(index, k))
            {
                break;
            }
            // «مسلحين قتلوا أمين عام الجبهة … إثر كمين»: the gunmen before the killing word are its doer, not its dead.
            if ((e.Actor1 is { } doer && k >= doer.First && k < doer.End) || TypeCues.Is(index, k, "gunman"))
            {
                continue;
            }
            var victim = VictimAt(index, e, k);
            civilian |= victim.Civilian;
            fighter |= victim.Fighter;
        }
        return toll ? (civilian, fighter) : default;
    }

    /// <summary>Tokens before an attack noun where its toll's victims are read: «رجل دين قتل صباح اليوم في هجوم» and a longer title.</summary>
    private const int TollBeforeReach = 16;

    /// <summary>
    /// The victims named behind the first preposition of aim («على», «باتجاه», «تجاه») of the clause, past the target window's end,
    /// when <paramref name="e"/> is a verb of firing whose gunfire («النار», «الرصاص», role fire) stands in that window: «أطلقوا مساء اليوم النار من سلاح كاتم
    /// للصوت على رجل دين». The time, the weapon and the car of the gunmen come between the verb and whom it was fired at, so the
    /// target is read where its preposition puts it in the clause, up to another deed.
    /// </summary>
    internal static (bool Civilian, bool Fighter) FiredOn(ArticleIndex index, EventCandidate e, int windowEnd, int clauseEnd)
    {
        if (!e.Trigger.IsVerb || windowEnd >= clauseEnd)
        {
            return default;
        }
        var fire = false;
        for (var k = e.First; k < windowEnd && !fire; k++)
        {
            fire = index.IsRole(k, "fire", true);
        }
        if (!fire)
        {
            return default;
        }
        for (var k = e.End; k < clauseEnd; k++)
        {
            if (index.IsTrigger(k))
            {
                return default;
            }
            if (!TypeCues.Is(index, k, "firedat"))
            {
                continue;
            }
            bool civilian = false, fighter = false;
            for (var j = k + 1; j < Math.Min(clauseEnd, k + 1 + FiredOnReach); j++)
            {
                var victim = VictimAt(index, e, j);
                civilian |= victim.Civilian;
                fighter |= victim.Fighter;
            }
            return (civilian, fighter);
        }
        return default;
    }

    /// <summary>
    /// Whether the trigger at <paramref name="k"/> is a protest («مسيرة», «تظاهرة») behind a preposition of aim or «في», after
    /// gunfire named since the verb <paramref name="e"/>: «فتح جنود النار في مسيرة», «أطلقت الشرطة النار على تظاهرة». Its
    /// protesters are the ones fired at, people of no party (annotation.md 6.1), as protesters named there are (<see cref="VictimAt"/>).
    /// </summary>
    internal static bool IsProtestFiredAt(ArticleIndex index, EventCandidate e, int k)
    {
        if (!e.Trigger.IsVerb || index.TriggerTypeAt(k) != "PROTEST" || k - 1 < e.End
            || !(TypeCues.Is(index, k - 1, "firedat") || index.Token(k - 1).Norm == "في"))
        {
            return false;
        }
        for (var j = e.First; j < k - 1; j++)
        {
            if (index.IsRole(j, "fire", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens after a preposition of aim where the one fired at is read: «على رجل دين», «باتجاه نجل مدير شرطة».</summary>
    private const int FiredOnReach = 3;

    /// <summary>
    /// What the token at <paramref name="k"/> says of the deed's victim: an actor of civilians or an armed party (not a nisba,
    /// which names a side's country), or a civilian or fighter noun. One reading for the target window and the victims read
    /// elsewhere in the clause.
    /// </summary>
    /// <remarks>
    /// Protesters fired at or attacked («أطلقت الشرطة النار على المتظاهرين», «فتح جنود النار في مسيرة المحتجين») are people of
    /// no party too: force used on a protest is ATTACK_CIVILIANS with actor2 PROTESTERS (annotation.md 6.1), as it already is
    /// when the linker makes them actor2. A word of fighting is left out («اشتباكات بين الشرطة والمتظاهرين»): a clash with
    /// protesters is their riot, which the riot cue reads.
    /// </remarks>
    internal static (bool Civilian, bool Fighter) VictimAt(ArticleIndex index, EventCandidate e, int k)
    {
        var actor = index.ActorAt(k);
        var protesters = actor?.ActorId is "PROTESTERS" && !IsClashWord(index, e);
        var armed = actor is { IsArmed: true, IsNisba: false } || IsArmedVictim(index, k);
        // «رائد في الجيش العراقي السابق», «ضابط متقاعد»: a rank or force told as past serves in no force now.
        if (armed && IsFormerArmed(index, k))
        {
            return (true, false);
        }
        return (actor?.ActorId is "CIV" || protesters || IsCivilianVictim(index, e, k), armed);
    }

    /// <summary>
    /// Whether the token at <paramref name="k"/> names a victim as a whole word: an actor, a former force, or a civilian, office
    /// or household noun read with no suffix or as a phrase. A pronoun suffix read off a feminine noun («أكاديمية» as
    /// «أكاديمي» with «ه») names an institution, not a person.
    /// </summary>
    internal static bool NamesVictim(ArticleIndex index, int k)
    {
        if (index.ActorAt(k) is not null)
        {
            return true;
        }
        foreach (var role in (ReadOnlySpan<string>)["civilian", "civilrank", "household"])
        {
            if ((index.Words.At(index.Text, k, role, true) is { } m && m.End > k + 1)
                || HasBareReading(index, k, role))
            {
                return true;
            }
        }
        return IsArmedVictim(index, k) && IsFormerArmed(index, k);
    }

    /// <summary>
    /// Whether the armed noun or force at <paramref name="k"/> is told as a former one: an adjective of the past (role formeradj
    /// «السابق», role exrank «سابق», «المتقاعد») follows it within <see cref="FormerReach"/> tokens of its clause, past only the
    /// force's name, a preposition of belonging and other armed nouns («ضابط في الجيش السابق», «رائد متقاعد», «قائد الشرطة
    /// السابق»). Such a victim holds no rank in arms: the guideline codes his killing as violence against a civilian
    /// (annotation.md 6.1; hand-read V34, a major of the former Iraqi army coded ASSAULT on IRQ-MIL).
    /// </summary>
    internal static bool IsFormerArmed(ArticleIndex index, int k)
    {
        var clause = index.Token(k).Clause;
        var start = index.ActorAt(k) is { } force ? force.End : k + 1;
        for (var j = start; j < Math.Min(index.Count, k + 1 + FormerReach) && index.Token(j).Clause == clause; j++)
        {
            if (index.IsRole(j, "formeradj") || index.IsRole(j, "exrank"))
            {
                return true;
            }
            var through = index.IsRole(j, "rankof") || index.ActorAt(j) is { IsArmed: true } || IsArmedVictim(index, j)
                || TypeCues.Is(index, j, "armedrank");
            if (!index.Token(j).IsWord || !through)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Tokens after an armed noun where the adjective of its past is read: «ضابط في الجيش العراقي السابق».</summary>
    private const int FormerReach = 5;

    /// <summary>
    /// A noun of people who are no party (role civilian), of a person of civil standing or office (role civilrank: «رجل دين», «مسؤولا»,
    /// «نائبا برلمانيا»), or of a victim's family (role household: «وزوجته», «نجله») unless <paramref name="e"/> names its victim by a pronoun.
    /// </summary>
    internal static bool IsCivilianVictim(ArticleIndex index, EventCandidate e, int k) =>
        TypeCues.Is(index, k, "civilian") || IsCivilRank(index, e, k) || (TypeCues.Is(index, k, "household") && !KillsByPronoun(index, e));

    /// <summary>
    /// A person of civil rank or office (role civilrank) who is the victim, not the report's source nor an office in a force:
    /// «هاجم مسلحون حاجزا … بحسب مسؤول محلي» names the one who tells it, and «مسؤولا في تنظيم داعش», «مسؤولا أمنيا في الشرطة»
    /// an official of an armed side, whose killing is a clash (review28 finding 5).
    /// </summary>
    private static bool IsCivilRank(ArticleIndex index, EventCandidate e, int k)
    {
        if (!TypeCues.Is(index, k, "civilrank"))
        {
            return false;
        }
        // «بحسب مسؤول», «قال مسؤول»: past a reporting word after the trigger, or right behind one before it, the rank is the source.
        for (var j = k > e.First ? e.End : Math.Max(0, k - SourceReach); j < k; j++)
        {
            if (AttributionFinder.IsReporting(index.Text, j))
            {
                return false;
            }
        }
        return !InArms(index, k);
    }

    /// <summary>
    /// Whether the token at <paramref name="k"/> is the second word of an office of role civilrank: «الاحتجاج» of «منظم الاحتجاج»
    /// is a protest trigger, but there it names whom the victim organised, no deed told.
    /// </summary>
    private static bool InCivilRank(ArticleIndex index, int k) =>
        k > 0 && index.Words.At(index.Text, k - 1, "civilrank", true) is { } office && office.End > k;

    /// <summary>Tokens before a rank where a reporting word makes it the source: «قال مسؤول», «بحسب ما قال مسؤول».</summary>
    private const int SourceReach = 2;

    /// <summary>
    /// Whether the office at <paramref name="k"/> is held in a force: a nisba of one right after it (role armedrank: «مسؤولا
    /// أمنيا», «مسؤول عسكري»), or a preposition of belonging (role rankof: «في», «من») and an armed actor or fighter noun in
    /// the next <see cref="ArmedOfficeReach"/> tokens («مسؤولا في تنظيم داعش», «قاض من المسلحين»). A fighter joined by «و» or
    /// «مع» is another victim, not the office's force.
    /// </summary>
    private static bool InArms(ArticleIndex index, int k)
    {
        var end = index.Words.At(index.Text, k, "civilrank", true)?.End ?? k + 1;
        if (end >= index.Count || index.Token(end).Clause != index.Token(k).Clause)
        {
            return false;
        }
        if (index.IsRole(end, "armedrank"))
        {
            return true;
        }
        if (!index.IsRole(end, "rankof"))
        {
            return false;
        }
        for (var j = end + 1; j < Math.Min(index.Count, end + 1 + ArmedOfficeReach) && index.Token(j).Clause == index.Token(k).Clause; j++)
        {
            if (IsArmedVictim(index, j) || index.ActorAt(j) is { IsArmed: true, IsNisba: false })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens after the preposition of an office where its force is read: an actor of two words or after an article («تنظيم داعش», «الشرطة العراقية»).</summary>
    private const int ArmedOfficeReach = 2;

    /// <summary>
    /// Whether <paramref name="e"/> is a verb carrying its object as a pronoun («وقتلوه», «اغتالوهم»; the reading's suffix, past the
    /// trigger's base): the one it was done to was told before, and the family named after it («إلى جانب أولاده الثلاثة») died with
    /// him; what he was, a Sahwa leader or a civilian, the verb does not say.
    /// </summary>
    private static bool KillsByPronoun(ArticleIndex index, EventCandidate e) =>
        e.Trigger.IsVerb && FatalityFinder.ObjectPronoun(index.Text, e.First, e.Reading.Suffix) is not null;

    /// <summary>
    /// A noun of armed men or security forces (role fighter), or of a soldier or security man the other readers of fighter leave
    /// alone (role uniformed: «عسكري», «رجل أمن»), as a whole token: read with its clitics, the adjective «عسكرية» («محاكمة عسكرية»)
    /// would be «عسكري» with a pronoun.
    /// </summary>
    /// <remarks>
    /// A proclitic is read («العسكريين», «وعسكري», «لرجال الأمن»), a suffix is not (review28 finding 14): a one-word entry by a
    /// reading with no suffix, a phrase by its match over more than one token.
    /// </remarks>
    internal static bool IsArmedVictim(ArticleIndex index, int k) =>
        TypeCues.Is(index, k, "fighter") || index.IsRole(k, "uniformed")
        || (index.Words.At(index.Text, k, "uniformed", true) is { } m && m.End > k + 1)
        || HasBareReading(index, k, "uniformed");

    /// <summary>
    /// Whether a reading of the token with no suffix is a whole word of <paramref name="role"/>, a proclitic read off or not
    /// («العسكريين», «لرجال»): a pronoun read off a feminine noun («عسكرية», «أكاديمية») would make an adjective or an
    /// institution a person.
    /// </summary>
    private static bool HasBareReading(ArticleIndex index, int k, string role)
    {
        var t = index.Token(k);
        if (!t.IsWord)
        {
            return false;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && index.Words.IsWholeWord(r.Base, role))
            {
                return true;
            }
        }
        return false;
    }
}
