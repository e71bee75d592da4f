using ClashPair = (Marsad.Pipeline.ActorHit? First, Marsad.Pipeline.ActorHit? Second);

namespace Marsad.Extraction;

/// <summary>
/// Duplicates, s10-dup: a happening retold at the same named place by the same doer or without one
/// is one event, whatever day each telling reads. On train, two system events of one type at one
/// place name were real twins once in 15 matched pairs and duplicates in 28 of 38 pairs with one
/// match; coded twins of one type differ by place in 552 of 579 pairs (docs/events.md, s10-dup).
/// Two doers stay apart: at one place they are mostly two sides' attacks (SPEC §1, clashes).
/// </summary>
internal static partial class EventMerger
{
    private static List<EventCandidate> MergeAcrossDoers(ArticleIndex index, List<EventCandidate> events)
    {
        // A clash's sides depend on its trigger alone, which merging does not change: read once per event, not per pair.
        var sides = new Dictionary<EventCandidate, ClashPair>(ReferenceEqualityComparer.Instance);
        var kept = new List<EventCandidate>(events.Count);
        foreach (var e in events)
        {
            var at = kept.FindIndex(k => RetoldAtSamePlace(index, sides, k, e));
            if (at < 0)
            {
                kept.Add(e);
                continue;
            }
            // The better-evidenced telling stands, in the first telling's slot so the order still reads as the text;
            // of two tellings with swapped sides, each reads its doer locally, so the decision's score tells them apart.
            // A definite deed noun merged with another doer leaves the choice to the evidence too: forcing the other
            // telling's doer lost claimed doers («أعلن التنظيم مسؤوليته عن التفجيرات») in the conflict pool (s18b-dup).
            var oneFight = AttackBesideFight(index, e, kept[at]) ? 1 : AttackBesideFight(index, kept[at], e) ? -1 : 0;
            var better = oneFight != 0 ? oneFight
                : SidesSwapped(kept[at], e) ? e.Confidence.CompareTo(kept[at].Confidence) : Evidence(e).CompareTo(Evidence(kept[at]));
            var (winner, loser) = better > 0 ? (e, kept[at]) : (kept[at], e);
            TraceMerge(index, loser, winner, oneFight != 0 ? "one fight each side"
                : IsDefiniteRetelling(index, kept[at], e) ? "definite retelling" : "across doers");
            // One clash told from each side: the other telling's doer is the standing telling's other side, not its target
            // (which, lent as it is, would be the standing doer itself).
            if (winner.Actor2 is null && (OneClashEachSide(index, sides, winner, loser) || OneClashEachSide(index, sides, loser, winner)))
            {
                winner.Actor2 = loser.Actor1;
            }
            Lend(winner, loser);
            kept[at] = winner;
        }
        return kept;
    }

    /// <summary>MARSAD_TRACE: two doers merged only because one telling is a definite deed noun.</summary>
    private static bool IsDefiniteRetelling(ArticleIndex index, EventCandidate a, EventCandidate b) =>
        a.Actor1 is not null && b.Actor1 is not null && !string.Equals(a.Actor1.ActorId, b.Actor1.ActorId, StringComparison.Ordinal)
        && !SidesSwapped(a, b) && (RetoldByDefiniteNoun(index, a, b) || RetoldByDefiniteNoun(index, b, a));

