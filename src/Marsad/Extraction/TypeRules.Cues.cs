using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The cues of a candidate's clause (its target, weapon and sides) that the type rules and the learned type choice read.</summary>
internal static partial class TypeRules
{
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
                // «الاعتداء الانتحاري», «هجوم صاروخي»: an adjective of the weapon right on the deed noun names it as well, also
                // on the noun a phrase trigger of launching ends in («شنوا هجوما انتحاريا»).
                var onNoun = k == e.End && EndsInNoun(index, e);
                remote |= onNoun && (Is(index, k, "device") || Is(index, k, "missile"));
                // «هجوم مسلح»: the armed attack, gunfire named right on the deed noun (see gunmen below).
                armedDeed |= onNoun && Is(index, k, "gunman");
                bomb |= onNoun && Is(index, k, "device");
                smallArms |= instrument && Is(index, k, "smallarms");
                teargas |= Is(index, k, "teargas");
                // «بأسلحة كيماوية», «هجوم كيماوي»: a chemical weapon is remote violence behind any word (SPEC §2, ACLED).
                chemical |= Is(index, k, "chemical");
                remote |= chemical || bomb;
                // «الاشتباكات مع قصف الطيران بالبراميل»: the words after another trigger are that event's.
                if (index.IsTrigger(k))
                {
                    // «فتح جنود النار في مسيرة», «أطلقت الشرطة النار على تظاهرة»: the protest fired at is its protesters.
                    civilian |= IsProtestFiredAt(index, e, k);
                    break;
                }
                // «مقتل سائق أجرة في هجوم مسلح»: the gunman adjective right on the deed noun names the attack's kind, not
                // an armed man it was done to; read as a victim it made every armed attack on a civilian a clash.
                if ((e.Actor1 is { } a1 && k >= a1.First && k < a1.End) || (onNoun && Is(index, k, "gunman")))
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
            remote = remote || StrikerSubject(index, e) || LikeStrikeBefore(index, e);
            var protesters = e.Actor1?.ActorId == "PROTESTERS" || index.AnyActorWithin(clause.First, clause.End, static a => a.ActorId == "PROTESTERS");
            // «… وهو ما قابلته القوات بإطلاق الطلقات التحذيرية لتفريقهم», «وأطلقت قنابل الغاز»: tear gas, warning shots or a
            // purpose of dispersal aim at a crowd, so the protesters the sentence names are the target even when the clause
            // names them by a pronoun or not at all (annotation.md 6.1, decisions log: dispersal alone is part of the PROTEST).
            // So is a clash word that names neither side («… خلال الاشتباكات الدائرة أمام الفندق، مما دفع قوات
            // الأمن لإطلاق القنابل الغازية») in a sentence of protesters and of no non-state armed group: the fight is the riot's.
            var crowdControl = teargas || Dispersal(index, e, clause.End);
            var (first, second) = ClashSides.Of(index, e, clause.End);
            var crowd = !protesters && (crowdControl || (IsClashWord(index, e) && first is null && second is null)) && CrowdInSentence(index, e, crowdControl);
            protesters |= crowd;
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
                    || (((gunfire && IsClashWord(index, e)) || crowdControl) && !CasualtyInSentence(index, e));
            }
            // With a casualty stated the force's act on the crowd stays its own, violence against civilians (annotation.md 6.1).
            civilian |= crowd && !riot && !armedClash && !remote;
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
        /// Whether the sentence of <paramref name="e"/> names protesters and, unless <paramref name="crowdControl"/> (a means
        /// of dispersal names the crowd as target by itself), no non-state armed group that could be the clash's other side.
        /// </summary>
        private static bool CrowdInSentence(ArticleIndex index, EventCandidate e, bool crowdControl)
        {
            var sentence = index.SentenceOf(e.First);
            return index.AnyActorWithin(sentence.First, sentence.End, static a => a.ActorId == "PROTESTERS")
                && (crowdControl || !index.AnyActorWithin(sentence.First, sentence.End, static a => a.IsArmed && a.Entry?.Class == "org"));
        }

        /// <summary>
        /// Whether a verbal noun of dispersing a crowd (role dispersal: «لتفريقهم», «لتفريق المتظاهرين») follows
        /// <paramref name="e"/> in its clause, as the purpose of the force's act.
        /// </summary>
        private static bool Dispersal(ArticleIndex index, EventCandidate e, int clauseEnd)
        {
            for (var k = e.End; k < clauseEnd; k++)
            {
                if (index.IsRole(k, "dispersal", true))
                {
                    return true;
                }
            }
            return false;
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
        /// Whether the verb <paramref name="e"/> («استهدف») has for subject the attack or ambush noun right before it, with at most
        /// two words between («هجوم مسلح استهدف», «الهجوم الأخير استهدف», «هجوم استهدفهما», «كمينا مسلحا استهدف»), that names no weapon, and the noun is
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
                // «نصبت كمينا مسلحا استهدف دورية»: an ambush noun is such a subject too, also as the object inside the
                // phrase trigger «نصب كمينا», which is marked on its verb.
                if ((Is(index, k, "plainattack") && index.IsTrigger(k)) || Is(index, k, "ambush"))
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
        internal static bool IsStrikeScene(ArticleIndex index, EventCandidate e)
        {
            var (first, end) = SceneOf(index, e);
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
                // «هاجم الجيش الحر الحواجز وتمكن من إسقاط طائرة»: an aircraft brought down is the fight's target, no strike;
                // «هجوم مضاد … معتمدة على القوة الجوية»: aircraft behind a noun of support cover a ground attack (IsCover).
                // «يحملون أحزمة ناسفة»: a worn belt is no blast (IsWorn).
                // «استخبارات سلاح الجو»: an air force named as an intelligence service is a body, no strike (IsServiceName).
                strike |= IsRemoteWordAt(index, k) && !IsDowned(index, k) && !IsCover(index, k) && !IsWorn(index, k) && !IsServiceName(index, k);
            }
            return strike;
        }

        /// <summary>The tokens of the sentence of <paramref name="e"/> that tell its scene: between the contrast words and deed links around it.</summary>
        internal static (int First, int End) SceneOf(ArticleIndex index, EventCandidate e)
        {
            var sentence = index.SentenceOf(e.First);
            // «… تفادياً للطيران، غير أنّ الهجوم على المدينة أظهر …»: a contrast word («غير أن», «لكن»)
            // turns to another matter, so the weapons told on its other side are not this attack's; so does a reporter's turn
            // to a further item («…تعرضتا لقصف من طائرات النظام، مضيفةً أن الجيش الحر هاجم موكباً»).
            // «أطلقت قذائف المدفعية على حي جوبر حيث هاجم مقاتلو المعارضة متاريس للجيش», «قصف الجيش الحي بعد أن هاجمه متمردون»:
            // an attack verb whose own armed subject stands right after it tells that party's attack; the shells told before
            // the verb are another deed's, so only the weapons told after it («هاجم مقاتلو المعارضة المتاريس بقذائف المورتر») count.
            var first = SubjectAfter(index, e) ? e.End : sentence.First;
            for (var k = e.First - 1; k > first; k--)
            {
                if (IsContrast(index, k) || IsDeedLink(index, k))
                {
                    first = k;
                    break;
                }
            }
            var end = sentence.End;
            for (var k = e.End; k < sentence.End; k++)
            {
                if (IsContrast(index, k) || IsDeedLink(index, k))
                {
                    end = k;
                    break;
                }
            }
            return (first, end);
        }

        /// <summary>
        /// Whether <paramref name="e"/> is an attack noun said to be like a deed told before it («هجوم مماثل», «هجمات مماثلة»; role
        /// alike right after it) and the weapon word nearest before it, in its sentence or the one before and across a contrast
        /// word, names a strike or a bomb and no gunfire: «قتل أربعة في هجوم انتحاري بسيارة مفخخة استهدف مطعما، بينما قتل شخصان في
        /// هجوم مماثل استهدف نقطة تفتيش» tells a second bombing. The likeness names the weapon the noun leaves out.
        /// </summary>
        private static bool LikeStrikeBefore(ArticleIndex index, EventCandidate e)
        {
            if (e.Trigger.IsVerb || e.End >= index.Count || !Is(index, e.End - 1, "plainattack") || !index.IsRole(e.End, "alike", true))
            {
                return false;
            }
            var sentence = index.SentenceOf(e.First);
            var first = sentence.First > 0 ? index.SentenceOf(sentence.First - 1).First : sentence.First;
            for (var k = e.First - 1; k >= first; k--)
            {
                if (IsSmallArmsAt(index, k))
                {
                    return false;
                }
                if (IsRemoteWordAt(index, k))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether the trigger <paramref name="e"/> ends in its deed noun: a noun, or a phrase of a launching verb and its attack
        /// noun («شن هجوما», «شنوا هجمات»), whose next word is then the noun's adjective, not the verb's subject. Not a phrase of
        /// repelling («صد هجوما انتحاريا»): the weapon is the attacker's, the trigger the defender's.
        /// </summary>
        private static bool EndsInNoun(ArticleIndex index, EventCandidate e) =>
            !e.Trigger.IsVerb || (e.End - e.First >= 2 && index.IsRole(e.First, "launch", true) && Is(index, e.End - 1, "plainattack"));

        /// <summary>
        /// Whether the verbal trigger <paramref name="e"/> has its subject right after it (the next word opens an armed party
        /// that names no aircraft, gun or bomber: «هاجم مقاتلو المعارضة», «هاجمه متمردون»; not «هاجم انتحاري», «هاجمت
        /// الطائرات»), or the attack noun its doer, as its genitive or behind «ل» («في هجوم لجبهة النصرة», «هجوم مقاتلي
        /// المعارضة»): the noun tells that party's attack, as the verb does.
        /// </summary>
        private static bool SubjectAfter(ArticleIndex index, EventCandidate e)
        {
            var noun = !e.Trigger.IsVerb;
            if (noun && !Is(index, e.End - 1, "plainattack"))
            {
                return false;
            }
            var k = e.End;
            while (k < index.Count && !index.Token(k).IsWord)
            {
                k++;
            }
            if (k >= index.Count || index.ActorAt(k) is not { } subject || subject.First != k || !subject.IsArmed || subject.IsNisba
                || !(string.IsNullOrEmpty(subject.Clitics) || (noun && subject.Clitics == "ل")))
            {
                return false;
            }
            for (var j = subject.First; j < subject.End; j++)
            {
                if (IsRemoteWordAt(index, j))
                {
                    return false;
                }
            }
            return true;
        }

        // Every plain attack word of a sentence reads the sentence's words again: their answers are remembered per token.
        private static bool IsContrast(ArticleIndex index, int k) => index.Answer(TokenQuestion.Contrast, k, static (index, k) => index.IsRole(k, "contrast", true) || index.IsRole(k, "turn", true));

        /// <summary>
        /// A link that opens another deed (role deedlink: «ردا على», «بهدف», «للضغط على», «فضلا عن», «ترافق مع»): «أمطرت الفصائل
        /// بلدات بالقذائف، ردا على تعرض الزبداني لهجوم من قوات النظام», «بدأت القوات هجوما على المدينة، ترافق مع قصف جوي»:
        /// the shells on its other side are a deed told apart (a reaction, a purpose, an addition or the shelling beside a
        /// ground attack, coded as a separate REMOTE), so they do not make the attack word a strike.
        /// </summary>
        private static bool IsDeedLink(ArticleIndex index, int k) => index.IsRole(k, "deedlink", true);

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
            // «أكثر هجمات الثلاثاء دموية»: an attack noun named by its day is as definite as «الهجوم» (NamesDay).
            var day = !e.Trigger.IsVerb && NamesDay(index, e);
            if (e.Trigger.IsVerb || !(e.Reading.HasArticle || day) || !Is(index, e.First, "plainattack"))
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
            // The day's attacks are all of that day's deeds: the first of them the article told decides, a bombing series
            // («سلسلة هجمات بالسيارات المفخخة») with shootings named among its blasts later on stays a series of bombings.
            return remote < sentence.First && (blocker >= sentence.First || (day && remote < blocker));
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
