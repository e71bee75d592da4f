using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «قصف الطيران الحربي حي بابا عمرو حيث تدور اشتباكات», «قصفت طائرات حربية محيط اللواء مستهدفة ثوارا يحاولون اقتحامه»,
/// «شن الطيران غارات على المطار الذي سيطر عليه المقاتلون»: an aircraft or a gun (event_words.tsv role remoteweapon:
/// «الطيران الحربي», «مروحيات», «المدفعية») strikes from afar; it does not clash, storm, take a place or
/// execute anyone. The choice gave such deeds, told beside a strike in the same sentence, the strike's aircraft as their doer,
/// and so a second event of the raid typed as the ground fight. SPEC §2 and docs/annotation.md 6.1 part the two: the
/// strike is REMOTE, the fighting on the ground an ASSAULT (or CAPTURE) of the forces on the ground; a clash that names
/// no attacker keeps actor1 null (train nc-114556eb, nc-81be1d22; dev nc-e02f48ad), and no gold event of train or dev
/// gives a clash, a storming or a capture an aircraft for its doer.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Leaves an aircraft or a gun out of the actor1 options of a ground deed (<see cref="AircraftOnGround"/>).</summary>
    private static void DropAircraftOnGround(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options)
    {
        if (!IsGroundDeed(index, e))
        {
            return;
        }
        var dropped = options.RemoveAll(o => o.Hit is { } hit && NamesRemoteWeapon(index, hit));
        if (TraceChoices && dropped > 0)
        {
            Console.Error.WriteLine($"trace: doer rule aircraft-on-ground «{index.Text.TextOf(e.First, e.End)}» leaves {dropped} option(s) out");
        }
    }

    /// <summary>Whether <paramref name="doer"/> names an aircraft or a gun and <paramref name="e"/> is a deed done on the ground.</summary>
    private static bool AircraftOnGround(ArticleIndex index, EventCandidate e, ActorHit doer) =>
        NamesRemoteWeapon(index, doer) && IsGroundDeed(index, e);

    /// <summary>
    /// A capture, or a deed whose trigger's first word is one of close combat or fighting (event_words.tsv roles smallarms,
    /// clash, clashverb: «اشتباكات», «اقتحام», «معارك», «كمين»), or of executing (role grounddeed: «أعدم», «إعدام»).
    /// </summary>
    private static bool IsGroundDeed(ArticleIndex index, EventCandidate e) =>
        e.Type == "CAPTURE" || index.IsRole(e.First, "smallarms", true) || TypeRules.IsClashWord(index, e) || index.IsRole(e.First, "grounddeed", true);

    private static bool NamesRemoteWeapon(ArticleIndex index, ActorHit actor)
    {
        for (var k = actor.First; k < actor.End; k++)
        {
            if (TypeRules.TypeCues.Is(index, k, "remoteweapon"))
            {
                return true;
            }
        }
        return false;
    }
}
