using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>Those who find or recover the dead are no doers of the killing.</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from a verb of finding to the noun of the dead it found («عثرت قوة أمنية في حي الجزائر على جثة»).</summary>
    private const int CorpseReach = 6;

    /// <summary>
    /// «عثرت قوة أمنية على جثة رجل قضى ذبحا», «قوة من الشرطة عثرت على جثة المختطف», «انتشلت فرق الإنقاذ جثث»: the party
    /// named right before or right after a verb of finding, recovering or receiving (actor_roles.tsv finder) whose object
    /// is a noun of the dead (corpse) came upon the dead after the deed; the deed told after it in its sentence is not its
    /// own (review31 finding 15). Like a source or an investigator, it is no doer; the doer, if any, is named elsewhere.
    /// </summary>
    private static bool FoundBy(ArticleIndex index, EventCandidate e, ActorHit party)
    {
        var roles = Lexicons.WordRoles.ActorRoles;
        var sentence = index.Token(e.First).Sentence;
        if (party.First >= index.Count || index.Token(party.First).Sentence != sentence || party.End > e.First)
        {
            return false;
        }
        // The verb right before the party («عثرت قوة أمنية») or right after it («قوة أمنية عثرت»).
        int verb;
        if (party.First > 0 && roles.Is(index.Text, party.First - 1, "finder", true))
        {
            verb = party.First - 1;
        }
        else if (party.End < e.First && roles.Is(index.Text, party.End, "finder", true))
        {
            verb = party.End;
        }
        else
        {
            return false;
        }
        // The dead it found, after the verb and before the deed.
        for (var k = verb + 1; k < e.First && k <= verb + CorpseReach + (party.End - party.First); k++)
        {
            if (index.Token(k).Sentence != sentence)
            {
                return false;
            }
            if (roles.Is(index.Text, k, "corpse", true))
            {
                return true;
            }
        }
        return false;
    }
}
