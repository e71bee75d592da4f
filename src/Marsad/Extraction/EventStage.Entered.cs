using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «حيث دخلوا المملكة عبر السياج الحدودي», «65 من رجال الشرطة السوريين دخلوا الحدود العراقية عبر منفذ اليعربية»: CAPTURE
/// reads a verb of entering («دخل», «دخول»: event_words.tsv role enterverb) as taking the place entered («دخل مقاتلو
/// المعارضة جوبر»). A whole country or its frontier as that place is a border crossed: defectors or refugees reaching a
/// neighbour, fighters coming in from abroad. Nobody takes control of anything there (SPEC §2: CAPTURE takes control of a
/// place); train and dev code such entries as an optional WITHDRAW, ASSAULT or MOBILIZE, never as a CAPTURE. A gate, as
/// <see cref="HaltsActivity"/>: the candidate stays among the article's triggers for the keep model's article features.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a verb of entering where its place is read, past a subject of a few words («دخلت قوات الأمن»).</summary>
    private const int EnterReach = 6;

    /// <summary>
    /// Whether <paramref name="e"/> is a CAPTURE on a verb of entering whose first word past its subject and a «إلى» is a word
    /// of a state's whole land or frontier (role territory: «المملكة», «الحدود», «الأراضي») or a place named as a whole
    /// country («دخلوا سوريا»). A town, a quarter or a building there («دخلوا حي جوبر», «دخلت جامعة الأنبار») keeps it.
    /// </summary>
    internal static bool EntersTerritory(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "CAPTURE" || !index.IsRole(e.First, "enterverb", true))
        {
            return false;
        }
        var end = Math.Min(index.ClauseOf(e.First).End, e.End + EnterReach);
        for (var k = e.End; k < end; k++)
        {
            if (!index.Token(k).IsWord || index.InDate(k) || index.IsRole(k, "skip", true) || index.IsRole(k, "enterto"))
            {
                continue;
            }
            // «المملكة» may also be read as the kingdom's government: the word is read before the actor it names.
            if (index.IsRole(k, "territory", true))
            {
                return true;
            }
            if (index.PlaceAt(k) is { } place)
            {
                return place.Mention.Precision == "country";
            }
            if (index.ActorAt(k) is null)
            {
                return false;
            }
        }
        return false;
    }
}
