using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «ندد حزب الله اللبناني بالتفجيرات الإرهابية في العراق», «الولايات المتحدة تدين إطلاق الصواريخ»: the subject of a verb of condemning, after it or before it,
/// (actor_roles.tsv role condemn) denounces the deed its complement names; it neither did it nor
/// suffered it (docs/annotation.md 4.4 and 6.3). The learned choice already leaves the rules' condemner
/// out of its options; a doer rule run after it could still give the deed its condemner. The deed keeps
/// no doer then: the guideline names the doer the text gives, and the condemnation is its own ACCUSE.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>How far past the condemner the condemned deed may start: the verb's complement, not a later clause.</summary>
    private const int CondemnedReach = 6;

    private static bool CondemnerAsDoer(ArticleIndex index, EventCandidate e, ActorHit doer) =>
        (EventTypes.IsLethalViolence(e.Type) || e.Type is "CAPTURE" or "ARREST")
        && doer.End <= e.First && e.First - doer.End <= CondemnedReach
        && index.Token(doer.First).Clause == index.Token(e.First).Clause
        && (ActorArguments.CondemnsDeedAt(index, doer, e.First) || ActorArguments.CondemnsDeedAfter(index, doer, e.First));
}
