using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Links actor1 and actor2 to a trigger. actor1, in order: the doer named by «قام به X» or
/// meant by a pronoun («شنّه»); the genitive agent of a verbal noun («هجوم الجيش», «التقدم
/// للجيش»); the subject after a verb (VSO); none after an impersonal «يتم»; the subject before the
/// trigger in its clause (SVO); the doer of the previous event of the sentence; the sentence's
/// topic; the topic of the paragraph so far. actor2: a genitive patient («طرد التنظيم»), the
/// target after the trigger's preposition («هجوم على», «البيعة لـ»), the object after a verb's
/// subject, or the civilians of the clause.
/// </summary>
internal static partial class ActorLinker
{
    private const int GenitiveWindow = 3;
    private const int SubjectWindow = 5;

    /// <summary>At most this many adjectives of manner stand between a deed noun and the nationality that names its doer («الضربات الجوية العسكرية الأمريكية» is rare; two are enough).</summary>
    private const int MannerReach = 2;

    public static void Link(ArticleIndex index, EventCandidate e, IReadOnlyList<EventCandidate> sentenceEvents, ActorHit? runningTopic, ActorHit? lastDeedDoer = null)
    {
        var clause = index.ClauseOf(e.First);
        var sentence = index.SentenceOf(e.First);
        ActorHit? actor1 = null;
        ActorHit? actor2 = null;
        var passive = false;
        var local = true;

        // «الاتفاق الأميركي الروسي»: nationality adjectives glued to the noun name its parties.
        var nisbas = NisbaChain(index, e.End);
        if (nisbas.Count > 0 && !e.Trigger.IsVerb)
        {
            actor1 = nisbas[0];
            if (nisbas.Count > 1)
            {
                actor2 = nisbas[1];
            }
        }
        // «غارة جوية حكومية»: the adjective of government on a deed noun names the article's country's forces (ActorLinker.GovernmentDeed).
        actor1 ??= GovernmentDeedDoer(index, e);

        if (actor1 is null && ClashSides.Of(index, e, clause.End) is ({ } firstSide, var secondSide))
        {
            (actor1, actor2) = (firstSide, secondSide);
        }
        if (actor1 is null && ReciprocalSides(index, e) is var (giver, taker))
        {
            (actor1, actor2) = (giver, taker);
        }

        var doer = Doer(index, e, clause, out var pronounDoer);
        // «التفجير الذي استهدف مسجدا في الكويت، وتبناه تنظيم داعش»: the marker after the noun's complements (ActorLinker.DoerFar).
        if (doer is null && !pronounDoer)
        {
            doer = FarDoer(index, e, sentence);
        }
        // «ويحارب الجيش مقاتلي … للسيطرة»: the noun of purpose is the governing verb's subject's aim, not the deed of
        // the party before it (ActorLinker.Purposed).
        var aim = actor1 is null ? Purposed(index, e, sentence, sentenceEvents) : null;
        if (aim is { } purpose)
        {
            // Read only with no doer yet, so the managed reading below never runs beside it.
            doer = purpose.Doer;
            pronounDoer = false;
            actor2 ??= purpose.Object;
            local = index.Token(purpose.Doer.First).Clause == index.Token(e.First).Clause;
        }
        actor1 ??= doer;
        // «وهاجمت مجموعة أخرى سيارة شرطة»: another band of the party of the deed told just before (ActorLinker.OtherGroup).
        if (actor1 is null && !pronounDoer && aim is null)
        {
            actor1 = OtherGroupDoer(index, e, lastDeedDoer);
            e.OtherBand = actor1 is not null;
        }
        // «تمكنت القوات من قتل عناصر التنظيم»: the deed of a verb of managing is its subject's, and no later reading
        // of a doer applies (ActorLinker.Managed); a managed deed whose subject is unknown stays without a doer.
        var managed = actor1 is null && !pronounDoer ? Managed(index, e, clause, sentence, sentenceEvents, runningTopic) : null;
        if (managed is { } deed)
        {
            actor1 = deed.Doer;
            actor2 ??= deed.Object;
            local = deed.Local;
        }
        // A managed deed or a noun of purpose has its doer settled: no later reading applies.
        var managedDeed = managed is not null || aim is not null;
        if (actor1 is null && !pronounDoer && !managedDeed)
        {
            actor1 = FallenShellDoer(index, e, sentence) ?? WeaponOwner(index, e, clause) ?? FiredFromDoer(index, e, sentence);
        }

        var doerUnknown = managedDeed;
        if (actor1 is null && !pronounDoer && !managedDeed && !e.Trigger.IsVerb && e.Trigger.Actor1Prep is { } a1prep)
        {
            actor1 = AfterPreposition(index, e.End, clause.End, a1prep);
            // «البيعة من بعضهم»: the doer is named by a partitive pronoun, the last group of fighters named before.
            if (actor1 is null && PrepositionAt(index, e.End, clause.End, a1prep) is { } at)
            {
                doerUnknown = true;
                if (index.IsRole(at + 1, "partitive", true))
                {
                    actor1 = index.Actors.LastOrDefault(a => a.End <= e.First && a.IsArmed && !a.IsNisba && a.Entry?.Class == "org");
                }
            }
        }
        if (actor1 is null && !pronounDoer && !managedDeed && !e.Trigger.IsVerb)
        {
            var genitive = Genitive(index, e.End, clause.End);
            // «بقصف مواقع لمقاتلي المعارضة», «قصف أهداف تابعة لتنظيم داعش»: the party after a post the deed noun
            // governs owns what was hit; the deed's own genitive is the post, so the party is no agent of it.
            if (genitive is not null && IsHoldingOwner(index, e, genitive))
            {
                actor2 ??= genitive;
            }
            else if (genitive is not null)
            {
                if (e.Trigger.Genitive == "patient" && IsAgentBeforeLamObject(index, e, genitive, clause.End, out var lamTarget))
                {
                    actor1 = genitive;
                    actor2 ??= lamTarget;
                }
                else if (e.Trigger.Genitive == "patient")
                {
                    actor2 ??= genitive;
                }
                else if (IsReceiverLam(e, genitive))
                {
                    actor2 ??= genitive;
                }
                else if (e.Trigger.Genitive == "agent" || IsFightersAgent(index, e, genitive))
                {
                    actor1 = genitive;
                }
            }
            actor1 ??= AfterActor1Preposition(index, e.End, clause.End);
            // «مجزرة للقوات النظامية»: a massacre names its armed doer behind «ل» as a noun of striking does.
            if ((e.Trigger.Genitive == "agent" && EventTypes.IsArmedEngagement(e.Type))
                || (e.Type == "ATTACK_CIVILIANS" && index.IsRole(e.First, "massacre", true)))
            {
                actor1 ??= DoerBehindPreposition(index, e.End, clause.End);
            }
        }
        // «قتل شرطيان على أيدي مسلحين»: an agent phrase after a passive verb names its doer, not the victims read as its subject.
        if (actor1 is null && !pronounDoer && !managedDeed && e.Trigger.IsVerb)
        {
            actor1 = AfterActor1Preposition(index, e.End, clause.End) ?? GunfireDoer(index, e, clause);
        }
        if (actor1 is null && !pronounDoer && !managedDeed && SelfTeller(index, e) is { } teller)
        {
            actor1 = teller;
            actor2 ??= SubjectAfter(index, e.End, clause.End) ?? AfterAffiliation(index, e.End, clause.End, out _);
        }
        if (actor1 is null && !pronounDoer && !managedDeed && e.Trigger.IsVerb && SubjectOfThat(index, e, clause.First) is { } governed)
        {
            actor1 = governed;
            // «إن طيران التحالف قصف مواقع تابعة للتنظيم»: the object, or the body that owns what the verb hits.
            actor2 ??= SubjectAfter(index, e.End, clause.End) ?? AfterAffiliation(index, e.End, clause.End, out _);
        }
        if (actor1 is null && !pronounDoer && !managedDeed && e.Trigger.IsVerb)
        {
            var after = SubjectAfter(index, e.End, clause.End, forceIsObject: index.IsRole(e.First, "downverb", true));
            // «قام بأسر مقاتلين ينتمون إلى الحرس الثوري»: a verb form behind the clitic «ب» is its verbal noun (no finite
            // verb takes a preposition), and the party after it is what was done to, not a subject (s37b-doers).
            if (after is not null && e.Reading.Prefix > 0 && index.Token(e.First).Norm[..e.Reading.Prefix].EndsWith('ب'))
            {
                actor2 ??= after;
                after = null;
            }
            // «قصفت وحدات تابعة للتنظيم»: the body a thing after a verb of striking belongs to is the object's owner,
            // read below by the affiliation (ObjectOfDeedVerb), not the subject; «قصفت طائرات تابعة للتحالف» keeps its striker's owner.
            if (after is not null && after.First > e.End && index.IsRole(after.First - 1, "affiliation", true) && ObjectOfDeedVerb(index, e, after.First))
            {
                after = null;
            }
            // «قصفت أهدافا للمسلحين الأكراد»: a party behind the clitic ل is never a verb's subject; after a verb of
            // striking and its object it owns what was hit, and the striker is told before the verb («مقاتلات تركية
            // قصفت»). Not right after the verb («تصدت اليوم لمجموعة مسلحة»: the ل of the verb's own object), nor
            // after a word that is also a verbal noun («قصف وتحليق للطيران الحربي», «تقدم كبير للقوات»: the ل of its doer).
            if (after is not null && ArticleIndex.StartsWithCliticPrep(after, 'ل') && IsOwnerOfObject(index, e, after.First))
            {
                actor2 ??= after;
                after = null;
            }
            // «ضربات جوية استهدفت الجماعة»: the deed noun before the verb is its subject, the party after it the target.
            if (after is not null && HasDeedNounSubject(index, e, clause.First))
            {
                actor2 ??= after;
                after = null;
            }
            // A verb that carries a plural subject («حمّلوا فيه الإخوان المسؤولية», «اتهموا») has its
            // doer in the suffix: the party named after it is the object, never the doer; so is the
            // party between a verb of blaming and «المسؤولية» (BlamedBeforeBlame).
            if (after is not null && (HasPluralSubject(index, e.First) || (e.Type == "ACCUSE" && BlamedBeforeBlame(index, e.First, e.End, after))))
            {
                actor2 ??= after;
            }
            else
            {
                actor1 = after;
            }
        }
        // «بعد أن انسحب منه المعارضون»: a withdrawal told of a subject that names no party has no doer to carry.
        var unnamedLeaver = actor1 is null && !pronounDoer && !managedDeed && HasUnnamedLeaver(index, e, clause.End);
        doerUnknown |= unnamedLeaver;
        // «قافلة … تابعة للهلال الأحمر»: the body a thing belongs to is its doer; but what follows a
        // noun whose genitive is its patient («اعتقال خلية تابعة للتنظيم») is acted on, and so is its body;
        // so are the men a condemnation or accusation names («استنكر … قيام عناصر تابعة للتنظيم»): they are blamed.
        if (actor1 is null && !pronounDoer && !managedDeed)
        {
            var owner = AfterAffiliation(index, e.End, clause.End, out var aimedAt);
            aimedAt |= owner is not null && ObjectOfDeedVerb(index, e, owner.First);
            // «غارة ضد أهداف تابعة للتنظيم», «هجوم على حاجز تابع للجيش»: what the deed is aimed at is
            // acted on, and so is the body it belongs to.
            if ((!e.Trigger.IsVerb && e.Trigger.Genitive == "patient") || e.Type == "ACCUSE" || aimedAt)
            {
                actor2 ??= owner;
            }
            else
            {
                actor1 = owner;
            }
        }
        if (actor1 is not null && IsSuspectedParty(index, e, actor1, clause.End))
        {
            actor2 ??= actor1;
            actor1 = null;
        }
        // A bomb is nobody's until someone is named or claims it: its doer is never inherited.
        var device = IsDevice(index, e);
        if (actor1 is null && !pronounDoer && !managedDeed && PassiveBefore(index, e.First, sentence.First))
        {
            // «فوجئنا بهجوم من قوات الأمن وتم اعتقال مجموعة من المتظاهرين»: a passive arrest keeps no doer unless its sentence
            // names a state's forces before it as the other side (docs/annotation.md, passive arrests).
            // Only a verbal noun of seizing persons («تم القبض على», «تم اعتقال»): «تم ضبط» and the like also seize goods, and
            // an agent after it («لكي لا يتم القبض عليهم من تنظيم داعش») names the doer itself.
            actor1 = e.Type == "ARREST" && index.TriggerHasRole(e, "seizeperson") && AfterPreposition(index, e.End, clause.End, "من") is null
                ? StateForceBefore(index, e.First, sentence.First)
                : null;
            passive = actor1 is null;
        }
        // «تعرضت الأحياء لقصف من …»: who undergoes the noun is no doer, plain «من» after it names one; with
        // neither, the context still may (made doerless, it lost doers coders took from it: docs/learning.md).
        var undergone = false;
        if (actor1 is null && !passive && !pronounDoer && !managedDeed && PatientBefore.Undergone(index, e, sentence.First))
        {
            actor1 = AfterPreposition(index, e.End, clause.End, "من");
            undergone = actor1 is null;
        }
        if (actor1 is null && !passive && !pronounDoer && !managedDeed && !undergone && !unnamedLeaver)
        {
            var instrumentOf = InstrumentVerb(index, e, clause.First);
            var strike = instrumentOf < 0 ? InstrumentOfDeedNoun(index, e, clause.First, sentenceEvents) : null;
            actor2 ??= strike?.Actor2;
            // A verb with no subject of its own may be a passive («وقتل ثلاثة جنود بقصف»): then its object is read as before.
            actor1 = (instrumentOf >= 0 ? SubjectOfVerb(index, e, instrumentOf, clause.First, clause.End) : null) ?? strike?.Actor1 ?? KillerOfSetting(index, e, clause) ?? RelativeSubject(index, e) ?? SubjectBefore(index, e, clause.First, e.First);
            if (actor1 is not null && SpeaksOfDeed(index, e, actor1, lastDeedDoer))
            {
                actor1 = lastDeedDoer;
                local = false;
            }
            if (actor1 is not null && PatientBefore.Casualty(index, e, actor1, clause.First))
            {
                // The dead of an ambush or an attack are the ones it was done to, unless the choices find a target of their
                // own. Not for remote violence: there the choices weigh the dead already, and a sufferer set for it moved
                // eight pool targets, mostly to a source's own force («قال ضابط في الشرطة ان خمسة اشخاص قتلوا»).
                // A state named inside the count («48 جنديا سوريا» reads «سوريا») lost its soldiers: the target is its forces.
                if (e.Type != "REMOTE")
                {
                    e.Sufferer = actor1.Entry?.Class == "state" ? ArmedFormOf(actor1) : actor1;
                }
                actor1 = null;
                passive = true;
            }
        }
        if (actor1 is null && !passive && !doerUnknown && !device && e.Type == "MOBILIZE")
        {
            actor1 = SenderNamed(index, e, sentence);
        }
        if (actor1 is null && !passive && !doerUnknown && !device && !Witnessed(index, e, clause.First) && !PointedTo(index, e, clause))
        {
            local = false;
            // A pronoun doer («شنّه») is the sentence's subject; an unsaid subject continues the previous event's doer.
            var previousEvent = sentenceEvents.LastOrDefault(x => x.Actor1 is { IsNisba: false });
            var previous = previousEvent?.Actor1;
            var previousLocal = previousEvent?.Actor1IsLocal == true;
            var topic = Topic(index, sentence.First, e.First);
            actor1 = pronounDoer ? topic ?? previous ?? runningTopic : previous ?? topic ?? runningTopic;
            // «وزعمت القيادة العامة للجيش السوري … أن القصف استهدف مركز الأبحاث» after «مقاتلات إسرائيلية استهدفت»: a
            // definite strike noun with no doer in its sentence is the strike told before, not a deed of the party the
            // sentences are about (its speaker, its target): it carries that strike's doer when a nisba named it (a
            // foreign force is never the article's running subject). A doer named otherwise is carried only from the strike
            // of the sentence right before (ActorLinker.Retold): further back, in a war
            // told from both sides the strike before is often the other side's (the pool read, docs/events.md s31c).
            // The nearer mention stands when both name the same party.
            if (!pronounDoer && previous is null && lastDeedDoer is { } told && told.ActorId != actor1?.ActorId && IsAnaphoricDeed(index, e)
                && (told.IsNisba || RetoldStrike(index, e, told)))
            {
                actor1 = lastDeedDoer;
            }
            // A party that only told of another's deed in its sentence is no topic whose doing goes on.
            if (actor1 is not null && !ReferenceEquals(actor1, previous) && EventTypes.IsLethalViolence(e.Type) && !pronounDoer
                && index.Token(actor1.First).Sentence != index.Token(e.First).Sentence && ToldBefore(index, actor1, e))
            {
                actor1 = null;
            }
            // «مقتل 11 من داعش جراء استهداف»: the party whose dead the sentence counts did not strike them (ActorLinker.CountedDead).
            if (actor1 is not null && !pronounDoer && IsCountedDeadSide(index, e, actor1, !ReferenceEquals(actor1, previous) || !previousLocal, sentence.First))
            {
                actor1 = null;
            }
            // «اشتباكات بين وحدات من الجيش والمعارضة المسلحة … وقال الشهود إن الاشتباكات كانت على أشدها»: a clash that
            // names no side carries the pair of the fighting told before, led by the side named first (docs/annotation.md
            // 6.3). The topic read skips the first side (it stands behind «بين») and lands on the side after «و».
            if (actor1 is not null && !ReferenceEquals(actor1, previous) && TypeRules.IsClashWord(index, e) && ClashSides.FirstOfPair(index, actor1) is { } first)
            {
                actor2 ??= actor1;
                actor1 = first;
            }
        }

        if (actor2 is null)
        {
            // «تسليم القرية للواء», «سلمت السلطات المقاتل الى بيروت»: a receiver may come behind either of two prepositions.
            foreach (var prep in e.Trigger.Actor2Preps)
            {
                actor2 ??= AfterPreposition(index, e.End, clause.End, prep);
            }
        }
        if (actor2 is null && EventTypes.IsArmedEngagement(e.Type))
        {
            actor2 = AfterPreposition(index, e.End, clause.End, "علي") ?? AfterPreposition(index, e.End, clause.End, "ضد");
        }
        if (actor2 is null && e.Trigger.IsVerb && actor1 is not null && actor1.First >= e.End)
        {
            actor2 = NextActor(index, actor1.End, Math.Min(clause.End, actor1.End + 4), a => !a.IsNisba && !index.IsPrepositionBefore(a));
        }
        if (actor2 is null && EventTypes.IsLethalViolence(e.Type))
        {
            actor2 = NextActor(index, e.End, Math.Min(sentence.End, Math.Max(clause.End, e.End + 8)), a => a.ActorId is "CIV" or "PROTESTERS");
        }
        // The doers of a protest are its protesters (SPEC §3, docs/annotation.md 6.1): a party that
        // calls it or is protested against is no doer, and the government named in «ضد الحكومة» is its target.
        if (e.Type == "PROTEST" && actor1?.ActorId != "PROTESTERS")
        {
            actor2 ??= AfterPreposition(index, e.End, clause.End, "ضد");
            actor1 = null;
            e.DefaultActor1 = "PROTESTERS";
        }
        // «أفادت الشبكة بأن قائد الجيش الحر، أصيب بجروح في هجوم استهدف موكبه», «جثة لأحد عناصر المنظمة و33 جريحا اصيبوا
        // في الهجوم»: the party a passive verb of wounding tells as suffering the deed, named before it in its sentence, is
        // the doer of none of that sentence's deeds, whether read as the subject or carried; the doer told before the
        // sentence may still be carried.
        if (actor1 is not null && !pronounDoer && PatientBefore.Suffered(index, e, actor1, sentence.First))
        {
            // The passive verb's own subject is the one acted on (actor2, as EventStage.ApplyDeadSides makes the side
            // counted dead); a source that tells of it before «إن/بأن» is not (review31 finding 3).
            e.Sufferer = PatientBefore.ToldBy(index, actor1, e) ? null : actor1;
            actor1 = null;
        }
        if (actor1 is not null && !pronounDoer && EventTypes.IsLethalViolence(e.Type) && TellsOnly(index, e, actor1))
        {
            actor1 = null;
        }
        if (actor1 is not null && EventTypes.IsLethalViolence(e.Type) && MutuallyBlamed(index, e))
        {
            actor1 = null;
        }
        if (actor1 is not null && actor1.First < e.First && IsCulpritsDeed(index, e))
        {
            actor1 = null;
        }
        if (actor1 is not null && IsDeedAdjective(index, actor1))
        {
            actor1 = null;
        }
        if (actor1 is not null && !CanDo(e, actor1))
        {
            actor1 = null;
        }
        if (actor2 is not null && actor1 is not null && actor2.ActorId == actor1.ActorId)
        {
            actor2 = null;
        }
        e.Actor1 = actor1 is null ? null : ArmedFormFor(index, e, actor1);
        e.Actor1IsLocal = local && actor1 is not null;
        e.Actor2 = actor2;
    }