    /// <summary>Same type and modality at the same named place (a town, a quarter, a region; not a whole country), not two towns of one list, not the two sides of a clash, the same doer or one telling doerless, or one fight told with its sides swapped (s14-dup).</summary>
    private static bool RetoldAtSamePlace(ArticleIndex index, Dictionary<EventCandidate, ClashPair> sides, EventCandidate a, EventCandidate b)
    {
        if (!string.Equals(a.Type, b.Type, StringComparison.Ordinal) || !string.Equals(a.Modality, b.Modality, StringComparison.Ordinal)
            || a.Place is not { } pa || b.Place is not { } pb || pa.Mention.Precision is "country" || pb.Mention.Precision is "country")
        {
            return false;
        }
        // The name, not the gazetteer id: «شمال شرق الفلوجة» and «ريف حماة الشمالي الغربي» share the town's id but are other places.
        if (!(string.Equals(pa.Mention.Name, pb.Mention.Name, StringComparison.Ordinal) || VillageOfTown(a, b)) || ListedApart(a, b) || AccusedApart(index, a, b))
        {
            return false;
        }
        if (string.Equals(a.Actor1?.ActorId, b.Actor1?.ActorId, StringComparison.Ordinal))
        {
            return true;
        }
        if (SidesSwapped(a, b))
        {
            return OneFightTwice(index, sides, a, b);
        }
        if (OneClashEachSide(index, sides, a, b) || OneClashEachSide(index, sides, b, a))
        {
            return !DaysDiffer(a, b);
        }
        if ((Targets(a, b) || Targets(b, a)) && OneFightFromEachSide(index, a, b))
        {
            return true;
        }
        // «هجوم مضاد» on the attacker: one side's doer is the other's target, so these are the two sides of a
        // clash; a doerless clash noun names no attacker, so its target says nothing of a counter-attack.
        if ((Targets(a, b) || Targets(b, a)) && !(TypeRules.IsClashNoun(index, a) || TypeRules.IsClashNoun(index, b)))
        {
            return false;
        }
        // Two doers, even one read from the context, stay apart: merging them cost the seed's attack and
        // counter-attack at Khanaser under a retrain (docs/events.md, s10-dup); a doerless telling merges,
        // and so does a definite deed noun beside a telling whose doer stands in its own clause (s18b-dup).
        return a.Actor1 is null || b.Actor1 is null || RetoldByDefiniteNoun(index, a, b) || RetoldByDefiniteNoun(index, b, a);
    }

    /// <summary>
    /// «هجوم قرب ناحية طوز خورماتو» in the lead, «قرية الحليوات الواقعة قرب طوز خورماتو» in the body: a village
    /// or quarter the sources lack, put at the town its sentence tells it by, is inside that town's telling, so on
    /// one day the town's telling and the village's are one happening told coarse then fine. Only the town told
    /// first, as a summary lead is (FoldLeadsIntoTowns): a city named after its quarter's clash is mostly another
    /// quarter's fight the sources lack («الاشتباكات في حي برزة بدمشق» then «منطقة البحدلية … بدمشق اشتباكات»).
    /// Not a village the gazetteer knows (its own id), nor a compass part of the town («شمال شرق الفلوجة»).
    /// </summary>
    private static bool VillageOfTown(EventCandidate a, EventCandidate b)
    {
        var (town, village) = a.First < b.First ? (a, b) : (b, a);
        return town.Place is { PutByTown: false, Mention.Precision: "point" } pt && village.Place is { PutByTown: true } pv
            && pt.Mention.GazetteerId is not null && string.Equals(pt.Mention.GazetteerId, pv.Mention.GazetteerId, StringComparison.Ordinal)
            && !DaysDiffer(a, b);
    }

    /// <summary>
    /// «قالت الشرطة إن الهجوم وقع», «قد دمر في الهجوم الجوي», «أمام الضربات», «مسئولي التفجيرات»: a deed noun
    /// with the article takes back a deed the reader already knows at that place; the doer read for it is mostly
    /// the speaker of the report, the arrester or the target around it (train 8, dev 2 such pairs at one place
    /// name), so beside a telling that names its doer in its own clause the two are one happening when their
    /// days agree; the better-evidenced doer stands.
    /// </summary>
    private static bool RetoldByDefiniteNoun(ArticleIndex index, EventCandidate retelling, EventCandidate telling) =>
        !retelling.Trigger.IsVerb && telling.Actor1IsLocal && IsDeedNoun(index, retelling.First)
        && retelling.IsDefinite(index)
        && !(retelling.Date?.Value is { } dr && telling.Date?.Value is { } dt && !string.Equals(dr, dt, StringComparison.Ordinal));

