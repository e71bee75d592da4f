using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The type a linked candidate takes once its doer and target are known. The trigger word gives a
/// first type («هجوم» ASSAULT, «اعتقل» ARREST), but SPEC §2 and the coding guideline
/// (docs/annotation.md 6.1 and the decisions log) type an event by who does what to whom: force
/// used directly on people who are no party is ATTACK_CIVILIANS, the killing of police or soldiers
/// by gunmen is ASSAULT, a detention by a non-state armed group is ATTACK_CIVILIANS, a storming by
/// protesters is part of their PROTEST, and an attack made with or by aircraft, artillery or
/// chemicals is REMOTE. The words these rules read are event_words.tsv roles (civilian, fighter,
/// assassination, missile, device, remoteweapon); the same cues are features of the learned type choice.
/// </summary>
internal static partial class TypeRules
{
    /// <summary>Tokens after the trigger, inside its clause, where its target is looked for.</summary>
    private const int TargetWindow = 8;

    /// <summary>Tokens between the trigger and an aircraft doer that makes it remote violence.</summary>
    private const int DoerWindow = 3;

    /// <summary>Retypes <paramref name="e"/> by its doer and target (<paramref name="cues"/>, read from its clause); true when the type changed.</summary>
    public static bool Apply(ArticleIndex index, EventCandidate e, TypeCues cues)
    {
        var type = Retype(index, e, cues);
        // «أسقطت طائرة حربية», «أسقط طائرة مروحية للجيش»: the aircraft the linker took for the doer is what was downed.
        if ((type ?? e.Type) == "ASSAULT" && e.Actor1 is { } downed && NamesAircraft(index, downed) && IsDowning(index, e))
        {
            e.Actor2 = downed;
            e.Actor1 = null;
        }
        if (type is null || string.Equals(type, e.Type, StringComparison.Ordinal))
        {
            return false;
        }
        e.Trigger = e.Trigger with { Type = type };
        // «اشتباكات بين المحتجين وقوات الأمن»: a riot's doer is the protesters (annotation.md 6.1), not the party
        // the linker took from the clause or the topic.
        if (type == "PROTEST" && cues.Riot && e.Actor1?.ActorId != "PROTESTERS" && Protesters(index, e) is { } protesters)
        {
            // The force the linker took as doer is the side the riot faces (annotation.md 6.1: actor2 the party protested against).
            if (e.Actor1 is { IsArmed: true } force && (e.Actor2 is null || e.Actor2.ActorId == "PROTESTERS"))
            {
                e.Actor2 = force;
            }
            e.Actor1 = protesters;
        }
        // The linker took the sentence's subject (the police that arrested them) for the storming's doer.
        if (type == "PROTEST" && RelativeProtesters(index, e) is { } crowd)
        {
            if (e.Actor1 is { IsArmed: true } force && force.ActorId != "PROTESTERS" && (e.Actor2 is null || e.Actor2.ActorId == "PROTESTERS"))
            {
                e.Actor2 = force;
            }
            e.Actor1 = crowd;
        }
        return true;
    }

    /// <summary>
    /// The protesters right before the relative pronoun («الذين») that stands right before the verb <paramref name="e"/>:
    /// «القبض على 12 من مثيري الشغب الملثمين الذين اقتحموا فندقا». The relative clause's verb is theirs, and a storming or
    /// an attack by protesters or rioters is their PROTEST (annotation.md 6.1: riots are PROTEST by PROTESTERS).
    /// </summary>
    private static ActorHit? RelativeProtesters(ArticleIndex index, EventCandidate e)
    {
        var relative = e.First - 1;
        if (!e.Trigger.IsVerb || relative < 1 || !index.IsRole(relative, "relative", true))
        {
            return null;
        }
        return index.ActorAt(relative - 1) is { ActorId: "PROTESTERS" } crowd && crowd.End == relative ? crowd : null;
    }

