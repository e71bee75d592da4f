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
    /// <summary>
    /// The whole sentence after the condemner, not only the verb's complement: a condemnation goes on to tell the deed it
    /// condemns in a clause of its own («تدين إطلاق الصواريخ على حلب، وآخر هذه الهجمات أطلقت خلالها صواريخ سكود»,
    /// «أدانت الهجمات الصاروخية التي تم شنها ضد حلب، والتي كان آخرها الهجوم …»), and a clause that names no doer leaves
    /// the condemner the nearest party. In the conflict pool of session 33 the 4 deeds whose doer was the condemner of
    /// their sentence were all someone else's (3 copies of one Scud strike on Aleppo given to the USA, an Israeli raid
    /// given to Saudi Arabia); a condemner that acts names itself again («وردت قواتها بقصف»), a mention of its own.
    /// </summary>
    private static bool CondemnerAsDoer(ArticleIndex index, EventCandidate e, ActorHit doer) =>
        (EventTypes.IsLethalViolence(e.Type) || e.Type is "CAPTURE" or "ARREST")
        && doer.End <= e.First
        && (ActorArguments.CondemnsDeedAt(index, doer, e.First) || ActorArguments.CondemnsDeedAfter(index, doer, e.First));
}
