using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «أفاد مصدر في الشرطة بأن مسلحين مجهولين اغتالوا عضوا في المجلس البلدي»: an attack on civilians whose victim the type rules
/// read as a person of no party and of no force (a civilian noun, a civil office, a former officer) is coded with actor2 CIV
/// (SPEC §2, annotation.md 6.1). The actor2 choice weighs the actors of the sentence and may show the police that told it or
/// the army the victim once served in (hand-reads W3, V34); the victim the rules read says better whom the deed aimed at.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Sets the civilians the rules read as <paramref name="e"/>'s actor2 when it is an attack on civilians whose clause names
    /// civilian victims and no fighter, and the actor2 it would show is none or an armed party; true when actor2 changed.
    /// </summary>
    private static bool CiviliansTargeted(ArticleIndex index, EventCandidate e, TypeRules.TypeCues cues)
    {
        if (e.Type != "ATTACK_CIVILIANS" || !cues.Civilian || cues.Fighter)
        {
            return false;
        }
        var shown = ShownActor2(e);
        if (shown is not null && (shown.ActorId is "CIV" or "PROTESTERS" || !shown.IsArmed))
        {
            return false;
        }
        // «أوقعت قتلى في صفوف مجموعات ارهابية مسلحة»: an armed party named as the deed's object is its target whatever
        // else the clause names; one told elsewhere (the police a source belongs to) is not.
        if (shown is not null && IsObjectOf(index, e, shown) && !TypeRules.IsFormerArmed(index, shown.First))
        {
            return false;
        }
        if (CivilianVictim(index, e) is not { } victim)
        {
            return false;
        }
        e.Actor2 = victim;
        return true;
    }

    /// <summary>
    /// The civilian victim nearest <paramref name="e"/> in its sentence, within <see cref="VictimReach"/> tokens either side and
    /// outside its doer: an actor of civilians or protesters as it stands, any other victim of no party (TypeRules.VictimAt)
    /// as CIV at its token.
    /// </summary>
    private static ActorHit? CivilianVictim(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        for (var d = 1; d <= VictimReach; d++)
        {
            foreach (var k in (ReadOnlySpan<int>)[e.End - 1 + d, e.First - d])
            {
                if (k < sentence.First || k >= sentence.End || (e.Actor1 is { } doer && k >= doer.First && k < doer.End)
                    || !TypeRules.VictimAt(index, e, k).Civilian || !TypeRules.NamesVictim(index, k))
                {
                    continue;
                }
                return index.ActorAt(k) is { ActorId: "CIV" or "PROTESTERS" } named
                    ? named
                    : new ActorHit(k, k + 1, index.Text.SpanOf(k, k + 1), "CIV", Entry: CiviliansEntry);
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="hit"/> stands after <paramref name="e"/> in its clause, within the target window.</summary>
    private static bool IsObjectOf(ArticleIndex index, EventCandidate e, ActorHit hit) =>
        hit.First >= e.End && hit.First < e.End + TargetReach && index.Token(hit.First).Clause == index.Token(e.First).Clause;

    /// <summary>Tokens after a trigger where an armed actor is read as its object (as TypeRules reads its target).</summary>
    private const int TargetReach = 8;
}
