using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «وأشار إلى مقتل 11 من داعش جراء استهداف مبنى …، بينما قتل 29 منهم في استهداف لمنطقة …», «وقال ضابط في شرطة سامراء
/// "قتل خمسة من عناصر الصحوة … في هجوم استهدف نقطة تفتيش"»: a deed told in the sentence that counts the dead of a named
/// party before it (`EventStage.IsDeadSide`: a count, a partitive «من», «صفوف» or a noun of its men after a killing word) is
/// told from the side that suffered it. That party never did the deed that killed its men, whether the deed reached it as
/// the sentence's topic or carried from the sentences before (handread 07i, U8: ISIL, whose men were killed, coded as the
/// striker of coalition raids). When the dead are an armed party's, a doer carried as a topic (of the sentence or of the
/// text before) is no doer either: the sentence names the fighters killed, not who struck them (U15: the police whose
/// officer tells of an attack on Sahwa men). Dead civilians are left: a shelling that kills them is mostly told after the
/// shelling side, which the running topic then carries (the first pool run: 3 of 4 such rows lost a right doer). A clash
/// keeps its sides, both lose men in it; a definite deed noun («في القصف», «في الهجوم») refers back to a deed told
/// before, and keeps its doer.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Tokens from a killing verb to the party whose dead it counts: «قتل خمسة من عناصر» puts three between.</summary>
    private const int KilledReach = 4;

    /// <summary>True when the carried doer is the party counted dead before the deed in its sentence, or is a topic carried past an armed party's dead.</summary>
    private static bool IsCountedDeadSide(ArticleIndex index, EventCandidate e, ActorHit doer, bool carried, int sentenceFirst)
    {
        // Only the deed that killed them: a killing verb, or a noun behind a preposition of cause («جراء استهداف», «في هجوم»).
        // «قتلت عشرين عنصرا لقوات النظام خلال محاولتهم اقتحام الحي»: an attacker loses men in its own storming.
        if (!EventTypes.IsLethalViolence(e.Type) || TypeRules.IsClashWord(index, e) || !(e.Trigger.IsVerb || PatientBefore.CauseBefore(index, e)))
        {
            return false;
        }
        var topic = carried && !IsDefiniteNoun(index, e);
        var doerId = ArmedFormFor(index, e, doer).ActorId;
        // A killing verb's own dead stand right after it («قتل خمسة من عناصر الصحوة»).
        var to = e.Trigger.IsVerb ? e.End + KilledReach : e.First;
        for (var i = index.FirstActorFrom(sentenceFirst); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            if (a.IsNisba || (a.First >= e.First && a.First < e.End) || !EventStage.IsDeadSide(index, a))
            {
                continue;
            }
            if ((topic && a.IsArmed && doer.First < a.First) || a.ActorId == doer.ActorId || ArmedFormFor(index, e, a).ActorId == doerId)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsDefiniteNoun(ArticleIndex index, EventCandidate e) =>
        !e.Trigger.IsVerb && DefiniteForm.IsDefinite(index.Token(e.First).Norm);
}
