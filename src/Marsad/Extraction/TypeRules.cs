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
        return true;
    }

    private static string? Retype(ArticleIndex index, EventCandidate e, TypeCues cues) => e.Type switch
    {
        // «اقتحم المتظاهرون مبنى المحافظة»: protesters storming or clashing is their protest (annotation.md 6.1, riots).
        // With no doer linked, protesters named after the verb with no preposition before them («اقتحم المتظاهرون») are its subject.
        // «اشتباكات بين المحتجين والشرطة»: a clash in which protesters are a side is a riot, coded as their protest.
        "ASSAULT" when cues.Riot => "PROTEST",
        "ASSAULT" when e.Actor1?.ActorId == "PROTESTERS" || (e.Actor1 is null && e.Trigger.IsVerb && e.Actor2 is { ActorId: "PROTESTERS" } p && p.First >= e.End && !index.IsPrepositionBefore(p)) => "PROTEST",
        // «هجوم بالطائرات المسيرة», «فتح الطيران الحربي نيران رشاشاته», «هاجم انتحاري»: an attack by its remote weapon is REMOTE.
        // «أسقط الجيش الحر طائرة حربية», «أسقطت طائرة مروحية للجيش»: the aircraft beside a verb of downing is what it brings
        // down, the target; the deed is a shooting-down, an ASSAULT (annotation.md, Types), unless a load is dropped
        // («أسقطت المروحيات براميل متفجرة»: a strike).
        "ASSAULT" or "REMOTE" when IsDowning(index, e) => "ASSAULT",
        "ASSAULT" when cues.RemoteWeapon => "REMOTE",
        // «مجزرة ارتكبها الطيران المروحي»: SPEC §2 keeps an air, artillery, chemical or bomb attack REMOTE (actor2 CIV)
        // whoever it kills; ATTACK_CIVILIANS is direct violence.
        "ATTACK_CIVILIANS" when cues.RemoteWeapon => "REMOTE",
        // «استهدفت قوات الأمن الأهالي بالقنص»: a deed of aiming («استهدف»; not a word of shelling or bombs itself) done with
        // gunfire is direct violence, on civilians or a clash by its target (SPEC §2), never remote violence.
        // So is «قتلا في هجوم مسلح استهدف نقطة تفتيش»: the aiming verb's subject is the attack noun right before it, so
        // it tells that attack and takes the noun's type: an armed or plain attack in a sentence of no strike is direct.
        "REMOTE" when (cues.SmallArms || cues.AimedAttack) && !NamesRemoteDeed(index, e) =>
            e.Actor1?.IsArmed != false && !cues.ArmedClash && (e.Actor2?.ActorId is "CIV" or "PROTESTERS" || (cues.Civilian && !cues.Fighter)) ? "ATTACK_CIVILIANS" : "ASSAULT",
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
        // «اغتال مسلحون شرطياً»: police or soldiers killed by gunmen, at home or off duty, is ASSAULT on the force (annotation.md, Types).
        "ATTACK_CIVILIANS" when cues.Fighter && !cues.Civilian && e.Actor2?.ActorId is not ("CIV" or "PROTESTERS")
            && TypeCues.Is(index, e.First, "assassination") => "ASSAULT",
        // «احتجز مقاتلو الكتيبة جنود حفظ السلام»: a detention by a non-state armed group is an abduction,
        // unless the group holds its own members.
        "ARREST" when cues.NonStateDoer => "ATTACK_CIVILIANS",
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
                return IsStrikeTrigger(index, k, clause.End)
                    && (index.Token(k).Norm.StartsWith('ب') || (before >= e.End && TypeCues.Is(index, before, "cause")));
            }
        }
        return CauseClauseAfter(index, clause);
    }

    /// <summary>
    /// Whether the clause after <paramref name="clause"/>, in its sentence, opens with a preposition of cause and the strike
    /// it names: «قتل مدني وأصيب آخرون بجروح، في سقوط قذائف», «قتل ثلاثة أطفال، جراء قصف الطيران». The comma ends the
    /// killing's clause but not its sentence; the phrase after it tells what the killing came of, as it does without the comma.
    /// </summary>
    private static bool CauseClauseAfter(ArticleIndex index, Text.TextUnit clause)
    {
        var k = clause.End;
        while (k < index.Count && !index.Token(k).IsWord)
        {
            k++;
        }
        if (k >= index.Count || index.Token(k).Sentence != index.Token(clause.First).Sentence || !TypeCues.Is(index, k, "cause"))
        {
            return false;
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

    /// <summary>The protesters named in the clause of <paramref name="e"/>, the one nearest the trigger.</summary>
    private static ActorHit? Protesters(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
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

    /// <summary>What the clause of a candidate says of its target and weapon, read once for the rules and the learned type choice.</summary>
    /// <remarks>
    /// <see cref="StrikeScene"/>: the trigger is an attack word that names no weapon (role plainattack) and its sentence
    /// names an aircraft, artillery, a projectile or a bomb (remoteweapon, missile, device, strike) and no gunfire or
    /// close combat (smallarms), and the word names no offensive running over days (<see cref="IsRunningOffensive"/>).
    /// <see cref="ArmedClash"/>: a clash noun names two armed sides («اشتباكات بين الجيش والمسلحين», <see cref="ClashSides"/>).
    /// <see cref="Riot"/>: a word of close combat (role smallarms: «اشتباكات», «مواجهات») whose clause names protesters,
    /// whose sides, when named, are not two armed ones, and whose doer is not the police or the army.
    /// </remarks>
    /// <see cref="Chemical"/>: a chemical weapon word in the target window (role chemical): the attack is never a clash.
    /// <see cref="NonStateDoer"/>: the doer is a non-state armed group («مقاتلو المعارضة», «داعش») acting on others than its own
    /// members: a detention by it is an abduction (annotation.md 6.1), never ARREST, a state's act.
    /// <see cref="NoContact"/>: a bomb or a chemical weapon is named on the deed, or the deed retells the article's strike
    /// (<see cref="IsToldStrike"/>), with no gunfire or close combat as its instrument and no two armed sides: the attack is
    /// never ASSAULT.
    /// <see cref="StrikeToll"/>: the trigger is a word of killing or destroying (roles assassination, ruin) in a sentence of
    /// remote violence as for <see cref="StrikeScene"/>, and the deed told right before it in its clause, or right after it behind a
    /// preposition of cause (role cause), is a strike: «قتل ضابط في انفجار عبوة», «أطلقوا صاروخاً على سيارة فقتلوا ضابطاً» are one event
    /// each, the strike (SPEC §1: the cause and its casualties), and the event stage keeps no second event of the killing.
    /// <see cref="SmallArms"/>: the instrument behind ب in the target window is gunfire («بالقنص», «بالرصاص الحي»): a deed of
    /// aiming done so is direct, never remote violence.
    internal readonly record struct TypeCues(bool Civilian, bool Fighter, bool RemoteWeapon, bool Protesters, bool OrgDoer, bool StrikeScene = false, bool ArmedClash = false, bool Riot = false, bool NonStateDoer = false, bool Chemical = false, bool SmallArms = false, bool NoContact = false, bool StrikeToll = false, bool AimedAttack = false)
    {
        public static TypeCues Of(ArticleIndex index, EventCandidate e)
        {
            var clause = index.ClauseOf(e.First);
            var end = Math.Min(clause.End, e.End + TargetWindow);
            bool civilian = false, fighter = false, remote = false, chemical = false, smallArms = false, bomb = false, armedDeed = false, teargas = false;
            var killsPersons = KillsPersons(index, e);
            for (var k = e.End; k < end; k++)
            {
                // «بالطائرات», «بقذائف الهاون»: the weapon is the instrument, behind ب.
                var instrument = index.Token(k).Norm.StartsWith('ب');
                remote |= instrument && (Is(index, k, "remoteweapon") || Is(index, k, "missile") || Is(index, k, "device"));
                bomb |= instrument && Is(index, k, "device");
                // «الهجوم الذي تم تنفيذه بسيارة مفخخة», «بعبوة ناسفة»: the instrument is a vehicle or charge whose
                // adjective names the bomb; the phrase is a trigger of its own, so it is read here before the stop below.
                bomb |= instrument && index.IsTrigger(k) && k + 1 < end && Is(index, k + 1, "device");
                // «الاعتداء الانتحاري», «هجوم صاروخي»: an adjective of the weapon right on the deed noun names it as well.
                remote |= k == e.End && !e.Trigger.IsVerb && (Is(index, k, "device") || Is(index, k, "missile"));
                // «هجوم مسلح»: the armed attack, gunfire named right on the deed noun (see gunmen below).
                armedDeed |= k == e.End && !e.Trigger.IsVerb && Is(index, k, "gunman");
                bomb |= k == e.End && !e.Trigger.IsVerb && Is(index, k, "device");
                smallArms |= instrument && Is(index, k, "smallarms");
                teargas |= Is(index, k, "teargas");
                // «بأسلحة كيماوية», «هجوم كيماوي»: a chemical weapon is remote violence behind any word (SPEC §2, ACLED).
                chemical |= Is(index, k, "chemical");
                remote |= chemical || bomb;
                // «الاشتباكات مع قصف الطيران بالبراميل»: the words after another trigger are that event's.
                if (index.IsTrigger(k))
                {
                    break;
                }
                if (e.Actor1 is { } a1 && k >= a1.First && k < a1.End)
                {
                    continue;
                }
                var victim = VictimAt(index, e, k);
                civilian |= victim.Civilian || (killsPersons && Is(index, k, "person"));
                fighter |= victim.Fighter;
            }
            var elsewhere = VictimsElsewhere(index, e, end, clause.End);
            (civilian, fighter) = (civilian || elsewhere.Civilian, fighter || elsewhere.Fighter);
            // Read before the doer below: «هاجم انتحاري … واثنان من المسلحين» is a complex attack whose gunmen storm.
            // A missile or an aircraft behind ب is not enough: «أسقطوا طائرة بصاروخ» shoots one down, an ASSAULT.
            var named = bomb || chemical || (!remote && IsToldStrike(index, e));
            remote |= named;
            // «شنّت طائرات حربية هجوماً», «فتح الطيران الحربي نيرانه»: the doer next to the trigger is the aircraft
            // (a doer linked from farther away may be another event's: «قصفت مقاتلات حكومية … لوقف تقدم»);
            // «هاجم انتحاري مقراً للشرطة»: a suicide bomber (role device) as doer makes the attack a suicide attack, REMOTE.
            // «انفجار سيارة مفخخة ثم هجوم رجال مسلحين على مقر الشرطة», «… تبعه هجوم مسلح»: gunmen named as the doer of a
            // plain attack word, or the word's own adjective, make it the storming half of a complex attack; the sentence's
            // bomb is the other half's (docs/annotation.md 4.2).
            var gunmen = armedDeed;
            if (e.Actor1 is { } doer && index.Token(doer.First).Clause == index.Token(e.First).Clause
                && (doer.First >= e.End ? doer.First - e.End : e.First - doer.End) <= DoerWindow)
            {
                for (var k = doer.First; k < doer.End && !remote; k++)
                {
                    remote = Is(index, k, "remoteweapon") || Is(index, k, "device");
                    gunmen |= Is(index, k, "gunman");
                }
            }
            remote = remote || StrikerSubject(index, e);
            var protesters = e.Actor1?.ActorId == "PROTESTERS" || index.AnyActorWithin(clause.First, clause.End, static a => a.ActorId == "PROTESTERS");
            var (first, second) = ClashSides.Of(index, e, clause.End);
            var armedClash = first is { IsArmed: true } && second is { IsArmed: true };
            // A clash whose doer is the police or the army is the protesters' riot too («ما زالت الاشتباكات دائرة بين قوات
            // الامن والمتظاهرين», «اشتبكت الشرطة مع عشرات المتظاهرين»): annotation.md 6.1 codes force on a protest as violence
            // against civilians only when dead or wounded are stated, dispersal and the fight alone being part of the PROTEST
            // (train and dev code such clash words PROTEST, never ATTACK_CIVILIANS). With a casualty in the sentence the
            // force's act stays its own.
            // So is tear gas fired on them («قامت قوات الأمن بإطلاق القنابل المسيلة للدموع على المتظاهرين»): dispersal.
            // The casualty scan reads every token of the sentence (up to 512 unpunctuated): asked once, and only
            // when the answer decides.
            var riot = false;
            if (protesters && !armedClash && !remote && e.Type == "ASSAULT")
            {
                var gunfire = Is(index, e.First, "smallarms");
                riot = (gunfire && e.Actor1?.Entry?.Class != "army")
                    || (((gunfire && IsClashWord(index, e)) || teargas) && !CasualtyInSentence(index, e));
            }
            var nonState = e.Actor1 is { Entry.Class: "org" } org && !org.IsNisba && e.Actor2?.ActorId != org.ActorId;
            // «الهجوم الذي نفذ بسيارة مفخخة», «هجوم انتحاري»: a weapon named on the deed with no gunfire or close combat
            // beside it, and no two armed sides, leaves no ground contact to code (annotation.md: car bombs, IEDs,
            // suicide bombings, air strikes and shelling are REMOTE; a complex attack's storming is its own ASSAULT).
            var noContact = named && !smallArms && !armedClash;
            // «قتل ضابط في انفجار عبوة»: a word of killing or destroying names no means either; in a sentence of remote violence
            // and beside its strike it is that strike's toll.
            var plain = Is(index, e.First, "plainattack");
            var toll = !plain && (Is(index, e.First, "assassination") || Is(index, e.First, "ruin")) && IsStrikeScene(index, e) && StrikeBeside(index, e);
            return new TypeCues(civilian, fighter, remote, protesters, e.Actor1?.Entry?.Class == "org", !remote && plain && !gunmen && IsStrikeScene(index, e) && !IsRunningOffensive(index, e), armedClash, riot, nonState, chemical, smallArms && !remote, noContact, toll,
                !remote && e.Trigger.IsVerb && IsAimedAttack(index, e));
        }

        /// <summary>
        /// Whether the sentence of <paramref name="e"/> states anyone dead or hurt («مقتل», «قتلى», «لقي مصرعه», «جرحى»)
        /// outside the clauses of other deeds: «… بينما قتل 3 في تفجير آخر» is the toll of that bombing, not of the
        /// force's act on the protest. A clause whose only trigger is the word of killing or wounding itself («، ما
        /// أدى إلى مقتل 3») still tells this act's toll.
        /// </summary>
        private static bool CasualtyInSentence(ArticleIndex index, EventCandidate e)
        {
            var sentence = index.SentenceOf(e.First);
            var own = index.Token(e.First).Clause;
            var clause = -1;
            var other = false;
            for (var k = sentence.First; k < sentence.End; k++)
            {
                var at = index.Token(k).Clause;
                if (at != clause)
                {
                    clause = at;
                    other = at != own && OtherDeedIn(index, index.ClauseOf(k));
                }
                if (!other && FatalityFinder.Default.IsCasualtyStatedAt(index.Text, k))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether a trigger that is no word of killing or wounding stands in <paramref name="clause"/>. A clash word is
        /// none either: «…، وسقط عشرات الضحايا خلال تلك المواجهات» retells the fighting with the protesters.
        /// </summary>
        private static bool OtherDeedIn(ArticleIndex index, Text.TextUnit clause)
        {
            for (var k = clause.First; k < clause.End; k++)
            {
                if (index.IsTrigger(k) && !FatalityFinder.Default.IsCasualtyStatedAt(index.Text, k)
                    && !Is(index, k, "clash") && !Is(index, k, "clashverb"))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether the verb <paramref name="e"/> («استهدف») has for subject the attack noun right before it, with at most two
        /// words between («هجوم مسلح استهدف», «الهجوم الأخير استهدف», «هجوم استهدفهما»), that names no weapon, and the noun is
        /// armed («مسلح») or its sentence tells no strike: the verb retells the noun's deed.
        /// </summary>
        private static bool IsAimedAttack(ArticleIndex index, EventCandidate e)
        {
            var clause = index.ClauseOf(e.First);
            var armed = false;
            for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - 3); k--)
            {
                if (IsRemoteWordAt(index, k))
                {
                    return false;
                }
                armed |= Is(index, k, "gunman");
                if (Is(index, k, "plainattack") && index.IsTrigger(k))
                {
                    return armed || !IsStrikeScene(index, e);
                }
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="e"/>, a word that names no weapon, is in a sentence that names a remote weapon and no close
        /// combat. The sentence, not the clause: the weapon is often told in a clause of its own («… ، استخدمت فيه قذائف»);
        /// but only the part of it between the contrast words around the trigger.
        /// </summary>
        private static bool IsStrikeScene(ArticleIndex index, EventCandidate e)
        {
            var sentence = index.SentenceOf(e.First);
            // «… تفادياً للطيران، غير أنّ الهجوم على المدينة أظهر …»: a contrast word («غير أن», «لكن»)
            // turns to another matter, so the weapons told on its other side are not this attack's; so does a reporter's turn
            // to a further item («…تعرضتا لقصف من طائرات النظام، مضيفةً أن الجيش الحر هاجم موكباً»).
            var first = sentence.First;
            for (var k = e.First - 1; k > sentence.First; k--)
            {
                if (IsContrast(index, k))
                {
                    first = k;
                    break;
                }
            }
            var end = sentence.End;
            for (var k = e.End; k < sentence.End; k++)
            {
                if (IsContrast(index, k))
                {
                    end = k;
                    break;
                }
            }
            var strike = false;
            for (var k = first; k < end; k++)
            {
                if (k >= e.First && k < e.End)
                {
                    continue;
                }
                if (IsSmallArmsAt(index, k))
                {
                    return false;
                }
                // «هاجم الجيش الحر الحواجز وتمكن من إسقاط طائرة»: an aircraft brought down is the fight's target, no strike.
                strike |= IsRemoteWordAt(index, k) && !IsDowned(index, k);
            }
            return strike;
        }

        // Every plain attack word of a sentence reads the sentence's words again: their answers are remembered per token.
        private static bool IsContrast(ArticleIndex index, int k) => index.Answer(TokenQuestion.Contrast, k, static (index, k) => index.IsRole(k, "contrast", true) || index.IsRole(k, "turn", true));

        private static bool IsSmallArmsAt(ArticleIndex index, int k) => index.Answer(TokenQuestion.SmallArms, k, static (index, k) => Is(index, k, "smallarms"));

        private static bool IsRemoteWordAt(ArticleIndex index, int k) => index.Answer(TokenQuestion.RemoteWord, k, static (index, k) => IsRemoteWord(index, k));

        /// <summary>
        /// Whether <paramref name="e"/> is a definite attack noun («الهجوم», «الهجومين») that names no weapon and no close
        /// combat in its sentence, in an article that told a bombing, shelling or air strike before it and no close combat or gunmen:
        /// «ارتفعت حصيلة ضحايا الهجوم …» after «تفجير سيارة مفخخة» retells that attack, whose weapon is named once.
        /// Definite attack nouns of the gold are REMOTE 10, ATTACK_CIVILIANS 3, ASSAULT 2 (train and dev).
        /// </summary>
        private static bool IsToldStrike(ArticleIndex index, EventCandidate e)
        {
            if (e.Trigger.IsVerb || !e.Reading.HasArticle || !Is(index, e.First, "plainattack"))
            {
                return false;
            }
            var sentence = index.SentenceOf(e.First);
            for (var k = sentence.First; k < sentence.End; k++)
            {
                if (IsSmallArmsAt(index, k))
                {
                    return false;
                }
            }
            // «انفجار سيارة مفخخة ثم هجوم رجال مسلحين على مقر الشرطة»: gunmen told before make the attack
            // a ground one too, whose retelling is no bombing alone.
            var (remote, blocker) = index.StrikeMarks(static index => FirstStrikeMarks(index));
            return remote < sentence.First && blocker >= sentence.First;
        }

        /// <summary>The first remote-weapon token and the first token of gunfire or unnamed gunmen (<see cref="int.MaxValue"/> when none).</summary>
        private static (int Remote, int Blocker) FirstStrikeMarks(ArticleIndex index)
        {
            var remote = int.MaxValue;
            for (var k = 0; k < index.Count; k++)
            {
                if (IsSmallArmsAt(index, k) || index.ActorAt(k)?.ActorId == ActorLexicon.UnidentifiedArmed)
                {
                    return (remote, k);
                }
                if (remote == int.MaxValue && IsRemoteWordAt(index, k))
                {
                    remote = k;
                }
            }
            return (remote, int.MaxValue);
        }

        /// <summary>A word of an aircraft, artillery, a projectile, a bomb or of shelling (roles remoteweapon, missile, device, strike).</summary>
        internal static bool IsRemoteWord(ArticleIndex index, int k) =>
            Is(index, k, "remoteweapon") || Is(index, k, "missile") || Is(index, k, "device") || Is(index, k, "strike");

        /// <summary>A word of the role, as the longest phrase there or alone («طائرات» inside the force phrase «طائرات حربية»).</summary>
        internal static bool Is(ArticleIndex index, int k, string role) =>
            index.IsRole(k, role, true) || (index.Token(k).IsWord && index.Words.IsWord(index.Text, k, role));
    }
}