    /// <summary>The subject a clause is about: its first actor that can act (not after a preposition, not an adjective).</summary>
    public static ActorHit? Topic(ArticleIndex index, int from, int to)
    {
        // Actors are in text order: the first opening at «from» is found by bisection (a scan from
        // the window's first actor, for every candidate, made long texts quadratic).
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            if (IsSubjectLike(index, a) && a.ActorId is not ("CIV" or "PROTESTERS"))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// «خمس غارات قرب الرمادي قصفت وحدات تابعة للتنظيم»: what follows a verb of striking or
    /// attacking is its object, hit by the deed, and so is the body it belongs to (dev sn-0ae15787:
    /// three coalition raids coded to ISIL).
    /// </summary>
    private static bool IsDeedVerb(ArticleIndex index, int k) =>
        Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m
        && m.Values.Any(static t => t.IsVerb && EventTypes.IsLethalViolence(t.Type));

    private static bool IsOwnerOfObject(ArticleIndex index, EventCandidate e, int ownerFirst)
    {
        var noun = ownerFirst - 1;
        return noun >= e.End && index.Token(noun).IsWord && !index.IsRole(noun, "skip", true)
            && ObjectOfDeedVerb(index, e, ownerFirst) && IsVerbOnly(index, e.First);
    }

    private static bool IsVerbOnly(ArticleIndex index, int k) =>
        Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m && m.Values.All(static t => t.IsVerb);

    private static bool IsDevice(ArticleIndex index, EventCandidate e) => index.TriggerHasRole(e, "device");

    /// <summary>Whether the deed is a definite noun of armed engagement («الهجوم», «والغارة», «بالقصف»): one that refers back.</summary>
    private static bool IsAnaphoricDeed(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsArmedEngagement(e.Type))
        {
            return false;
        }
        return DefiniteForm.IsDefinite(index.Token(e.First).Norm);
    }
}
