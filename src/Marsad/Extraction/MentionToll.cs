namespace Marsad.Extraction;

/// <summary>
/// The toll of a happening told in another mention of it than the kept event's (docs/events.md,
/// "Tolls, eighth step"): «وقتل 54 شخصا في تفجير وقع قرب مصنع.» then «وقال إن الانفجار وقع في
/// قرية …»; «… في الهجوم الانتحاري في البلدة.» then «… الهجوم الذي أوقع 32 قتيلا». A killing noun
/// with the article names again the happening last introduced; the mentions from that introduction
/// through the definite ones after it are one happening, and a kept event of it whose own sentence
/// states no dead takes the latest numbered toll among them (a later figure is the fuller one).
/// A trigger without the article is a new happening: the chain stops there, so one total is never
/// copied onto another happening told beside it.
/// </summary>
internal static class MentionToll
{
    /// <summary>How many sentences away another mention may stand: a report tells one happening in a few sentences.</summary>
    private const int MaxSentences = 4;

    /// <summary>Places further apart than this are two happenings, whatever the words.</summary>
    private const double SamePlaceKm = 25;

    public static void Lend(ArticleIndex index, IReadOnlyList<EventCandidate> triggers, IReadOnlyList<EventCandidate> kept)
    {
        Dictionary<EventCandidate, int>? order = null;
        HashSet<int>? told = null;
        // A toll lent to a retelling goes to one place's events only: one total, one happening.
        Dictionary<FatalityMention, string>? retold = null;
        foreach (var e in kept)
        {
            if (e.Fatalities is not null || !EventTypes.IsLethalViolence(e.Type) || e.CoordinatedPlaces.Count > 0)
            {
                continue;
            }
            // What the event's own sentence says of dead or no dead is the event's (chosen elsewhere).
            told ??= SentencesWithTolls(index);
            order ??= Order(triggers);
            if (told.Contains(index.Token(e.First).Sentence) || !order.TryGetValue(e, out var at))
            {
                continue;
            }
            // An indefinite mention introduces its happening: the definite ones after it name it again
            // («انفجارا وقع مساء الخميس في المزرعة.» … «سقوط 15 مواطنا خلال هذا الانفجار»), but nothing before it is its.
            var toll = e.IsDefinite(index)
                ? Latest(index, triggers, e, at, backward: true)
                : Retold(index, triggers, e, at, retold ??= new(ReferenceEqualityComparer.Instance)) ?? Latest(index, triggers, e, at, backward: false);
            if (toll is not null)
            {
                e.Fatalities = toll.Count;
                e.FatalitySource = toll;
            }
        }
    }

    /// <summary>The latest numbered toll among the mentions of <paramref name="e"/>'s happening in other sentences, or null.</summary>
    private static FatalityMention? Latest(ArticleIndex index, IReadOnlyList<EventCandidate> triggers, EventCandidate e, int at, bool backward)
    {
        var sentence = index.Token(e.First).Sentence;
        FatalityMention? best = null;
        // «سقطت عدة قذائف قرب الوزارة.» … «أن عشرة مدنيين أصيبوا جراء القصف»: a later mention's wounded-only
        // or no-casualty report is the happening's 0 when none of its mentions tells any dead.
        FatalityMention? zero = null;
        var dead = false;
        int lo = sentence, hi = sentence;
        // Back to the mention that introduced the happening: definite mentions continue it, the first other one opens it.
        for (var i = at - 1; backward && i >= 0; i--)
        {
            var t = triggers[i];
            var s = index.Token(t.First).Sentence;
            if (sentence - s > MaxSentences)
            {
                break;
            }
            if (!EventTypes.IsLethalViolence(t.Type))
            {
                continue;
            }
            if (!Compatible(e, t))
            {
                break;
            }
            if (s != sentence && Numbered(t) is { } toll && (best is null || toll.First > best.First))
            {
                best = toll;
            }
            Zero(t, s != sentence, ref zero, ref dead);
            (lo, hi) = (Math.Min(lo, s), Math.Max(hi, s));
            if (!t.IsDefinite(index))
            {
                break;
            }
        }
        // Forward over the definite mentions that name it again; a new happening ends the telling.
        for (var i = at + 1; i < triggers.Count; i++)
        {
            var t = triggers[i];
            var s = index.Token(t.First).Sentence;
            if (s - sentence > MaxSentences)
            {
                break;
            }
            if (!EventTypes.IsLethalViolence(t.Type))
            {
                continue;
            }
            if (!t.IsDefinite(index) || !Compatible(e, t))
            {
                break;
            }
            if (s != sentence && Numbered(t) is { } toll && (best is null || toll.First > best.First))
            {
                best = toll;
            }
            Zero(t, s != sentence, ref zero, ref dead);
            (lo, hi) = (Math.Min(lo, s), Math.Max(hi, s));
        }
        return best ?? (dead || zero is null || DeadBetween(index, lo, hi) ? null : zero);
    }