    /// <summary>A noun that names the deed itself (an attack, a strike, a bombing, a fight), not its purpose («للسيطرة») or a statement about it.</summary>
    private static bool IsDeedNoun(ArticleIndex index, int token) =>
        index.IsRole(token, "plainattack", true) || index.IsRole(token, "strike", true) || index.IsRole(token, "clash", true) || index.IsRole(token, "device", true)
        || index.IsRole(token, "deed", true);

    /// <summary>
    /// «هجوم على مركز الشرطة» then «لقيا حتفهما أثناء تبادل إطلاق النار مع الشرطة», «تبادل لإطلاق النار بين الجيش ومقاتلي
    /// التنظيم قتل خلاله جندي»: one telling's doer is the other's target and one of the two is told by a word of fighting,
    /// which names two sides and no attacker; at one place on one day that is the fight told once from each side, not an
    /// attack and its counter-attack (those are told by attack words, «هجوم مضاد», and stay two).
    /// </summary>
    private static bool OneFightFromEachSide(ArticleIndex index, EventCandidate a, EventCandidate b) =>
        a.Type == "ASSAULT" && (IsFightWord(index, a) || IsFightWord(index, b)) && !DaysDiffer(a, b);

    /// <summary>A noun or verb of fighting, or an exchange of fire: words that name no attacker.</summary>
    private static bool IsFightWord(ArticleIndex index, EventCandidate e) => TypeRules.IsClashWord(index, e) || index.IsRole(e.First, "exchange", true);

    /// <summary>Of one fight told from each side, the telling by an attack word names who attacked, which the fight word does not.</summary>
    private static bool AttackBesideFight(ArticleIndex index, EventCandidate attack, EventCandidate fight) =>
        attack.Type == "ASSAULT" && index.IsRole(attack.First, "plainattack", true) && IsFightWord(index, fight) && !IsFightWord(index, attack)
        && (Targets(attack, fight) || Targets(fight, attack)) && !DaysDiffer(attack, fight);

    /// <summary>Each telling's doer is the other's target: «اشتباكات بين الجيش والمعارضة» read once with each side first, or a strike read once with its target as doer.</summary>
    private static bool SidesSwapped(EventCandidate a, EventCandidate b) => Targets(a, b) && Targets(b, a);

    /// <summary>
    /// Swapped sides are one happening when the violence is one-sided (a strike, violence on civilians: its place
    /// is the target's ground, so the two sides do not both strike it) or when either telling is a clash that names
    /// both sides («معارك بين الجيش والمعارضة»: no attacker, so the sides are named in either order), on one day.
    /// An attack and the counter-attack on the attacker («هجوم مضاد», the seed's Khanaser) stay two, and so do a
    /// bare «الاشتباكات» beside another fight at the place (allies fighting one enemy read with swapped roles on
    /// train); captures are taken and retaken, so they never merge so.
    /// </summary>
    private static bool OneFightTwice(ArticleIndex index, Dictionary<EventCandidate, ClashPair> sides, EventCandidate a, EventCandidate b) =>
        (a.Type is "REMOTE" or "ATTACK_CIVILIANS" || (a.Type == "ASSAULT" && (SidesOf(index, sides, a) is ({ }, { }) || SidesOf(index, sides, b) is ({ }, { }))))
        && !DaysDiffer(a, b);

