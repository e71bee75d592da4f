using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// The state's name, with no clitic of its own, right after a bare compass noun of its clause (place_directions.tsv
    /// form noun, no article: «شمال سوريا», «بشرق سوريا», «جنوب غربي العراق»): the genitive of a part of the country,
    /// a place. Read as the state, the side of the country where a deed was done became its doer («إن مقاتلين
    /// إسلاميين سيطروا على مداخل السد» after «في محافظة الرقة بشرق سوريا» went to the regime's army).
    /// </summary>
    private static bool IsCompassGenitive(AnalyzedText text, PhraseMatch<ActorEntry> m)
    {
        var before = m.First - 1;
        if (before < 0 || m.FirstReading.Prefix != 0 || text.Tokens[before].Clause != text.Tokens[m.First].Clause)
        {
            return false;
        }
        var compass = Geo.PlaceLexicon.Default.DirectionNouns;
        foreach (var r in text.Tokens[before].Segmentations)
        {
            if (r.Suffix == 0 && !r.HasArticle && compass.ContainsKey(r.Base))
            {
                return true;
            }
        }
        return false;
    }
}
