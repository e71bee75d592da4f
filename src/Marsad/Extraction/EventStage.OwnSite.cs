using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The besieger or taker of a military site is not the state whose forces hold it.</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens between a siege or capture word and the site it governs («السيطرة على مطار»: «على»; an adjective).</summary>
    private const int SiteReach = 3;

    /// <summary>At most this many words (the site's name) between the site noun and its adjective «العسكري».</summary>
    private const int SiteNameReach = 2;

    /// <summary>
    /// «اشتباكات بين مقاتلي الكتائب والقوات النظامية ومعلومات عن محاصرة حاجز العلان العسكري», «سيطرتها على مطار عسكري»:
    /// a site noun (actor_roles.tsv holding: «حاجز», «مطار», «ثكنة») that an adjective of the military (event_words.tsv
    /// militaryadj: «العسكري», «عسكرية») names as the army's, besieged or taken, is besieged or taken by the army's enemy:
    /// a state's forces besiege and take no site of their own (hand-read 07h S34). The deed read as those forces' own
    /// goes to the other side the rules read, the forces becoming its target; with no other side, to no one. A retaking
    /// («استعادة», «إعادة السيطرة») is the forces' own and stands.
    /// </summary>
    private static bool TakesOwnSite(ArticleIndex index, EventCandidate e)
    {
        if (e.Type is not ("BLOCKADE" or "CAPTURE") || e.Actor1 is not { } forces || ActorLexicon.GovernmentOf(forces.ActorId) is null
            || index.IsRole(e.First, "retake", true) || index.IsRole(e.First - 1, "again", true))
        {
            return false;
        }
        var end = index.ClauseOf(e.First).End;
        for (var k = e.End; k < Math.Min(end, e.End + SiteReach); k++)
        {
            if (WordRoles.ActorRoles.Is(index.Text, k, "holding", true))
            {
                return IsMilitarySite(index, k, end);
            }
            if (!index.Token(k).IsWord || index.ActorAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The site noun at <paramref name="site"/> has an adjective of the military after its name, and no party named between.</summary>
    private static bool IsMilitarySite(ArticleIndex index, int site, int end)
    {
        for (var k = site + 1; k < Math.Min(end, site + 2 + SiteNameReach); k++)
        {
            if (index.IsRole(k, "militaryadj"))
            {
                return true;
            }
            if (!index.Token(k).IsWord || index.ActorAt(k) is not null || index.IsRole(k, "prep"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The deed <see cref="TakesOwnSite"/> reads goes to the other side, the forces becoming its target.</summary>
    private static void GiveSiteToEnemy(ArticleIndex index, EventCandidate e)
    {
        var forces = e.Actor1!;
        // The other side may be the choice's actor2 only («محاصرة» after a clash pair: a2 shown, no rule's), or, with none,
        // the last armed party of another side named before the deed in its sentence (the clash's other side).
        var enemy = IsEnemy(ShownActor2(e), forces) ? ShownActor2(e) : null;
        var sentence = index.SentenceOf(e.First);
        for (var i = index.FirstActorFrom(sentence.First); enemy is null && i < index.Actors.Count && index.Actors[i].End <= e.First; i++)
        {
            if (IsEnemy(index.Actors[i], forces) && !index.Actors[i].IsNisba)
            {
                enemy = index.Actors[i];
            }
        }
        SetDoer(index, e, enemy);
        e.Actor2 = forces;
    }

    private static bool IsEnemy(ActorHit? other, ActorHit forces) =>
        other is { IsArmed: true } && !string.Equals(ActorLexicon.StateOf(other.ActorId), ActorLexicon.StateOf(forces.ActorId), StringComparison.Ordinal);
}
