using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The party that tells of a deed is its source, not its doer (docs/annotation.md 6.3): «أعلنت الشرطة العراقية أن مرشحا
/// … خطفوا», «أوضحت القيادة العامة للجيش أن الهجوم استهدف مركزا». The rules read the subject before a trigger, or the
/// sentence's topic, as its doer, and a speaker stands first in its sentence.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Tokens from the speaker to the complementizer that opens what it tells: «قال الجيش في بيان له إن».</summary>
    private const int TellerReach = 5;

    /// <summary>Tokens from a verb of saying to its subject: «أوضحت القيادة العامة للجيش والقوات المسلحة السورية» names the army fifth.</summary>
    private const int SpeakerReach = 6;

    /// <summary>
    /// True when <paramref name="actor"/> is the subject of a verb of saying (actor_roles.tsv speaker, before it or right
    /// after it) whose complement, opened by a bare «أن/إن» (role that) after the mention and before the trigger, tells the
    /// deed; or the subject of a verb of describing (role describe) whose object is the noun trigger («ووصف الجيش السوري في
    /// بيان الغارة بأنها عدوان»). Not when the complementizer carries a pronoun («أعلن الجيش أنه قصف»: role self, its own
    /// deed), nor when a force noun or the deed noun in the complement carries one («قال الجيش إن قواته قصفت», «إن غاراته
    /// دمرت»): those tell of the teller's own deed. A claim («تبنى») is no verb of saying and keeps its doer.
    /// </summary>
    internal static bool TellsOnly(ArticleIndex index, EventCandidate e, ActorHit actor)
    {
        if (actor.End > e.First || index.Token(actor.First).Sentence != index.Token(e.First).Sentence)
        {
            return false;
        }
        var verb = VerbOfTelling(index, actor);
        if (verb is null)
        {
            return false;
        }
        if (verb == "describe")
        {
            return !e.Trigger.IsVerb && e.First - actor.End <= TellerReach && index.Token(actor.First).Clause == index.Token(e.First).Clause
                && !OwnForceTold(index, actor, actor.End, e.First, e);
        }
        var that = ComplementAfter(index, actor, e.First);
        return that >= 0 && !OwnForceTold(index, actor, that + 1, e.First, e) && !OwnAirRaid(index, e, actor);
    }

    /// <summary>
    /// «وأعلن داعش أنه أسقط طائرة مروحية», «أعلن الجيش الحر أنه قصف»: a verb right after a complementizer carrying a
    /// pronoun (actor_roles.tsv self) has that pronoun as its subject, the armed party that says it before (a claim of its own
    /// deed, docs/annotation.md 4.5); what follows the verb is its object. Read first, the party after a verb of downing was
    /// taken for the subject and then moved to actor2 as the aircraft downed, leaving the claim with no doer. An unarmed
    /// speaker (an observatory, residents) tells, and its «أنه» is mostly the pronoun of the matter («أنه قتل»): not read.
    /// </summary>
    internal static ActorHit? SelfTeller(ArticleIndex index, EventCandidate e)
    {
        var self = e.First - 1;
        if (!e.Trigger.IsVerb || self < 0 || !WordRoles.ActorRoles.Is(index.Text, self, "self", true))
        {
            return null;
        }
        var sentence = index.SentenceOf(self);
        var speaker = index.Actors.LastOrDefault(a => a.End <= self && a.End >= self - TellerReach && a.First >= sentence.First && !a.IsNisba);
        if (speaker is not { IsArmed: true } || index.IsPrepositionBefore(speaker) || VerbOfTelling(index, speaker) != "speaker" || !CanDo(e, speaker))
        {
            return null;
        }
        // «في سلسلة تفجيرات، أكد مسؤولون في وزارة الداخلية أنها استهدفت»: after a deed told first in the sentence the
        // pronoun may be that deed's, not the speaker's.
        for (var k = sentence.First; k < speaker.First; k++)
        {
            if (index.IsTrigger(k))
            {
                return null;
            }
        }
        return speaker;
    }

    /// <summary>Tokens from the phrase of exchanging blame to the deed it is about: «تبادلا الاتهامات بشأن إطلاق صاروخ».</summary>
    private const int BlameReach = 6;

    /// <summary>
    /// «وكان النظام السوري والمعارضة قد تبادلا الاتهامات بشأن إطلاق صاروخ … على مدينة خان العسل»: a deed two sides blame
    /// each other for, told right after the phrase in its sentence, has a disputed doer, and the guideline codes none
    /// (docs/annotation.md: competing claims left open, actor1 null), whoever stands before it as the subject.
    /// </summary>
    internal static bool MutuallyBlamed(ArticleIndex index, EventCandidate e) => MutualBlameBefore(index, e) >= 0;

    /// <summary>The first token of the phrase of exchanging blame a deed is told right after, in its sentence, or -1.</summary>
    internal static int MutualBlameBefore(ArticleIndex index, EventCandidate e)
    {
        var roles = WordRoles.ActorRoles;
        var first = Math.Max(index.SentenceOf(e.First).First, e.First - BlameReach - 2);
        for (var k = first; k < e.First; k++)
        {
            if (roles.At(index.Text, k, "mutualblame", true) is { } blame && blame.End <= e.First && e.First - blame.End <= BlameReach)
            {
                return k;
            }
            if (k + 1 <= e.First && e.First - (k + 1) <= BlameReach && IsExchangedBlame(index, k))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// «وقال الجيش في بيان إن الغارات في العراق كانت ضد أهداف للمتطرفين», «قال المتحدث باسم البنتاغون إن الغارة استهدفت»:
    /// a party with aircraft telling of an air raid most often tells of its own (dev sn-a946bf65); the raid a victim tells of
    /// is left to the readings of blame.
    /// </summary>
    private static bool OwnAirRaid(ArticleIndex index, EventCandidate e, ActorHit teller) =>
        !ActorLexicon.HasNoAircraft(teller.ActorId) && index.TriggerHasRole(e, "airraid");

    /// <summary>
    /// «قالت الحكومة السورية إن طائرات حربية إسرائيلية قصفت …. وذكر التلفزيون أن الهجوم وقع»: a party carried from a sentence
    /// where it only tells, through a bare complementizer, of a deed it does not claim, is that sentence's source, no topic
    /// whose doing goes on.
    /// </summary>
    internal static bool ToldBefore(ArticleIndex index, ActorHit carried, EventCandidate e)
    {
        if (carried.End > e.First || VerbOfTelling(index, carried) != "speaker")
        {
            return false;
        }
        var sentence = index.SentenceOf(carried.First);
        var that = ComplementAfter(index, carried, sentence.End);
        return that >= 0 && !OwnForceTold(index, carried, that + 1, Math.Min(sentence.End, that + 1 + TellerReach), null) && !OwnAirRaid(index, e, carried);
    }

    /// <summary>"speaker" or "describe" when such a verb stands a few words before the mention, no trigger or complementizer between, or a verb of saying right after it; else null.</summary>
    private static string? VerbOfTelling(ArticleIndex index, ActorHit actor)
    {
        var roles = WordRoles.ActorRoles;
        var sentence = index.Token(actor.First).Sentence;
        for (var j = actor.First - 1; j >= 0 && j >= actor.First - SpeakerReach && index.Token(j).Sentence == sentence; j--)
        {
            if (!index.Token(j).IsWord)
            {
                continue;
            }
            if (roles.At(index.Text, j, "speaker", true) is { } m && m.End <= actor.First)
            {
                return "speaker";
            }
            if (roles.At(index.Text, j, "describe", true) is { } d && d.End <= actor.First)
            {
                return "describe";
            }
            // A mention inside what another tells («قال نشطاء إن مقاتلي المعارضة هاجموا») is that clause's subject, no teller.
            if (index.IsTrigger(j) || roles.Is(index.Text, j, "that", true) || roles.Is(index.Text, j, "self", true))
            {
                return null;
            }
        }
        return actor.End < index.Count && roles.Is(index.Text, actor.End, "speaker", true) ? "speaker" : null;
    }

    /// <summary>Where the bare complementizer after the mention stands (before <paramref name="end"/>), or -1, also when the first one carries a pronoun.</summary>
    private static int ComplementAfter(ArticleIndex index, ActorHit actor, int end)
    {
        var roles = WordRoles.ActorRoles;
        for (var k = actor.End; k < end && k <= actor.End + TellerReach; k++)
        {
            if (roles.Is(index.Text, k, "self", true))
            {
                return -1;
            }
            if (roles.Is(index.Text, k, "that", true))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>A force or unit noun opening the complement, or a force noun or fighter noun («قواته», «مقاتليه»), or the noun trigger itself, with a pronoun suffix from <paramref name="from"/> up to the trigger (or <paramref name="end"/>): «قواته», «طائراتها», «غاراته».</summary>
    private static bool OwnForceTold(ArticleIndex index, ActorHit teller, int from, int end, EventCandidate? e)
    {
        var last = e is null ? end - 1 : e.Trigger.IsVerb ? e.First - 1 : e.First;
        // «وقالت القوات العراقية إن قوة عراقية مشتركة استهدفت»: a force or unit opening the complement with no party named
        // for it is the teller's own.
        if (from < index.Count && from <= last && (index.IsRole(from, "forcenoun", true) || index.IsRole(from, "unitnoun", true)) && !OtherPartyNamed(index, from + 1, teller))
        {
            return true;
        }
        for (var j = from; j <= last && j < index.Count; j++)
        {
            var token = index.Token(j);
            if (!token.IsWord)
            {
                continue;
            }
            foreach (var reading in token.Segmentations)
            {
                // A sound plural before a pronoun drops its ن: «مقاتليه» is مقاتلين + ه.
                if (reading.Suffix > 0 && ((e is not null && j == e.First) || index.Words.IsWholeWord(reading.Base, "forcenoun") || index.Words.IsWholeWord(reading.Base, "fighter")
                    || (reading.Base.EndsWith('ي') && index.Words.IsWholeWord(reading.Base + "ن", "fighter"))))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>«إن طائرات حربية إسرائيلية»: a party of another country than the teller's named within three words names the force's owner.</summary>
    private static bool OtherPartyNamed(ArticleIndex index, int from, ActorHit teller)
    {
        var country = ActorLexicon.CountryOf(teller.ActorId);
        for (var k = from; k < index.Count && k < from + 3; k++)
        {
            if (index.ActorAt(k) is { } a && a.ActorId != teller.ActorId && (country is null || ActorLexicon.CountryOf(a.ActorId) != country))
            {
                return true;
            }
        }
        return false;
    }
}
