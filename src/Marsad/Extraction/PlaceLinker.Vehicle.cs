using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>Whose a vehicle is: «الطائرة السورية», «القافلة السورية», «الطائرات الحربية التركية».</summary>
internal static partial class PlaceLinker
{
    /// <summary>Attributes that may stand between a vehicle's noun and its nationality («الطائرات الحربية التركية»), at most.</summary>
    private const int VehicleAttributes = 2;

    /// <summary>
    /// «ألقت القبض عليهم لدى وصولهم على الطائرة السورية», «الغارة على القافلة السورية», «قصفت الطائرات الحربية
    /// التركية مواقع»: a country's nisba adjective read as the country, right after the definite noun of a
    /// vehicle, a craft or a convoy (place_vehicle_nouns.tsv) and at most two definite attributes, says whose the
    /// vehicle is or where it is registered, not where a deed was: the plane lands elsewhere, the warplanes strike
    /// abroad. Only the mention is skipped: the deed may be in that country too, told by its name.
    /// An indefinite «طائرة سورية» is not read: «سورية» is also the country's own name.
    /// </summary>
    internal static bool OwnerOfVehicle(ArticleIndex index, PlaceHit p)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        var token = index.Token(p.First);
        if (p.End != p.First + 1 || !token.IsWord || !lexicon.Nationalities.ContainsKey(token.Norm))
        {
            return false;
        }
        for (var k = p.First - 1; k >= Math.Max(0, p.First - 1 - VehicleAttributes); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != token.Sentence || !t.IsWord)
            {
                return false;
            }
            // The vehicle list holds definite nouns, and only definite attributes may stand between it and the nisba.
            if (Text.DefiniteForm.WithArticle(t.Norm) is not { } word)
            {
                return false;
            }
            if (lexicon.VehicleNouns.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
