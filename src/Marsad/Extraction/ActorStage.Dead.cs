using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>Tokens back from «مجهولي الهوية» to the noun of the dead or the verb of dying it qualifies: «استشهد 7 مقاتلين من الكتائب المقاتلة».</summary>
    private const int DeadReach = 8;

    /// <summary>
    /// Whether the adjective «مجهولي الهوية» (actor_roles.tsv unknownof) at <paramref name="first"/> qualifies the dead:
    /// a noun of bodies (corpse: «جثث لرجال»), of persons in general (event_words.tsv person: «ثلاثة وعشرين شخصا»), or a
    /// verb of dying (actor_roles.tsv dying: «استشهد», «قتلوا», «لقي») before it in its clause. The phrase is an adjective
    /// and no noun: it names attackers only through a head of armed men («المسلحين مجهولي الهوية») or a side of a fight
    /// («بين لبنانيين مجهولي الهوية»). A preposition of the doer or a noun of armed men between («على يد عدد من المسلحين», «برصاص مسلحين») keeps it the attackers.
    /// </summary>
    private bool IsOfTheDead(AnalyzedText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - DeadReach); k--)
        {
            var token = text.Tokens[k];
            if (token.Kind == TokenKind.Punctuation && !token.IsDoubleQuote)
            {
                return false;
            }
            // «برصاص عدد من المسلحين مجهولي الهوية»: a noun of armed men is the head the adjective qualifies.
            if (WordRoles.ActorRoles.Is(text, k, "agent", true) || words.Is(text, k, "gunman", true))
            {
                return false;
            }
            if (WordRoles.ActorRoles.Is(text, k, "corpse", true) || WordRoles.ActorRoles.Is(text, k, "dying", true) || words.Is(text, k, "person", true))
            {
                return true;
            }
        }
        return false;
    }
}