    /// <summary>
    /// «اشتباكات دموية بين كتائب المتمردين والقوات النظامية» beside «الجنود والمتمردين … في معارك عنيفة», «اشتبكت البيشمركة
    /// مع عناصر داعش لدى محاولتهم اقتحام»: a clash whose two sides are the two tellings' doers is one fight told once from
    /// each side. The other telling often has no target of its own, so <see cref="SidesSwapped"/> misses it.
    /// </summary>
    private static bool OneClashEachSide(ArticleIndex index, Dictionary<EventCandidate, ClashPair> sides, EventCandidate clash, EventCandidate other)
    {
        if (clash.Type != "ASSAULT" || clash.Actor1 is not { } doer || other.Actor1 is not { } otherDoer
            || string.Equals(doer.ActorId, otherDoer.ActorId, StringComparison.Ordinal)
            || !TypeRules.IsClashWord(index, clash))
        {
            return false;
        }
        var (first, second) = SidesOf(index, sides, clash);
        var (side1, side2) = first is not null && second is not null ? (first.ActorId, second.ActorId) : (doer.ActorId, clash.Actor2?.ActorId);
        return side2 is not null && SameSides(side1, side2, doer.ActorId, otherDoer.ActorId);
    }

    /// <summary>The clash sides of <paramref name="e"/> (<see cref="ClashSides.Of"/>), read once per event of the merge.</summary>
    private static ClashPair SidesOf(ArticleIndex index, Dictionary<EventCandidate, ClashPair> sides, EventCandidate e)
    {
        if (!sides.TryGetValue(e, out var pair))
        {
            pair = ClashSides.Of(index, e, index.ClauseOf(e.First).End);
            sides[e] = pair;
        }
        return pair;
    }

    /// <summary>Whether the two sides are the two doers, in either order.</summary>
    private static bool SameSides(string side1, string side2, string doer, string otherDoer) =>
        (string.Equals(side1, doer, StringComparison.Ordinal) && string.Equals(side2, otherDoer, StringComparison.Ordinal))
        || (string.Equals(side2, doer, StringComparison.Ordinal) && string.Equals(side1, otherDoer, StringComparison.Ordinal));

    private static bool Targets(EventCandidate a, EventCandidate b) =>
        a.Actor2 is { } target && b.Actor1 is { } doer && string.Equals(target.ActorId, doer.ActorId, StringComparison.Ordinal);

    /// <summary>A doer read in the trigger's own clause, then any doer, then the decision's score.</summary>
    private static (int Doer, double Score) Evidence(EventCandidate e) => (e.Actor1 is null ? 0 : e.Actor1IsLocal ? 2 : 1, e.Confidence);

    /// <summary>
    /// The standing telling keeps its own fields and takes only those it lacks; a toll is taken when the standing
    /// telling counts none, or only an unnumbered plural's 3 against the other telling's count (the fuller figure, as
    /// the merge of one doer's tellings takes it: «راح ضحيتها عدد من الشهداء» then «ذهب ضحيتها العشرات»).
    /// </summary>
    private static void Lend(EventCandidate into, EventCandidate from)
    {
        if (into.Actor1 is null && from.Actor1 is not null)
        {
            into.Actor1 = from.Actor1;
            into.Actor1IsLocal = from.Actor1IsLocal;
        }
        // The other telling's target may be the standing doer itself (the fight told from the other side, whose telling
        // lost): no party is its own target, and that telling's doer is the standing telling's other side.
        into.Actor2 ??= from.Actor2 is { } target && into.Actor1 is { } doer && string.Equals(target.ActorId, doer.ActorId, StringComparison.Ordinal)
            ? (from.Actor1 is { } other && !string.Equals(other.ActorId, doer.ActorId, StringComparison.Ordinal) ? other : null)
            : from.Actor2;
        if (into.Date?.Value is null && from.Date is { Value: not null })
        {
            into.Date = from.Date;
        }
        if ((into.Fatalities is null or 0 && from.Fatalities is > 0) || (IsUnnumbered(into) && from.Fatalities is > 0 && !IsUnnumbered(from)))
        {
            into.Fatalities = from.Fatalities;
            into.FatalitySource = from.FatalitySource;
        }
        into.Route ??= from.Route;
        into.Attribution ??= from.Attribution;
    }
}
