namespace Marsad.Extraction;

/// <summary>
/// One happening told several times in an article is one event (SPEC §1): candidates of the same
/// type, modality and doer at the same place merge into the first; a back-reference («هجوم «داعش»
/// هذا») or an event placed only by its sentence merges into an earlier event of the same type and
/// doer. Towns one sentence lists for one trigger stay apart. The first keeps its
/// evidence and takes the date, dead and target the others add.
/// </summary>
internal static partial class EventMerger
{
    private const double SamePlaceKm = 5;

    public static List<EventCandidate> Merge(ArticleIndex index, List<EventCandidate> candidates)
    {
        var kept = new List<EventCandidate>();
        foreach (var e in candidates)
        {
            var into = kept.FirstOrDefault(k => SameHappening(index, k, e));
            if (into is null)
            {
                kept.Add(e);
                continue;
            }
            TraceMerge(index, e, into, e.Anaphoric ? "anaphoric" : e.PlaceSource == "sentence" ? "sentence place" : "same place");
            into.Date ??= e.Date is { Value: not null } ? e.Date : null;
            // A later telling that counts dead says more than an earlier «no casualties reported», and a
            // numbered toll more than a lead's unnumbered «قتلى وجرحى» (docs/annotation.md 8: the fuller figure).
            // A total over a counted series of deeds gives way to the count one itemised telling states (EventMerger.Totals).
            // A tally told as risen («وارتفعت حصيلة القتلى في الانفجار … الى 49») is the deed's latest count and replaces an earlier one.
            if (SharesOfOneToll(into, e) || AnotherDeedsDead(index, into, e))
            {
                into.Fatalities += e.Fatalities;
            }
            else if ((into.Fatalities is null or 0 && e.Fatalities is > 0) || (IsUnnumbered(into) && e.Fatalities is > 0 && !IsUnnumbered(e))
                || TakesItemisedToll(index, into, e) || Risen(into, e))
            {
                into.Fatalities = e.Fatalities;
                into.FatalitySource = e.FatalitySource;
            }
            into.Fatalities ??= e.Fatalities;
            into.Actor2 ??= e.Actor2;
            into.Route ??= e.Route;
            into.Attribution ??= e.Attribution;
            into.Confidence = Math.Max(into.Confidence, e.Confidence);
        }
        FoldKillingsIntoDeeds(index, kept);
        return FoldSameTolls(index, FoldLeadsIntoTowns(index, MergeAcrossDoers(index, kept)));
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("MARSAD_TRACE") == "1";

    /// <summary>MARSAD_TRACE=1: which telling a merge folded into which, and by which rule (where a gold event goes when it is merged away).</summary>
    private static void TraceMerge(ArticleIndex index, EventCandidate loser, EventCandidate winner, string rule)
    {
        if (Trace)
        {
            Console.Error.WriteLine(FormattableString.Invariant(
                $"trace: merge {loser.Type} a1={loser.Actor1?.ActorId ?? "-"} @{loser.Place?.Mention.Name ?? "-"}({loser.PlaceSource}) «{index.Text.TextOf(loser.First, loser.End)}» toll={(object?)loser.Fatalities ?? "-"} into a1={winner.Actor1?.ActorId ?? "-"} @{winner.Place?.Mention.Name ?? "-"} «{index.Text.TextOf(winner.First, winner.End)}» toll={(object?)winner.Fatalities ?? "-"} ({rule})"));
        }
    }

    /// <summary>
    /// «11 قتيلا … القذائف التي أطلقتها المعارضة على شارعي الثورة وبغداد وحي باب توما والعباسيين في دمشق»: a toll told for
    /// places one sentence lists is divided among them (EventStage.SplitToll), and when the merger then reads two of those places
    /// as one (quarters of one city: docs/annotation.md 4.8, one event per place), the one event has the dead of both shares, as
    /// the sentence told them together. Only two copies of one list that still carry their shares of one statement.
    /// </summary>
    private static bool SharesOfOneToll(EventCandidate into, EventCandidate e) =>
        ReferenceEquals(into.ListHead ?? into, e.ListHead ?? e) && into.FatalitySource is { } m && ReferenceEquals(m, e.FatalitySource)
        && into.Fatalities is int a && a > 0 && e.Fatalities is int b && b > 0 && a + b <= m.Count;

    /// <summary>The later telling's toll is a risen tally of the deed, above the earlier telling's own count and not itself risen.</summary>
    private static bool Risen(EventCandidate into, EventCandidate e) =>
        e.FatalitySource is { IsRisen: true, IsVague: false } r && e.Fatalities == r.Count && into.Fatalities is { } had && r.Count > had
        && into.FatalitySource is not { IsRisen: true };

    /// <summary>The toll is the unnumbered plural's 3 («سقوط قتلى», «مقتل وإصابة 35»), not a count the text gives.</summary>
    private static bool IsUnnumbered(EventCandidate e) => e.FatalitySource is { IsLowerBound: true, Count: <= 3 } && e.Fatalities == e.FatalitySource.Count;

    private static bool SameHappening(ArticleIndex index, EventCandidate a, EventCandidate b)
    {
        if (!string.Equals(a.Type, b.Type, StringComparison.Ordinal) || !string.Equals(a.Actor1?.ActorId, b.Actor1?.ActorId, StringComparison.Ordinal))
        {
            return false;
        }
        // «وهاجمت مجموعة أخرى»: another band's deed is not the one told before.
        if (ListedApart(a, b) || AccusedApart(index, a, b) || a.OtherBand || b.OtherBand)
        {
            return false;
        }
        if (b.Anaphoric)
        {
            return true;
        }
        if (b.PlaceSource == "sentence")
        {
            return !NamedApart(index, a, b);
        }
        if (!string.Equals(a.Modality, b.Modality, StringComparison.Ordinal))
        {
            return false;
        }
        if (DaysDiffer(a, b))
        {
            return false;
        }
        var sameMention = a.Place is not null && b.Place is not null && a.Place.First == b.Place.First;
        return sameMention || SamePlace(a, b);
    }

    /// <summary>
    /// «واتهم الأسد الولايات المتحدة …» then «ووجه الأسد انتقادات حادة إلى بريطانيا»: a speaker's charges
    /// against two different parties in two sentences are two accusations (docs/annotation.md §8, ACCUSE:
    /// one statement blaming several parties is one event; a statement is its sentence), not one told twice.
    /// A state and one of its bodies («ISR», «ISR-MIL») are one party told twice: a condemnation of «العدوان
    /// الإسرائيلي» retold as «هذا الاعتداء الإسرائيلي» is one accusation.
    /// </summary>
    private static bool AccusedApart(ArticleIndex index, EventCandidate a, EventCandidate b) =>
        a.Type == "ACCUSE" && a.Actor2 is { } accusedA && b.Actor2 is { } accusedB
        && !EventStage.StateOrItsForces(accusedA.ActorId, accusedB.ActorId)
        && index.SentenceOf(a.First).First != index.SentenceOf(b.First).First;

    /// <summary>
    /// Whether both tellings name a day and the days are not the same: one event is one day
    /// (docs/annotation.md), while a telling with no day of its own may be either's.
    /// </summary>
    private static bool DaysDiffer(EventCandidate a, EventCandidate b) =>
        a.Date?.Value is { } da && b.Date?.Value is { } db && !string.Equals(da, db, StringComparison.Ordinal);

    /// <summary>
    /// A telling placed only by its sentence folds into an earlier one of its type and doer, unless the
    /// two name different days or two distinct points: «تعرضت أحياء دمشق الجنوبية لقصف» after a shelling
    /// of Zamalka, a kidnapping at one village after one in another (docs/annotation.md: one event per
    /// place and day). A region, a province or a country still takes the telling in.
    /// </summary>
    private static bool NamedApart(ArticleIndex index, EventCandidate a, EventCandidate b)
    {
        if (DaysDiffer(a, b))
        {
            return true;
        }
        // «بحملة اعتقالات … وقبضت فرق الأمن في اسطنبول»: a campaign placed only in its doer's state
        // (EventStage.PlaceInDoerState) is not where one town's arrest happened (docs/annotation.md 4.8, one event per province).
        if (a.PlaceSource == "doer" && b.Place?.Mention is { Precision: "point" or "region" })
        {
            return true;
        }
        // «هاجم انتحاريان حمام سباحة في شمال العراق» then «… في طوز خورماتو»: the lead's region gives way to the town
        // the body names inside it (FoldLeadsIntoTowns folds the lead into the town), so the town's telling is not folded into the region's.
        if (LeadArea(a) is { } lead && TellsAgain(a, b) && Inside(index, b.Place!, lead.Area, lead.Kind))
        {
            return true;
        }
        return a.Place?.Mention is { Precision: "point" } && b.Place?.Mention is { Precision: "point" } && !SamePlace(a, b);
    }

    /// <summary>
    /// «قصفت قريتي نبل والزهراء», «على عين ترما ودوما وبيت سحم»: towns one sentence lists for one
    /// trigger are as many events however close they lie (docs/annotation.md 4.8, strike lists);
    /// quarters or sites of one city listed so («حسينية المعامل والحبيبية … في مدينة الصدر») are one
    /// event, so they still merge by distance.
    /// </summary>
    private static bool ListedApart(EventCandidate a, EventCandidate b) =>
        ReferenceEquals(a.ListHead ?? a, b.ListHead ?? b) && a.Place is { } pa && b.Place is { } pb && pa.First != pb.First
        && KindOf(pa.Mention) == PlaceKind.Town && KindOf(pb.Mention) == PlaceKind.Town;

    /// <summary>
    /// «ألقى الطيران برميلين على اللطامنة … عدة براميل على قرية الزكاة»: two villages named apart are two
    /// places however close they lie (docs/annotation.md: one event per place and day). A named force's
    /// deeds told at a town and at a quarter or site named apart are two as well («مقاتلات قصفت الأجزاء
    /// الجنوبية من العاصمة» then «القوات النظامية قصفت بالمدفعية حي جوبر»; a shelling of حرستا after one of
    /// حي جوبر): coders code the quarter's telling apart from its city's. A doerless blast retold at its
    /// quarter («انفجار في دمشق … الانفجار وقع في منطقة العباسيين») and a protest at its city's square
    /// are one happening told finer, so there the distance still joins them, as it joins two quarters or
    /// sites of one city and two spellings of one place.
    /// </summary>
    private static bool TwoPlacesNamedApart(Output.PlaceMention a, Output.PlaceMention b, bool quartersApart)
    {
        if (a.Precision != "point" || b.Precision != "point" || string.Equals(a.Name, b.Name, StringComparison.Ordinal))
        {
            return false;
        }
        var ka = KindOf(a);
        var kb = KindOf(b);
        return quartersApart
            ? (ka == PlaceKind.Town && kb != PlaceKind.Other) || (kb == PlaceKind.Town && ka != PlaceKind.Other)
            : ka == PlaceKind.Town && kb == PlaceKind.Town;
    }

    private enum PlaceKind { Other, Town, Quarter }

    private static PlaceKind KindOf(Output.PlaceMention m) =>
        m.GazetteerId is { } id && Geo.Gazetteer.Default.TryGetById(id, out var row)
            ? Geo.Gazetteer.Default.TypeOf(row) switch
            {
                var type when Geo.Gazetteer.IsTownType(type) => PlaceKind.Town,
                var type when Geo.Gazetteer.IsQuarterType(type) => PlaceKind.Quarter,
                _ => PlaceKind.Other,
            }
            : PlaceKind.Other;

    private static bool SamePlace(EventCandidate a, EventCandidate b)
    {
        if (a.Place is null || b.Place is null)
        {
            return a.Place is null && b.Place is null;
        }
        var ma = a.Place.Mention;
        var mb = b.Place.Mention;
        // A quarter the sources lack, put at its town, lies at the town's point yet is another place than a quarter of that
        // town the sources hold, or than another quarter put there: its name tells them apart («قصف على حي مساكن هنانو في حلب»
        // and «قصف على حي الحيدرية بحلب» are two strikes). The town itself, or its compass part, may be the same telling coarser.
        var onePutAtTheOther = a.Place.PutByTown != b.Place.PutByTown && string.Equals(ma.GazetteerId, mb.GazetteerId, StringComparison.Ordinal);
        if ((a.Place.PutByTown || b.Place.PutByTown) && !onePutAtTheOther && !NameCore(ma.Name).Equals(NameCore(mb.Name), StringComparison.Ordinal))
        {
            return false;
        }
        if (ma.GazetteerId is not null && string.Equals(ma.GazetteerId, mb.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }
        var namedForce = a.Actor1 is not null && EventTypes.IsUseOfForce(a.Type);
        if (TwoPlacesNamedApart(ma, mb, namedForce))
        {
            return false;
        }
        return ma.Lat is { } la && ma.Lon is { } loa && mb.Lat is { } lb && mb.Lon is { } lob && Geo.GeoMath.DistanceKm(la, loa, lb, lob) <= SamePlaceKm;
    }

    /// <summary>
    /// The last word of a place's name without its conjunction, clitic preposition and article: «حي الحيدرية», «للحيدرية»
    /// and «بالحيدرية» are one name.
    /// </summary>
    private static ReadOnlySpan<char> NameCore(string name)
    {
        var word = name.AsSpan(name.LastIndexOf(' ') + 1);
        return Text.Proclitics.WithoutArticle(Text.Proclitics.WithoutOne(word, Text.Proclitics.And, 4), 2);
    }
}
