using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>Where the people of a deed come from: «الذين ينتمون إلى قضاء تلعفر», «عائلات متحدرة من الفوعة», «نازحي الزبداني».</summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// «فجر نفسه وسط مسلحين تركمان الذين ينتمون إلى قضاء تلعفر», «عائلات متحدرة من الفوعة وكفريا موجودة في
    /// ضاحية السيدة زينب تظاهرت», «حملة اعتقالات لنازحي الزبداني من بلودان»: a place after a word of belonging or
    /// descent and its «إلى»/«من» (place_journey_words.tsv kind home), or right after a noun of the displaced
    /// of a place (kind homeof), says where people come from, not where a deed befell or was done by them,
    /// whatever the deed's type and wherever it is told. «أهالي X», «أبناء X» are not read: the people of a
    /// town are most often hurt or protest in it.
    /// A participle of coming before «من» (kind from: «الطائرة السورية القادمة من دمشق», «المسلحين القادمين من
    /// لحج») says where the vehicle or the people came from; before «إلى» it is where they arrive, and is left.
    /// So does «من» right after a vehicle's noun or its nationality («على الطائرة السورية من دمشق»).
    /// </summary>
    internal static bool HomeOfPeople(ArticleIndex index, PlaceHit p)
    {
        if (GoverningWord(index, p) is not { } governor)
        {
            return false;
        }
        var words = Geo.PlaceLexicon.Default.JourneyWords;
        if (words.TryGetValue(Bare(index.Token(governor).Norm), out var own))
        {
            return own == "homeof";
        }
        var role = PlaceGovernors.OpensOrigin(index.Text, governor) ? PlaceRole.Origin : PlaceGovernors.RoleOfWord(index.Token(governor).Norm);
        if (role is not (PlaceRole.Toward or PlaceRole.Origin) || governor == 0)
        {
            return false;
        }
        var before = index.Token(governor - 1);
        if (before.Sentence != index.Token(p.First).Sentence || !before.IsWord)
        {
            return false;
        }
        // «على الطائرة السورية من دمشق», «رحلة الطائرة من دمشق»: a vehicle's «من» is where it came from.
        if (role == PlaceRole.Origin && (Text.DefiniteForm.WithArticle(before.Norm) is { } vehicle && Geo.PlaceLexicon.Default.VehicleNouns.Contains(vehicle)
            || (index.PlaceAt(governor - 1) is { } owner && owner.End == governor && OwnerOfVehicle(index, owner))))
        {
            return true;
        }
        return words.TryGetValue(Bare(before.Norm), out var kind) && (kind == "home" || (kind == "from" && role == PlaceRole.Origin));
    }

    /// <summary>A word without the conjunction or the preposition «ل» written on it («لنازحي», «والمتحدرين»).</summary>
    private static string Bare(string norm)
    {
        var w = Text.Proclitics.WithoutOne(norm, Text.Proclitics.And, 3);
        var bare = Text.Proclitics.WithoutOne(w, "لب", 3);
        return !ReferenceEquals(bare, w) && Geo.PlaceLexicon.Default.JourneyWords.ContainsKey(bare) ? bare : w;
    }
}
