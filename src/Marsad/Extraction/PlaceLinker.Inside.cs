namespace Marsad.Extraction;

internal static partial class PlaceLinker
{
    /// <summary>Tokens a town may stand before the governorate that holds it, with a complement between («الحدودي مع العراق», «على طريق دمشق عمان»).</summary>
    private const int InsideReach = 10;

    /// <summary>
    /// «سيطروا على قيادة اللواء الواقع بالقرب من بلدة صيدا على طريق دمشق عمان في محافظة درعا بعد
    /// اشتباكات», «استعادت القوات معبر اليعربية الحدودي مع العراق في محافظة الحسكة»: a governorate or
    /// district behind «في/ب» after a town of its own governorate, with no deed told between them,
    /// is where that town lies even when a complement of the town (a border, a road and its ends)
    /// keeps the two apart, so the frame walk (<see cref="Frames"/>) that needs them side by side
    /// goes on back to the town. A town of another governorate («من بلدة X … في محافظة Y») is
    /// another place, a town one comes from or goes to is no setting, and a town that names a
    /// hospital (<see cref="CaredAt"/>) is where the hurt or dead were brought.
    /// </summary>
    private static int InsideFrame(ArticleIndex index, List<Candidate> candidates, int chosen)
    {
        var frame = candidates[chosen];
        if (frame.IsReference || RankOf(frame) != 1 || frame.Place.Mention.Admin1 is not { } admin1 || RoleOf(index, frame) != PlaceRole.At)
        {
            return chosen;
        }
        for (var j = chosen - 1; j >= 0; j--)
        {
            var c = candidates[j];
            if (c.IsReference || frame.Token - c.Place.End > InsideReach || index.HasTriggerIn(c.Place.End, frame.Token))
            {
                return chosen;
            }
            if (RankOf(c) == 0 && string.Equals(c.Place.Mention.Admin1, admin1, StringComparison.Ordinal) && !IsLandmark(index, c)
                && RoleOf(index, c) is not (PlaceRole.Origin or PlaceRole.Toward))
            {
                // «مستشفى سنجار العام في محافظة نينوى تسلم جثث»: a town that names a hospital is where the dead were brought.
                return HealthHeadBefore(index, c.Place.First, index.Token(c.Place.First).Sentence) >= 0 ? chosen : j;
            }
        }
        return chosen;
    }

    /// <summary>
    /// «سيطر الجيش الحر على مقرات أمنية في منطقة تل حميس، بمحافظة الحسكة», «الهجوم على مطار كويرس
    /// العسكري، بريف حلب الشرقي»: a governorate or district behind «في/ب» after a comma, with no «و»,
    /// that holds the chosen town is where the town lies, no second member of a list (SPEC §6's one event
    /// per place is for places joined as a list: «في حي القابون، وفي ريف درعا» stays a list).
    /// </summary>
    private static bool CommaFrame(ArticleIndex index, Candidate chosen, Candidate c, int end) =>
        !chosen.IsReference && RankOf(chosen) == 0 && RankOf(c) == 1 && c.Place.Mention.Admin1 is { } admin1
        && string.Equals(admin1, chosen.Place.Mention.Admin1, StringComparison.Ordinal)
        && RoleOf(index, c) == PlaceRole.At && !AndBetween(index, end, c.Token);
}
