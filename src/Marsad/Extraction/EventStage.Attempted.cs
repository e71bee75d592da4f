using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The attacker of a clash told by a clause after it: the side whose attempt at an offensive is told, or whose advance the other repelled.</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens (the clash's other side, place and time) between a clash word and the attempt or repulse that tells its attacker.</summary>
    private const int AttemptReach = 15;

    /// <summary>At most this many words («لدى», «الذين») between a side and the attempt word whose pronoun or subject it is.</summary>
    private const int AttemptGap = 2;

    /// <summary>At most this many words of a time phrase after «منذ» between a verb of trying and what it tries («منذ ما يزيد عن ثلاثة أشهر»).</summary>
    private const int AttemptTimeWords = 6;

    /// <summary>
    /// «اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام القرى», «معارك بين القوات النظامية
    /// ومقاتلي المعارضة الذين يحاولون السيطرة على المطارات»: a clash (a clash noun, or a verb of clashing)
    /// followed in its sentence by an attempt at an offensive (event_words.tsv `attempt`: a verb of
    /// trying, or the noun with the pronoun of its subject, right before an ASSAULT or CAPTURE trigger)
    /// has for attacker the armed side named just before the attempt word, or the subject right after a verb
    /// of trying or seeking («حيث يحاول الجيش الحر اقتحام الإدارة», «يسعى مقاتلو المعارضة إلى السيطرة»). «المعارك اندلعت عندما صد
    /// التنظيم تقدما للجيش»: a repelling word (`repel`) before an attack noun has for attacker the side
    /// after that noun («للجيش», «من القوات»). docs/annotation.md 6.3: actor1 the attacker, else the side
    /// named first; the rules and the choice took the side named first. Only the first attempt or
    /// repulse, and no other trigger between but the clash's own words.
    /// </summary>
    private ActorHit? AttemptedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ASSAULT" || !TypeRules.IsClashWord(index, e))
        {
            return null;
        }
        var end = Math.Min(index.SentenceOf(e.First).End, index.Count);
        for (var k = e.End; k < Math.Min(end, e.End + AttemptReach); k++)
        {
            if (index.IsRole(k, "attempt", true))
            {
                if (IsAttemptedAt(index.PastTo(k + 1, end), end))
                {
                    var side = SideBefore(index, k, e.End);
                    return side is not null && side.ActorId != e.Actor1?.ActorId ? side : null;
                }
                // «حيث يحاول الجيش الحر اقتحام الإدارة», «اللذين يحاول مسلحو المعارضة السيطرة عليهما»: a verb of
                // trying puts its subject after itself (VSO), and that side is the attacker as much as the one before «الذين يحاولون».
                var subject = SubjectAfterAttempt(index, k + 1, end);
                return subject is not null && IsAttemptedAt(index.PastTo(subject.End, end), end) && subject.ActorId != e.Actor1?.ActorId ? subject : null;
            }
            // «في محيط الجامع الذي تمكن مقاتلو المعارضة من اقتحامه»: the side that managed to storm or take the place
            // of the clash attacked it, as much as a side that tries to (the subject right after a verb of managing, then «من»).
            if (index.IsRole(k, "manage", true) && SubjectAfterAttempt(index, k + 1, end) is { } stormer
                && stormer.End < end && index.Token(stormer.End).Norm == "من" && IsAttemptedAt(stormer.End + 1, end))
            {
                return stormer.ActorId != e.Actor1?.ActorId ? stormer : null;
            }
            // «اشتباكات عنيفة على خلفية محاولة المسلحين الدخول إليها»: an attempt noun with its genitive doer (no repelling
            // word before it: that is read below) tells who tried the offensive the clash is about.
            if (index.IsRole(k, "attemptnoun", true) && AttemptNounDoer(index, k) is { IsArmed: true } trier && IsAttemptedAt(index.PastTo(trier.End, end), end))
            {
                return trier.ActorId != e.Actor1?.ActorId ? trier : null;
            }
            if (index.IsRole(k, "repel", true))
            {
                // The repeller may stand between the repelling word and the attack noun («صد التنظيم تقدما»).
                for (var j = k + 1; j < Math.Min(end, k + 1 + RepelReach); j++)
                {
                    // «تصدى الجيش الحر لمحاولات النظام اقتحام مناطق»: the side whose attempt was repelled attacked; a
                    // repulse told by a new statement («وأضافت أن الجيش الحر تصدى») is a deed of its own, at its own place.
                    if (index.IsRole(j, "attemptnoun", true) && AttemptNounDoer(index, j) is { } tried && !Reported(e.End, k))
                    {
                        return tried.ActorId != e.Actor1?.ActorId ? tried : null;
                    }
                    if (IsOffensiveAt(j, end) && _triggers.Matcher.MatchAt(index.Text, j) is { } m)
                    {
                        return AttackerOfDeed(index, m.End, end) is { } attacker && attacker.ActorId != e.Actor1?.ActorId ? attacker : null;
                    }
                }
                return null;
            }
            if (index.IsTrigger(k) && !index.IsRole(k, "clash", true))
            {
                return null;
            }
        }
        return null;

        bool Reported(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                // A verb of saying, or the «أن» of one that is no reporting word of attribution.tsv («وأضافت أن»).
                if (AttributionFinder.IsReporting(index.Text, i) || index.Token(i).Norm is "ان" or "أن")
                {
                    return true;
                }
            }
            return false;
        }

        // «اشتبكت مع عناصر مسلحة حاولوا التسلل إلى المنطقة»: trying to infiltrate a place (role `infiltrate`, no
        // trigger: a crossing alone is no fight) is the offensive of the side that tries it, in the clash told before.
        // «التي تحاول إعادة السيطرة على الحي»: a verbal noun of doing again (role again) before the offensive is its aspect.
        // «التي تحاول فرض سيطرتها على محيط العاصمة», «يحاول بسط سيطرته»: a verbal noun of taking hold (role takehold) before
        // the noun of control is the offensive's aspect too. «التي تحاول منذ أكثر من شهرين فرض سيطرتها»: the time the attempt has
        // lasted («منذ», role aimtime, and a few plain words) stands between the verb and what it tries.
        bool IsAttemptedAt(int at, int limit)
        {
            if (at < limit && index.IsRole(at, "aimtime", true))
            {
                for (var skip = at + 2; skip < Math.Min(limit, at + 1 + AttemptTimeWords); skip++)
                {
                    if (!IsPlainWord(skip - 1))
                    {
                        return false;
                    }
                    if (IsAttemptedCore(skip, limit))
                    {
                        return true;
                    }
                }
                return false;
            }
            return IsAttemptedCore(at, limit);
        }

        bool IsAttemptedCore(int at, int limit)
        {
            // After a light noun of taking, «سيطرتها» is its object, the noun with its pronoun, though it reads as the verb «سيطرت» too.
            if (at + 1 < limit && index.IsRole(at, "takehold", true)
                && _triggers.Matcher.MatchAt(index.Text, at + 1) is { } held && held.Values.Any(v => v.Type == "CAPTURE"))
            {
                return true;
            }
            at = at < limit && index.IsRole(at, "again", true) ? at + 1 : at;
            return IsOffensiveAt(at, limit) || (at < limit && index.IsRole(at, "infiltrate", true));
        }

        // A word or number of the time phrase: no punctuation, no trigger, no party.
        bool IsPlainWord(int k) =>
            index.Token(k) is var t && (t.IsWord || t.Kind == TokenKind.Number) && !index.IsTrigger(k) && index.ActorAt(k) is null;

        bool IsOffensiveAt(int at, int limit) =>
            // The matcher, not the index's trigger marks: an advance the clash's sentence tells only as repelled may be no candidate of its own.
            at < limit && _triggers.Matcher.MatchAt(index.Text, at) is { } match
            && match.Values.Any(v => !v.IsVerb && v.Type is "ASSAULT" or "CAPTURE");
    }

    /// <summary>
    /// The armed side that ends at most <see cref="AttemptGap"/> words before <paramref name="at"/>,
    /// after the clash word. «بين الجيش الحر وقوات من النظام وعناصر من حزب الله الذين يحاولون»: the
    /// attempt's subject is every side joined by «و» after the pair's first, and of two attackers the
    /// first named is the core doer (docs/annotation.md 6.3), so the walk goes back over them.
    /// </summary>
    private static ActorHit? SideBefore(ArticleIndex index, int at, int from)
    {
        ActorHit? side = null;
        var sideAt = -1;
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < at; i++)
        {
            var a = index.Actors[i];
            if (a.End <= at && at - a.End <= AttemptGap && a.IsArmed && !a.IsNisba)
            {
                (side, sideAt) = (a, i);
            }
        }
        while (side is not null && sideAt > 0 && JoinedAt(index, side) is var joint and >= 0)
        {
            var prev = index.Actors[sideAt - 1];
            if (prev.First < from || prev.End != joint || !prev.IsArmed || prev.IsNisba || JoinedAt(index, prev) < 0)
            {
                break;
            }
            (side, sideAt) = (prev, sideAt - 1);
        }
        return side;
    }

    /// <summary>The armed side that opens right at <paramref name="at"/> (the subject after a verb of trying), or null; a nationality adjective names no side of its own.</summary>
    private static ActorHit? SubjectAfterAttempt(ArticleIndex index, int at, int end) =>
        at < end && index.ActorAt(at) is { IsArmed: true, IsNisba: false } a && a.First == at && a.Clitics.Length == 0 ? a : null;

    /// <summary>The first armed side within a few words after an attack noun: its genitive («تقدما للجيش») or behind «من».</summary>
    private static ActorHit? AttackerOfDeed(ArticleIndex index, int from, int end)
    {
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < Math.Min(end, from + AttemptGap + 1); i++)
        {
            var a = index.Actors[i];
            if (a.IsArmed && !a.IsNisba && (a.First == from || a.Clitics.Contains('ل', StringComparison.Ordinal) || index.Token(a.First - 1).Norm is "من" or "ل"))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>Where the name joined to <paramref name="a"/> by «و» ends: «وقوات النظام», «و القوات», or a head noun «وعناصر حزب الله»; -1 when no «و» joins it.</summary>
    private static int JoinedAt(ArticleIndex index, ActorHit a)
    {
        if (a.Clitics.StartsWith('و'))
        {
            return a.First;
        }
        if (a.First < 1)
        {
            return -1;
        }
        var before = index.Token(a.First - 1);
        return before.Norm == "و" || (before.IsWord && before.Norm.StartsWith('و') && index.ActorAt(a.First - 1) is null && !index.IsRole(a.First - 1, "attempt", true)) ? a.First - 1 : -1;
    }
}