    private static string? Retype(ArticleIndex index, EventCandidate e, TypeCues cues) => e.Type switch
    {
        // «اقتحم المتظاهرون مبنى المحافظة»: protesters storming or clashing is their protest (annotation.md 6.1, riots).
        // With no doer linked, protesters named after the verb with no preposition before them («اقتحم المتظاهرون») are its subject.
        // «اشتباكات بين المحتجين والشرطة»: a clash in which protesters are a side is a riot, coded as their protest.
        "ASSAULT" when cues.Riot => "PROTEST",
        // «مثيري الشغب الذين اقتحموا فندقا»: protesters a relative pronoun opens the verb's clause on are its subject.
        "ASSAULT" when RelativeProtesters(index, e) is not null => "PROTEST",
        "ASSAULT" when e.Actor1?.ActorId == "PROTESTERS" || (e.Actor1 is null && e.Trigger.IsVerb && e.Actor2 is { ActorId: "PROTESTERS" } p && p.First >= e.End && !index.IsPrepositionBefore(p)) => "PROTEST",
        // «هجوم بالطائرات المسيرة», «فتح الطيران الحربي نيران رشاشاته», «هاجم انتحاري»: an attack by its remote weapon is REMOTE.
        // «أسقط الجيش الحر طائرة حربية», «أسقطت طائرة مروحية للجيش»: the aircraft beside a verb of downing is what it brings
        // down, the target; the deed is a shooting-down, an ASSAULT (annotation.md, Types), unless a load is dropped
        // («أسقطت المروحيات براميل متفجرة»: a strike).
        "ASSAULT" or "REMOTE" when IsDowning(index, e) => "ASSAULT",
        // «الجيش الحر استهدف طائرة مروحية», «إسقاط طائرة … بعد استهدافها»: an aircraft aimed at is the target, no weapon.
        "ASSAULT" or "REMOTE" when AircraftTargeted(index, e) => "ASSAULT",
        // «شنت القوات هجوما على قافلة … من المعتقد أن الهجوم كان غارة جوية»: the attack the article says was a strike.
        "ASSAULT" or "ATTACK_CIVILIANS" when IsCalledStrike(index, e) => "REMOTE",
        // «تصفية 12 عنصرا بينهم ثلاثة انتحاريين في كمين لمغاوير الشرطة»: an ambush is close combat (annotation.md 6.1), whoever
        // stands beside it; only a bomb named on it («كمين بعبوة ناسفة») makes it remote violence.
        "ASSAULT" when cues.RemoteWeapon && !(NamesAmbush(index, e) && !cues.NoContact) => "REMOTE",
        // «مجزرة ارتكبها الطيران المروحي»: SPEC §2 keeps an air, artillery, chemical or bomb attack REMOTE (actor2 CIV)
        // whoever it kills; ATTACK_CIVILIANS is direct violence.
        "ATTACK_CIVILIANS" when cues.RemoteWeapon => "REMOTE",
        // «مجزرتين …، نفذهما طيران النظام», «ارتكبت مجزرة … بقصف ساحة المحافظة»: a massacre told in a scene of aircraft,
        // shelling or bombs and of no gunfire or close combat was done by that strike (IsMassacreByStrike).
        "ATTACK_CIVILIANS" when IsMassacreByStrike(index, e) => "REMOTE",
        // «استهدفت قوات الأمن الأهالي بالقنص»: a deed of aiming («استهدف»; not a word of shelling or bombs itself) done with
        // gunfire is direct violence, on civilians or a clash by its target (SPEC §2), never remote violence.
        // So is «قتلا في هجوم مسلح استهدف نقطة تفتيش»: the aiming verb's subject is the attack noun right before it, so
        // it tells that attack and takes the noun's type: an armed or plain attack in a sentence of no strike is direct.
        // «استهدفت الشرطة الأهالي …، باستخدام بنادق القنص»: so is aiming in a sentence that tells gunfire and no strike.
        "REMOTE" when (cues.SmallArms || cues.AimedAttack || IsAimedWithGunfire(index, e)) && !NamesRemoteDeed(index, e) =>
            e.Actor1?.IsArmed != false && !cues.ArmedClash && (e.Actor2?.ActorId is "CIV" or "PROTESTERS" || (cues.Civilian && !cues.Fighter)) ? "ATTACK_CIVILIANS" : "ASSAULT",
        // «الثوار استهدفوا الحاجز العسكري»: aiming at a checkpoint or a column with no weapon told in the sentence is an
        // attack fought on the ground.
        "REMOTE" when IsAimedAtPost(index, e) => "ASSAULT",
        // «قتل جنديان في هجوم على حاجز … سقطت فيه قذائف»: an attack word that names no weapon, in a sentence of
        // shelling or bombs and of no gunfire or close combat, is the remote attack the sentence tells.
        "ASSAULT" when cues.StrikeScene => "REMOTE",
        // «قتل خمسة أطفال إثر سقوط قذيفة», «قصفت … فقتلت»: a killing told with the strike that did it is that strike's
        // toll, remote violence with actor2 CIV (SPEC §2), neither a clash nor a massacre (the event stage then drops it).
        "ASSAULT" or "ATTACK_CIVILIANS" when cues.StrikeToll => "REMOTE",
        // SPEC §2: force used directly on civilians or protesters is violence against civilians.
        // «المعارك بين القوات العراقية وقوات المعارضة»: a clash between two armed sides stays a clash whoever else it hurt.
        // «تشهد اشتباكات، وهي باتت شبه خالية من السكان», «معارك حول مرقد السيدة زينب»: a clash noun names fighting between
        // armed sides even where only one side or the people around it are named; civilians near it are not its target.
        // Train and dev code clash nouns ASSAULT 87 times, PROTEST 3 (protesters a side), never ATTACK_CIVILIANS. Civilians
        // named as a side («اشتباكات بين الشرطة والأهالي») are left to the rule below.
        "ASSAULT" when !cues.ArmedClash && !cues.Protesters && e.Actor2?.ActorId is not "PROTESTERS" && IsClashNoun(index, e) && !UnarmedSide(index, e) => null,
        "ASSAULT" when !cues.ArmedClash && e.Actor1?.IsArmed != false && (e.Actor2?.ActorId is "CIV" or "PROTESTERS" || (cues.Civilian && !cues.Fighter)) => "ATTACK_CIVILIANS",
        // «مسلحين مجهولين هاجموا، الأحد، سيارة تقل موظفين»: unnamed gunmen whose victims the actor2 choice reads as civilians.
        "ASSAULT" when UnnamedGunmenOnCivilians(index, e, cues) => "ATTACK_CIVILIANS",
        // «اغتال مسلحون شرطياً»: police or soldiers killed by gunmen, at home or off duty, is ASSAULT on the force (annotation.md, Types).
        "ATTACK_CIVILIANS" when cues.Fighter && !cues.Civilian && e.Actor2?.ActorId is not ("CIV" or "PROTESTERS")
            && TypeCues.Is(index, e.First, "assassination") => "ASSAULT",
        // «احتجز مقاتلو الكتيبة جنود حفظ السلام»: a detention by a non-state armed group is an abduction,
        // unless the group holds its own members.
        "ARREST" when cues.NonStateDoer => "ATTACK_CIVILIANS",
        // «انضم المتظاهرون المحاصرون لمبنى مديرية الأمن لزملائهم»: protesters who join are joining a protest, which is the
        // PROTEST itself (annotation.md 6.1), not the formal support of a party (4.4: joining an armed side, defecting).
        "SUPPORT" when e.Actor1?.ActorId == "PROTESTERS" => "PROTEST",
        _ => null,
    };

