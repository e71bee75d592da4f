using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// Car bombs, roadside bombs and suicide bombers (event_words.tsv role `bomb`): who sets them off and
/// whether they went off. ACLED codes such a bombing to the group that claimed it or, unclaimed, to an
/// unidentified armed group (docs/annotation.md 6.3); a bomb a force destroyed or defused is no
/// bombing. The actor choice reads each mention on its own, so around a bomb it takes the police
/// that were hit, the police that tell of it, the city that «شهدت» it, or the army that destroyed it.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after the trigger a bomb word may stand and still name its device («تفجير سيارة مفخخة», «انفجار عبوة ناسفة»).</summary>
    private const int BombAfter = 3;

    /// <summary>Tokens before a trigger that takes the bomb back («عجلات مفخخة تعود لتنظيم داعش كان ينوي تفجيرها»).</summary>
    private const int BombBefore = 8;

    /// <summary>Tokens a word of destroying or defusing may stand before the bomb it governs («تفكيك ثلاث سيارات مفخخة», «أبطل الخبراء مفعول عبوة»).</summary>
    private const int RuinReach = 4;

    /// <summary>The first bomb word of the trigger or just after it in its clause, else the last one before it in its clause; -1 when none.</summary>
    private static int BombWordOf(ArticleIndex index, EventCandidate e, bool before)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = e.First; k < Math.Min(clause.End, e.End + BombAfter); k++)
        {
            if (index.IsRole(k, "bomb", true))
            {
                return k;
            }
        }
        if (before)
        {
            for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - BombBefore); k--)
            {
                if (index.IsRole(k, "bomb", true))
                {
                    return k;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// «تمكنت الاستخبارات من تفكيك ثلاث سيارات مفخخة قبل عملية تفجيرها», «تدمير خمس عجلات مفخخة … كان
    /// ينوي تفجيرها», «وتدمير سيارة مفخخة بقصف لطيران التحالف», «معالجة عبوة ناسفة»: a bomb destroyed,
    /// defused or found is no bombing (the train gold's note on nc-35101963; at most the force's own deed,
    /// told by its own trigger). The keep model reads the `defused` role only right before the trigger and
    /// keeps such candidates at 0.2–0.4; «تدمير» is no role of its at all.
    /// </summary>
    private static bool IsBombRuined(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "REMOTE" || BombWordOf(index, e, before: true) is not (>= 0 and var bomb))
        {
            return false;
        }
        // The device phrase starts at the trigger when the bomb word is the trigger's own or follows it.
        var start = bomb >= e.First ? e.First : bomb;
        var clause = index.ClauseOf(e.First);
        for (var k = start - 1; k >= Math.Max(clause.First, start - RuinReach); k--)
        {
            if (index.IsRole(k, "defused", true) || index.IsRole(k, "bombruin", true))
            {
                return true;
            }
            // «دمرت قوات الأمن سيارة مفخخة», «ودمرت ثلاثة زوارق تحمل عبوات» ruin the bomb, but in «دمرت سيارة
            // مفخخة مبنى البلدية» and «دمر انفجار عبوة» the bomb or its blast, right after the verb, is its subject.
            if (index.IsRole(k, "bombruinverb", true))
            {
                return k < start - 1;
            }
            // «قصف أدى إلى تدمير منزل وانفجار عبوة»: another deed between them governs the bomb.
            if (index.IsTrigger(k) && (k < e.First || k >= e.End))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «هجوم انتحاري استهدف مقر الشرطة», «قالت الشرطة إن تفجيرا انتحاريا …», «شهدت بغداد سلسلة تفجيرات
    /// بسيارات مفخخة», «تمكنت القوات الأمنية من قتل انتحاري»: a bomb or a suicide bomber is set off by an
    /// armed group, never by an army, a state, a body or civilians, whom the choice takes as the target,
    /// the teller, the place or the force that stopped it. Train and dev code no bombing told by such a
    /// word to a state's forces (only one accused regime car bomb, whose blame ApplyBlame reads, and
    /// denials); the state stays only as the subject right after a verb trigger («فجرت القوات منزلا»).
    /// Run on the kept events, before claims and blame name their doer: the keep model learned from
    /// candidates that carried the choice's doer, and a bombing left doerless before it scores lower
    /// (one dev core bombing and some 15 of the conflict pool's fell below the threshold when this ran
    /// with the doer rules).
    /// </summary>
    private static void ApplyStateBombers(ArticleIndex index, List<EventCandidate> kept)
    {
        foreach (var e in kept)
        {
            if (e.Actor1 is not { } state || !(IsStateBomber(index, e, state) || IsBombTarget(index, e, state)))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule state-bomber «{index.Text.TextOf(e.First, e.End)}» {state.ActorId} -> -");
            }
            SetDoer(index, e, null);
            // «هجوم انتحاري استهدف مقر الشرطة»: the force named after the bomb in its sentence is what it hit;
            // a one-word capital or country there is where it went off.
            if (e.Actor2 is null && state.First >= e.End && index.SentenceOf(state.First).Index == index.SentenceOf(e.First).Index
                && !(state.Entry?.Class == "state" && state.End - state.First == 1))
            {
                e.Actor2 = state;
            }
            // «فجر انتحاري نفسه»: the bomber the sentence names is the unidentified attacker.
            UnnamedAttacker(index, e);
        }
    }

    /// <summary>Tokens before a mention a word of aiming may stand and govern it («استهدف دورية للشرطة», «استهدف مقرا للشرطة»).</summary>
    private const int AimReach = 3;

    /// <summary>
    /// «هجوم انتحاري، استهدف عناصر مجالس الصحوة», «سيارة مفخخة استهدفت دورية للشرطة»: a party named after the bomb
    /// in its sentence as the object of a word of aiming is what the bomb hit, whatever its class (an armed group's
    /// fighters are hit as often as the police). The choice reads the aiming verb after a comma as a clause of its own.
    /// </summary>
    private static bool IsBombTarget(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        var sentence = index.SentenceOf(e.First);
        if (!EventTypes.IsLethalViolence(e.Type) || doer.First < e.End || index.SentenceOf(doer.First).Index != sentence.Index
            || (BombWordOf(index, e, before: false) < 0 && !AimsAfterBomb(index, e, sentence.First)))
        {
            return false;
        }
        // «واستهدف الانتحاري نقطة تفتيش»: the bomber right after the verb is its subject, never its target.
        for (var k = doer.First; k < doer.End; k++)
        {
            if (index.IsRole(k, "bomb", true))
            {
                return false;
            }
        }
        for (var k = doer.First - 1; k >= Math.Max(e.First, doer.First - AimReach); k--)
        {
            if (index.IsRole(k, "aimbomb", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens before a verb of aiming its bomb may stand («هجوم انتحارى بسيارة مفخخة، اليوم الاثنين، استهدف»).</summary>
    private const int BombBeforeAim = 7;

    /// <summary>«هجوم انتحاري، استهدف عناصر الصحوة»: the trigger is the verb of aiming itself, told of a bomb just before it (the verb's subject).</summary>
    private static bool AimsAfterBomb(ArticleIndex index, EventCandidate e, int sentenceFirst)
    {
        if (!index.IsRole(e.First, "aimbomb", true))
        {
            return false;
        }
        for (var k = e.First - 1; k >= Math.Max(sentenceFirst, e.First - BombBeforeAim); k--)
        {
            if (index.IsRole(k, "bomb", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger of <paramref name="e"/> is a detonation with its reflexive object («فجر نفسه», «تفجير نفسه»,
    /// «فجروا أنفسهم»; event_words.tsv role `selfblown`): one who blew himself up is a suicide bomber, a bomb word though
    /// the sentence names no «انتحاري». «وأشارت السلطات التركية إلى أنه فجر نفسه» tells the authorities, no state bomber.
    /// </summary>
    private static bool IsSelfBlown(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.First + 1; k < e.End; k++)
        {
            if (index.IsRole(k, "selfblown", true))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsStateBomber(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || doer.Entry is not { } entry || entry.Class is "org"
            || (BombWordOf(index, e, before: false) < 0 && !IsSelfBlown(index, e)))
        {
            return false;
        }
        // «تمكنت القوات الأمنية من قتل انتحاري»: the bomber after a killing a verb of managing governs is its object,
        // killed by the force that managed it (P23 of docs/handread-2026-12-07f.md); the deed is the force's.
        if (TypeRules.TypeCues.Is(index, e.First, "assassination") && ActorLinker.IsManaged(index, e.First))
        {
            return false;
        }
        return !(e.Trigger.IsVerb && doer.First >= e.End && doer.First <= e.End + 1);
    }
}
