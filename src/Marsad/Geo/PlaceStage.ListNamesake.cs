namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// Within this of a list partner a namesake lies where the list is: the villages and quarters of
    /// one list («قرى العنكاوي والزقوم والزيادية», «أحياء جوبر والقابون وبرزة») lie a few to a few
    /// tens of kilometres apart, while the namesakes that misplaced them lay 100–350 km off.
    /// </summary>
    private const double ListNearKm = 60;

    /// <summary>
    /// A small place named in a list headed by a village or quarter word («قرى الحواش والزقوم
    /// والزيادية», «أحياء جوبر والقابون وبرزة», «بين بلدات تل شهاب وخراب») lies beside the other
    /// members: when its chosen
    /// namesake is more than <see cref="ListNearKm"/> from every resolved member of its list and
    /// another namesake lies within it, that one is taken; when none does, the sources lack the
    /// member and it is put at its nearest list partner the article settled (one chosen among
    /// namesakes, or a curated place) with region precision, as a quarter is put
    /// at its city. Only a village-sized name (prior under 2.5) moves: a town of weight in a list
    /// («دمشق وحلب») is read as itself. The partners are the list's own members that are towns,
    /// villages or quarters, read with the namesake the document chose for them. A namesake within
    /// <see cref="ListNearKm"/> of one of the article's anchors stays: the article places it there.
    /// </summary>
    private void PlaceListMemberNearPartners(List<Match> matches, AnchorIndex anchors)
    {
        var partners = new List<Match>();
        foreach (var x in matches)
        {
            if (!x.Accepted || x.Chosen < 0 || x.Relative is not null || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative || x.Frame is not null
                || x.Nation is not null || !IsPlaceOfList(x.Chosen) || TwinPrior(x, x.Chosen) >= 2.5)
            {
                continue;
            }
            var head = x;
            while (head.ListBefore is not null)
            {
                head = head.ListBefore;
            }
            // «قرى …», «بلدات …», «أحياء …»: the members are villages or quarters of one area. A list of
            // towns («قرب الموصل وتلعفر ومخمور», «الحسكة وحلب وكوباني») spans a province and more.
            if (!head.VillageCue && head.CueKind != "district")
            {
                continue;
            }
            partners.Clear();
            for (var p = x.ListBefore; p is not null; p = p.ListBefore)
            {
                AddPartner(partners, p);
            }
            for (var p = x.ListAfter; p is not null; p = p.ListAfter)
            {
                AddPartner(partners, p);
            }
            // A namesake the article's anchors stand beside is the article's own («بين بلدات تل شهاب
            // وخراب الشحم» near Daraa): there the partner is the misread one.
            if (partners.Count == 0 || NearestPartnerKm(partners, x.Chosen) <= ListNearKm || anchors.NearestKm(G.LatOf(x.Chosen), G.LonOf(x.Chosen), ListNearKm) <= ListNearKm)
            {
                continue;
            }
            var best = -1;
            var bestKm = double.MaxValue;
            foreach (var r in x.Rows)
            {
                if (!IsPlaceOfList(r))
                {
                    continue;
                }
                var d = NearestPartnerKm(partners, r);
                if (d < bestKm)
                {
                    (best, bestKm) = (r, d);
                }
            }
            if (best >= 0 && bestKm <= ListNearKm)
            {
                x.Chosen = best;
                continue;
            }
            // The partner must say where the list is: one the article chose among namesakes, or a
            // curated place. A lone hamlet row («البو جاسم» in Karbala, of a list east of Ramadi)
            // is as likely the misplaced one.
            var settled = partners.Where(p => p.Rows.Length > 1 || G.IsFeatureRow(p.Chosen)).ToList();
            if (settled.Count == 0)
            {
                continue;
            }
            var nearest = settled.MinBy(p => GeoMath.DistanceKm(G.LatOf(p.Chosen), G.LonOf(p.Chosen), G.LatOf(x.Chosen), G.LonOf(x.Chosen)))!;
            x.Relative = (G.LatOf(nearest.Chosen), G.LonOf(nearest.Chosen), nearest.Chosen);
        }
    }

    private void AddPartner(List<Match> partners, Match p)
    {
        if (p.Accepted && p.Chosen >= 0 && p.Relative is null && p.Bearing < 0 && p.Phrase is null && !p.CountryRelative && IsPlaceOfList(p.Chosen))
        {
            partners.Add(p);
        }
    }

    private double NearestPartnerKm(List<Match> partners, int row)
    {
        var min = double.MaxValue;
        foreach (var p in partners)
        {
            min = Math.Min(min, GeoMath.DistanceKm(G.LatOf(p.Chosen), G.LonOf(p.Chosen), G.LatOf(row), G.LonOf(row)));
        }
        return min;
    }

    /// <summary>A town, village or quarter: a governorate's or a country's point says nothing of where a village beside it lies.</summary>
    private bool IsPlaceOfList(int row)
    {
        var type = G.TypeOf(row);
        return Gazetteer.IsTownType(type) || Gazetteer.IsQuarterType(type);
    }
}