    /// <summary>Whether the clash <paramref name="e"/> names an unarmed side («اشتباكات بين الشرطة والأهالي», «بين مواطنين ومسلحي داعش»).</summary>
    private static bool UnarmedSide(ArticleIndex index, EventCandidate e) =>
        ClashSides.Of(index, e, index.ClauseOf(e.First).End) is var (first, second) && (first is { IsArmed: false } || second is { IsArmed: false });

    /// <summary>
    /// Whether <paramref name="e"/> is a verb of downing («أسقط», or its verbal noun «إسقاط») whose clause names no load dropped
    /// after it, a projectile or bomb not behind ب (the instrument: «بصاروخ»).
    /// </summary>
    internal static bool IsDowning(ArticleIndex index, EventCandidate e)
    {
        if (!index.IsRole(e.First, "downverb", true))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.End; k < clause.End; k++)
        {
            if (IsLoad(index, k, "missile") || IsLoad(index, k, "device") || IsLoad(index, k, "strike"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A word of <paramref name="role"/> that is not behind the clitic ب of the instrument («براميل», not «بصاروخ»).</summary>
    private static bool IsLoad(ArticleIndex index, int k, string role)
    {
        var norm = index.Token(k).Norm;
        return TypeCues.Is(index, k, role) && (!norm.StartsWith('ب') || index.Words.IsWholeWord(norm, role));
    }

    /// <summary>Whether the aircraft word at <paramref name="k"/> stands right after a word of downing, as the thing downed («إسقاط طائرة»).</summary>
    internal static bool IsDowned(ArticleIndex index, int k)
    {
        var before = k - 1;
        while (before >= 0 && !index.Token(before).IsWord)
        {
            before--;
        }
        return before >= 0 && index.IsRole(before, "downverb", true);
    }

    /// <summary>Whether the words of <paramref name="actor"/> name an aircraft or a gun («طائرة حربية», «مروحية للجيش»).</summary>
    private static bool NamesAircraft(ArticleIndex index, ActorHit actor)
    {
        for (var k = actor.First; k < actor.End; k++)
        {
            if (TypeCues.Is(index, k, "remoteweapon"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of the trigger of <paramref name="e"/> names an ambush («كمين», «نصب كمينا»).</summary>
    internal static bool NamesAmbush(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.First; k < e.End; k++)
        {
            if (TypeCues.Is(index, k, "ambush"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="e"/> is told by a noun of fighting that names no attacker («اشتباكات», «معارك»).</summary>
    internal static bool IsClashNoun(ArticleIndex index, EventCandidate e) => !e.Trigger.IsVerb && index.IsRole(e.First, "clash", true);

    /// <summary>Whether <paramref name="e"/> is told by a word of fighting, noun or verb («اشتباكات», «مواجهات», «اشتبكت»).</summary>
    internal static bool IsClashWord(ArticleIndex index, EventCandidate e) =>
        index.IsRole(e.First, "clash", true) || index.IsRole(e.First, "clashverb", true);

    /// <summary>
    /// Whether the deed told right before the killing or destroying word <paramref name="e"/> in its clause, or right after it
    /// behind a preposition of cause, is a strike.
    /// </summary>
    private static bool StrikeBeside(ArticleIndex index, EventCandidate e)
    {
        // Within its clause: «شنت طائرات غارة على الباب، وقتل مسلحون ستة مدنيين في منبج» tells a second deed after the comma.
        var clause = index.ClauseOf(e.First);
        // «قصفت … فقتلت», «غارة أسفرت عن مقتل»: the deed told last before the killing is the strike; «تقدمت القوة … أسفرت
        // عن قتل» is an advance's toll, whatever bomb the sentence names besides.
        for (var k = e.First - 1; k >= clause.First; k--)
        {
            if (index.IsTrigger(k))
            {
                if (IsStrikeTrigger(index, k, e.First))
                {
                    return true;
                }
                break;
            }
        }
        // «قتل ضابط في انفجار عبوة», «إثر سقوط قذيفة», «بقصف»: the deed told next, behind a preposition of cause; «قتل
        // شرطيين ردّاً على الهجوم الانتحاري» answers another attack.
        for (var k = e.End; k < clause.End; k++)
        {
            if (index.IsTrigger(k))
            {
                // «جراء "هجوم انتحاري"»: a quotation mark may stand between the preposition of cause and the deed it names.
                var before = k - 1;
                while (before >= e.End && !index.Token(before).IsWord)
                {
                    before--;
                }
                // «قتلت غارة شنتها طائرة للتحالف قيادياً», «أودى قصف الطيران بحياة عشرة»: news Arabic puts the verb first, so a
                // strike right after a verb of killing is its subject, the deed whose toll the verb tells; a bomber named
                // there («قتل انتحاري») is a person killed, no strike.
                var subject = before < e.End && e.Trigger.IsVerb && index.ActorAt(k) is null;
                return IsStrikeTrigger(index, k, clause.End)
                    && (index.Token(k).Norm.StartsWith('ب') || (before >= e.End && TypeCues.Is(index, before, "cause")) || subject);
            }
        }
        return CauseClauseAfter(index, clause);
    }

    /// <summary>
    /// Whether the clause after <paramref name="clause"/>, in its sentence, opens with a preposition of cause and the strike
    /// it names: «قتل مدني وأصيب آخرون بجروح، في سقوط قذائف», «قتل ثلاثة أطفال، جراء قصف الطيران». The comma ends the
    /// killing's clause but not its sentence; the phrase after it tells what the killing came of, as it does without the comma.
    /// So does such a phrase at the end of a clause of wounded that opens after the comma (<see cref="CauseAfterCasualties"/>).
    /// </summary>
    private static bool CauseClauseAfter(ArticleIndex index, Text.TextUnit clause)
    {
        var k = clause.End;
        while (k < index.Count && !index.Token(k).IsWord)
        {
            k++;
        }
        if (k >= index.Count || index.Token(k).Sentence != index.Token(clause.First).Sentence)
        {
            return false;
        }
        if (!TypeCues.Is(index, k, "cause"))
        {
            return FatalityFinder.Default.IsCasualtyWordAt(index.Text, k) && CauseAfterCasualties(index, k);
        }
        var next = index.ClauseOf(k);
        var strike = k + 1;
        while (strike < next.End && !index.Token(strike).IsWord)
        {
            strike++;
        }
        return strike < next.End && index.IsTrigger(strike) && IsStrikeTrigger(index, strike, next.End);
    }

    /// <summary>
    /// Whether the clause opened by the casualty word at <paramref name="k"/> ends on the strike behind a preposition of cause:
    /// «قتل خمسة من الشرطة، وأصيب ثمانية آخرون بجروح في هجوم انتحاري». The wounded joined after the comma share the dead's
    /// cause, told once at the end for both; the first deed of the clause decides, as in the killing's own clause.
    /// </summary>
    private static bool CauseAfterCasualties(ArticleIndex index, int k)
    {
        var next = index.ClauseOf(k);
        for (var j = k + 1; j < next.End; j++)
        {
            if (!index.IsTrigger(j) || FatalityFinder.Default.IsCasualtyWordAt(index.Text, j))
            {
                continue;
            }
            var before = j - 1;
            while (before > k && !index.Token(before).IsWord)
            {
                before--;
            }
            return IsStrikeTrigger(index, j, next.End) && (index.Token(j).Norm.StartsWith('ب') || TypeCues.Is(index, before, "cause"));
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger at <paramref name="k"/> names shelling, a projectile or a bomb in its first words, before
    /// <paramref name="end"/>: «قصفت», «سقوط قذيفة», «أطلق مسلحون صاروخاً» (a light verb, its subject, its projectile).
    /// </summary>
    private static bool IsStrikeTrigger(ArticleIndex index, int k, int end)
    {
        for (var j = k; j < Math.Min(end, k + 3); j++)
        {
            if (TypeCues.IsRemoteWord(index, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of the trigger of <paramref name="e"/> itself names shelling, a raid, a projectile or a bomb («قصف», «غارة»).</summary>
    private static bool NamesRemoteDeed(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.First; k < e.End; k++)
        {
            if (TypeCues.IsRemoteWord(index, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The protesters named in the clause of <paramref name="e"/>, the one nearest the trigger; with none there, the nearest
    /// in its sentence: a crowd met with tear gas or warning shots is often named in the clause before («… وقاموا بمحاصرته،
    /// وهو ما قابلته القوات بإطلاق الطلقات التحذيرية لتفريقهم»).
    /// </summary>
    private static ActorHit? Protesters(ArticleIndex index, EventCandidate e) =>
        Protesters(index, e, index.ClauseOf(e.First)) ?? Protesters(index, e, index.SentenceOf(e.First));

    private static ActorHit? Protesters(ArticleIndex index, EventCandidate e, Text.TextUnit clause)
    {
        ActorHit? best = null;
        for (var i = index.FirstActorFrom(clause.First); i < index.Actors.Count && index.Actors[i].First < clause.End; i++)
        {
            var a = index.Actors[i];
            if (a.ActorId == "PROTESTERS" && (best is null || Distance(a, e) < Distance(best, e)))
            {
                best = a;
            }
        }
        return best;
    }

    private static int Distance(ActorHit a, EventCandidate e) => a.First >= e.End ? a.First - e.End : Math.Max(0, e.First - a.End);
}
