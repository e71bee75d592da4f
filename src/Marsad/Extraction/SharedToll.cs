namespace Marsad.Extraction;

/// <summary>
/// The toll of a complex attack is divided evenly between its bombing and its armed attack, the
/// remainder to the first (docs/annotation.md 6.5 and 4.2; the coders' «complex attacks» decision):
/// «قتل 28 إثر اشتباكات بين الطرفين وتفجيرين انتحاريين» is an ASSAULT and a REMOTE of 14 each. Each
/// event read the same statement of dead in its own sentence as its nearest toll, so without this both
/// carried the whole. Other tolls shared by two events are left whole (see <see cref="IsComplexAttack"/>).
/// Runs on the merged events, so the several tellings of one happening that merge into one event
/// (same type, doer and place) are one event here and never split their toll.
/// </summary>
internal static class SharedToll
{
    public static void Divide(ArticleIndex index, IReadOnlyList<EventCandidate> events)
    {
        var groups = new Dictionary<FatalityMention, List<EventCandidate>>(ReferenceEqualityComparer.Instance);
        foreach (var e in events)
        {
            // Only a count the text gives is a total to divide: an unnumbered plural («سقوط قتلى») or a
            // vague floor («عشرات») is what each event it is said of has, and a toll already divided
            // among coordinated places (SplitToll) or lent from another sentence is left as it is.
            // A list's head whose shares merged back (EventMerger.SharesOfOneToll) holds the whole count again, yet it is
            // still the toll of the places it was divided among, not one to divide with a deed of another type.
            if (!EventTypes.IsArmedEngagement(e.Type) || e.FatalitySource is not { Count: > 1, IsVague: false } m || ReferenceEquals(m, e.DividedToll) || FatalityFinder.IsUnnumbered(m) || e.Fatalities != m.Count
                || index.Token(m.First).Sentence != index.Token(e.First).Sentence)
            {
                continue;
            }
            if (!groups.TryGetValue(m, out var group))
            {
                groups[m] = group = [];
            }
            group.Add(e);
        }
        foreach (var (m, group) in groups)
        {
            if (!IsComplexAttack(group, m) || group.Exists(e => IsInstrument(index, e)))
            {
                continue;
            }
            group.Sort((a, b) => a.First.CompareTo(b.First));
            var n = group.Count;
            for (var i = 0; i < n; i++)
            {
                group[i].Fatalities = (m.Count / n) + (i == 0 ? m.Count % n : 0);
            }
        }
    }

    /// <summary>
    /// A bombing and an armed attack of one named doer counted together: one REMOTE and one ASSAULT with
    /// the same actor1 (two doerless ones are as often a blast and a false attack beside it), neither of
    /// them the killing word of the toll itself («… وتمكنت من قتل 11» is the strike's outcome, not a
    /// second attack), at one place (a shelling «في حين» an advance on a town far off are two
    /// happenings, and the toll is the first one's). Two events of one type sharing a statement are most
    /// often another happening's mention or a false event, and the coders gave the whole toll to the one
    /// they coded (measured: dividing every shared toll lost 8 train tolls for 3); a capture keeps the
    /// toll of its fight whole (docs/annotation.md 8).
    /// </summary>
    private static bool IsComplexAttack(List<EventCandidate> group, FatalityMention toll) =>
        group.Count == 2 && !string.Equals(group[0].Type, group[1].Type, StringComparison.Ordinal)
        && group[0].Actor1?.ActorId is { } doer && string.Equals(doer, group[1].Actor1?.ActorId, StringComparison.Ordinal)
        && group.TrueForAll(e => e.End <= toll.First || e.First >= toll.End)
        && MentionToll.Compatible(group[0], group[1]) && Near(group[0], group[1]);

    /// <summary>
    /// «الهجوم الذي تم تنفيذه بسيارة مفخخة»: a bombing named with «ب» is the means of the attack told
    /// before it, one happening with one toll, not the second half of a complex attack.
    /// </summary>
    private static bool IsInstrument(ArticleIndex index, EventCandidate e) =>
        e.Type == "REMOTE" && e.Reading.Prefix > 0 && index.Token(e.First).Norm[0] == 'ب';

    /// <summary>Places further apart than this are two happenings.</summary>
    private const double SamePlaceKm = 25;

    /// <summary>
    /// No two places far apart: within a few kilometres (a region's centre counts as its spot, so two events
    /// of one «ريف حلب الشمالي» are near, and a region 180 km from a town is not), or one of them unplaced or
    /// placed only in a country, which holds the other's place.
    /// </summary>
    private static bool Near(EventCandidate a, EventCandidate b) =>
        a.Place?.Mention is not { Lat: { } la, Lon: { } loa } pa || b.Place?.Mention is not { Lat: { } lb, Lon: { } lob } pb
        || pa.Precision == "country" || pb.Precision == "country" || Geo.GeoMath.DistanceKm(la, loa, lb, lob) <= SamePlaceKm;
}
