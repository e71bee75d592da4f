using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «غارة جوية على بلدة في ريف حلب», «قصف بالطيران الحربي على أحياء حمص»: an air raid is flown by a
/// state or its allies. A party with no aircraft (airless_actors.tsv: the Syrian rebels, ISIL, Nusra,
/// the PKK, unnamed gunmen) that the choice gives one is the raid's target or a party of the report
/// around, never its doer; the guideline then keeps actor1 null unless the text names the flyer
/// (docs/annotation.md 6.3). No train or dev gold event gives such a party an air raid (0 of 64 REMOTE
/// events whose evidence has «غارة» or an aircraft word); the pool of main gave 39.
/// </summary>
public sealed partial class EventStage
{
    private static bool AirRaidWithoutAircraft(ArticleIndex index, EventCandidate e, ActorHit doer) =>
        EventTypes.IsLethalViolence(e.Type) && ActorLexicon.HasNoAircraft(doer.ActorId) && (IsAirRaid(index, e) || ByAircraft(index, e));

    /// <summary>«قصف بالطيران الحربي», «قصف بالطائرات»: a word of aircraft with «ب» of the means right after the trigger, in its clause.</summary>
    private static bool ByAircraft(ArticleIndex index, EventCandidate e)
    {
        var clause = index.Token(e.First).Clause;
        for (var k = e.First; k < Math.Min(index.Count, e.End + 2) && index.Token(k).Clause == clause; k++)
        {
            if (index.Token(k).Norm.StartsWith('ب') && index.Words.IsWord(index.Text, k, "aircraft"))
            {
                return true;
            }
        }
        return false;
    }
}