    /// <summary>
    /// True when a sentence from <paramref name="from"/> to <paramref name="to"/> (the happening's mentions) states
    /// dead, a total over many happenings included («لقي أكثر من 20 شخصا حتفهم … في سلسلة من التفجيرات»): no 0 is lent then.
    /// </summary>
    private static bool DeadBetween(ArticleIndex index, int from, int to)
    {
        foreach (var m in index.AllFatalities)
        {
            var s = index.Token(m.First).Sentence;
            if (m.Count > 0 && s >= from && s <= to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Notes a mention's stated 0 (in another sentence) or any dead it was given.</summary>
    private static void Zero(EventCandidate t, bool elsewhere, ref FatalityMention? zero, ref bool dead)
    {
        if (t.Fatalities is > 0)
        {
            dead = true;
        }
        else if (elsewhere && t.Fatalities == 0 && t.FatalitySource is { Count: 0 } z)
        {
            zero ??= z;
        }
    }

    /// <summary>How many sentences a source's retelling may stand after the telling that counts the dead.</summary>
    private const int MaxRetellSentences = 2;

    /// <summary>
    /// The toll of the telling just before an indefinite mention that retells it as a source's account
    /// (docs/events.md, "Tolls across mentions"): «قتل سبعة أشخاص في هجوم شنه مسلحون مجهولون وسط البلاد.» then
    /// «وقال ضابط إن مسلحين مجهولين هاجموا حاجزا عند مدخل بلدة السلمية». Without the article the words cannot tell
    /// a retelling from a new happening, so the account must follow a saying word, name a point the earlier
    /// telling names or holds (a region, a country, no place, the same name), and stand within two
    /// sentences of it. Two strikes told on two named towns stay two; a total goes to one place's events.
    /// </summary>
    private static FatalityMention? Retold(ArticleIndex index, IReadOnlyList<EventCandidate> triggers, EventCandidate e, int at, Dictionary<FatalityMention, string> lent)
    {
        var sentence = index.Token(e.First).Sentence;
        if (!Named(e) || e.Place?.Mention.Name is not { } name || !AttributionFinder.Default.SaysBefore(index.Text, index.Text.Sentences[sentence], e.First))
        {
            return null;
        }
        // The nearest earlier sentence that tells a killing decides: the one toll its mentions of this
        // happening read in it, or nothing (a clause of another doer there, «التي تقاتل التنظيم», is another happening).
        int? from = null;
        FatalityMention? toll = null;
        for (var i = at - 1; i >= 0; i--)
        {
            var t = triggers[i];
            var s = index.Token(t.First).Sentence;
            if (s == sentence || !EventTypes.IsLethalViolence(t.Type))
            {
                continue;
            }
            from ??= s;
            if (s != from)
            {
                break;
            }
            // A mention there at another named point makes the sentence another happening's telling.
            if (sentence - s > MaxRetellSentences || !Holds(t, e))
            {
                return null;
            }
            if (!Compatible(e, t))
            {
                continue;
            }
            if (Numbered(t) is not { } own || index.Token(own.First).Sentence != s || (toll is not null && toll.Count != own.Count))
            {
                return null;
            }
            toll ??= own;
        }
        if (toll is null || (lent.TryGetValue(toll, out var other) && !string.Equals(other, name, StringComparison.Ordinal)))
        {
            return null;
        }
        lent[toll] = name;
        return toll;
    }

    /// <summary>The earlier telling's place holds the retelling's point: none named, a country or region, or the same name.</summary>
    private static bool Holds(EventCandidate telling, EventCandidate retelling) =>
        !Named(telling) || string.Equals(telling.Place?.Mention.Name, retelling.Place?.Mention.Name, StringComparison.Ordinal);


    /// <summary>A count of dead read for a mention: not the convention's unnumbered 3, a zero or a vague floor.</summary>
    internal static FatalityMention? Numbered(EventCandidate t) =>
        t.FatalitySource is { Count: > 0, IsVague: false } m && !FatalityFinder.IsUnnumbered(m) && t.Fatalities == m.Count ? m : null;

    /// <summary>
    /// A point the text gives the mention (its clause, a back-reference, its sentence, its road), not the
    /// article's focus; a country or region may hold the other mention's town, so it rules nothing out.
    /// </summary>
    private static bool Named(EventCandidate e) => e.Place is { } p && e.PlaceSource is not ("focus" or "none") && p.Mention.Precision is not ("country" or "region");

    internal static HashSet<int> SentencesWithTolls(ArticleIndex index)
    {
        var sentences = new HashSet<int>();
        foreach (var m in index.Fatalities.Concat(index.NoDeaths))
        {
            sentences.Add(index.Token(m.First).Sentence);
        }
        return sentences;
    }

    /// <summary>Two mentions of one happening: no two doers, no two days and no two places far apart named for them.</summary>
    internal static bool Compatible(EventCandidate a, EventCandidate b)
    {
        if (a.Actor1IsLocal && b.Actor1IsLocal && a.Actor1 is { } x && b.Actor1 is { } y && !string.Equals(x.ActorId, y.ActorId, StringComparison.Ordinal))
        {
            return false;
        }
        if (a.Date is { Text: not null, Value: { } da } && b.Date is { Text: not null, Value: { } db } && !string.Equals(da, db, StringComparison.Ordinal))
        {
            return false;
        }
        if (Named(a) && Named(b) && a.Place?.Mention is { } pa && b.Place?.Mention is { } pb)
        {
            if (pa.GazetteerId is not null && string.Equals(pa.GazetteerId, pb.GazetteerId, StringComparison.Ordinal))
            {
                return true;
            }
            return pa.Lat is { } la && pa.Lon is { } loa && pb.Lat is { } lb && pb.Lon is { } lob && Geo.GeoMath.DistanceKm(la, loa, lb, lob) <= SamePlaceKm;
        }
        return true;
    }

    private static Dictionary<EventCandidate, int> Order(IReadOnlyList<EventCandidate> triggers)
    {
        var order = new Dictionary<EventCandidate, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < triggers.Count; i++)
        {
            order[triggers[i]] = i;
        }
        return order;
    }
}
