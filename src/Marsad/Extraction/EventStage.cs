using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Codes events (SPEC §1) from triggers: finds each trigger outside actor and place names, reads
/// its modality, actors, place, road, date and dead, drops what carries no event (no place for a
/// violent event, a figurative target, a back-reference to an event already coded), and merges
/// repeated mentions of one happening.
/// </summary>
public sealed partial class EventStage : IExtractionStage
{
    private static readonly HashSet<string> NeedsPlace = new(StringComparer.Ordinal)
    {
        "ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "ATTACK_CIVILIANS", "ARREST", "PROTEST", "AID",
    };

    private readonly TriggerLexicon _triggers;
    private readonly WordRoles _words;
    private readonly ModalityResolver _modality;
    private readonly AttributionFinder _attribution;
    private readonly IEventEnricher[] _enrichers;
    private readonly bool _learned;

    internal EventStage(TriggerLexicon triggers, WordRoles words, ModalityResolver modality, AttributionFinder attribution, IEventEnricher[] enrichers, bool learned = true)
    {
        _learned = learned;
        _triggers = triggers;
        _words = words;
        _modality = modality;
        _attribution = attribution;
        _enrichers = enrichers;
    }

    public static EventStage Default { get; } = new(TriggerLexicon.Default, WordRoles.EventWords, ModalityResolver.Default, AttributionFinder.Default, EventEnrichers.Create());

    /// <summary>The hand rules decide every candidate, whatever models are shipped.</summary>
    public static EventStage RulesOnly { get; } = new(TriggerLexicon.Default, WordRoles.EventWords, ModalityResolver.Default, AttributionFinder.Default, EventEnrichers.Create(), learned: false);

    public void Run(ExtractionContext context)
    {
        var index = new ArticleIndex(context, _words);
        var roads = RouteFinder.FindAll(index);
        var candidates = new List<EventCandidate>();
        var bySentence = new Dictionary<int, List<EventCandidate>>();
        var triggers = new List<EventCandidate>();
        foreach (var t in FindTriggers(index))
        {
            // «الاتفاق … حول هدنة»: a trigger that completes one of its own type just before is the same event.
            if (triggers.Count > 0 && triggers[^1].Type == t.Type && index.Token(triggers[^1].First).Clause == index.Token(t.First).Clause && t.First - triggers[^1].End <= 4)
            {
                context.CandidateLog?.Gated.Add((index.Text.SpanOf(t.First, t.End), "joined to the trigger before"));
                continue;
            }
            triggers.Add(t);
            index.MarkTrigger(t.First);
        }
        ActorHit? runningTopic = null;
        var folded = 0;
        var trace = Environment.GetEnvironmentVariable("MARSAD_TRACE") == "1";
        var log = context.CandidateLog;
        var model = log is null ? (_learned ? EventModels.Keep : null) : log.Keep;
        var actorModel = log is null ? (_learned ? EventModels.Actor1 : null) : log.Actor1;
        var actor2Model = log is null ? (_learned ? EventModels.Actor2 : null) : log.Actor2;
        var typeModel = log is null ? (_learned ? EventModels.Type : null) : log.Type;
        float[]? typeFeatures = null;
        var placeModel = log is null ? (_learned ? EventModels.Place : null) : log.Place;
        var modalityModel = log is null ? (_learned ? EventModels.Modality : null) : log.Modality;
        var focus = Geo.DocumentFocus.Of(context.Places, context.Actors);
        context.Focus = focus;
        var focusHit = focus.Location is { } fl ? new PlaceHit(-1, -1, default, fl) : null;
        PlaceChooser? places = null;
        if (triggers.Count > 0 && (placeModel is not null || log is not null))
        {
            places = new PlaceChooser(placeModel, PlaceChoice.DocumentCounts.Of(index), focus, focusHit, log);
        }
        float[]? actorFeatures = null;
        (Dictionary<string, int> Counts, string? Top) actorCounts = default;
        if (triggers.Count > 0 && (actorModel is not null || actor2Model is not null || log is not null))
        {
            actorFeatures = new float[ActorChoice.Count];
            actorCounts = ActorChoice.DocumentCounts(index);
        }
        var group = 0;
        float[]? features = null;
        EventFeatures.DocumentSignals? signals = null;
        if (triggers.Count > 0 && (model is not null || typeModel is not null || modalityModel is not null || log is not null))
        {
            features = new float[EventFeatures.Count];
            signals = EventFeatures.DocumentSignals.Compute(index, triggers);
        }
        if (triggers.Count > 0 && (typeModel is not null || log is not null))
        {
            typeFeatures = new float[TypeChoice.Count];
        }
        var typeGroup = 0;
        var modalities = triggers.Count > 0 && (modalityModel is not null || log is not null) ? new ModalityChooser(modalityModel, log) : null;
        var tollModel = log is null ? (_learned ? EventModels.Toll : null) : log.Toll;
        var tollFeatures = triggers.Count > 0 && (tollModel is not null || log is not null) ? new float[TollChoice.Count] : null;
        var tollGroup = 0;
        foreach (var e in triggers)
        {
            var sentence = index.SentenceOf(e.First);
            // The topic carries over the sentences before this one; a list item reads its heading's topic.
            for (; folded < sentence.Index; folded++)
            {
                var unit = index.Text.Sentences[folded];
                runningTopic = ActorLinker.Topic(index, unit.First, unit.End) ?? runningTopic;
            }
            var topic = index.IsListItem(sentence) && index.ListHeading(sentence) is { } heading
                ? ActorLinker.Topic(index, heading.First, heading.End) ?? runningTopic
                : runningTopic;
            if (!bySentence.TryGetValue(sentence.Index, out var siblings))
            {
                siblings = [];
                bySentence[sentence.Index] = siblings;
            }
            _modality.Resolve(index, e);
            InheritCoordination(index, e, siblings);
            ActorLinker.Link(index, e, siblings, topic);
            if (actorFeatures is not null)
            {
                // Both choices read the same mentions and cues: the first changes no type or trigger.
                var cues = ActorChoice.CandidateCues.Of(index, e);
                ChooseActor1(index, e, actorModel, actorFeatures, actorCounts, cues, log, group);
                ChooseActor2(index, e, actor2Model, actorFeatures, actorCounts, cues, log, group);
            }
            group++;
            PlaceLinker.Link(index, e, roads);
            PlaceAtFocus(e, focusHit);
            places?.Choose(index, e, group - 1);
            e.Anaphoric = IsAnaphoric(index, e);
            // SPEC §2: force used directly on civilians or protesters is violence against civilians.
            if (e.Type == "ASSAULT" && e.Actor2?.ActorId is "CIV" or "PROTESTERS" && e.Actor1?.IsArmed != false)
            {
                e.Trigger = e.Trigger with { Type = "ATTACK_CIVILIANS" };
            }
            e.Attribution = _attribution.Find(index.Text, sentence);
            foreach (var enricher in _enrichers)
            {
                enricher.Enrich(index, e);
            }
            var tollOf = TollOf(index, e, siblings);
            var reason = Judge(index, e, tollOf);
            if (typeFeatures is not null && TypeChoice.Applies(e.Type))
            {
                EventFeatures.Compute(index, e, reason, signals!, features!);
                if (ChooseType(index, e, typeModel, features!, typeFeatures, log, typeGroup++))
                {
                    tollOf = TollOf(index, e, siblings);
                    reason = Judge(index, e, tollOf);
                }
            }
            if (modalities is not null)
            {
                EventFeatures.Compute(index, e, reason, signals!, features!);
                if (modalities.Choose(index, e, features!))
                {
                    // A date is lent to a reported event only, so it follows the chosen modality.
                    RedoEnrichment(index, e);
                    tollOf = TollOf(index, e, siblings);
                    reason = Judge(index, e, tollOf);
                }
            }
            var keep = reason == DropReason.None;
            float? score = null;
            if (features is not null)
            {
                EventFeatures.Compute(index, e, reason, signals!, features);
                log?.Rows.Add(new CandidateRow(index.Text.SpanOf(e.First, e.End), e.Type, e.Modality, (float[])features.Clone(), keep, ToRecord(index, e)));
                if (model is not null)
                {
                    score = model.Score(features);
                    keep = score >= model.Threshold;
                }
            }
            if (log is not null && log.Rows.Count > 0 && features is not null)
            {
                log.Rows[^1].Kept = keep;
            }
            if (tollFeatures is not null && TollChoice.Applies(e.Type))
            {
                // Every killing candidate is a training row; only a kept one has its toll chosen.
                ChooseToll(index, e, keep ? tollModel : null, tollFeatures, log, tollGroup++);
            }
            if (trace)
            {
                var why = score is { } s
                    ? FormattableString.Invariant($" score={s:F3} rule={reason} top: ") + string.Join(", ", model!.Explain(features!, EventFeatures.Names).Select(t => FormattableString.Invariant($"{t.Name} {t.Delta:+0.000;-0.000}")))
                    : $" rule={reason}";
                Console.Error.WriteLine(FormattableString.Invariant(
                    $"trace: {(keep ? "keep" : "drop")} {e.Type} {e.Modality} a1={e.Actor1?.ActorId ?? "-"} a2={e.Actor2?.ActorId ?? "-"} @{e.Place?.Mention.Name ?? "-"}({e.PlaceSource}) «{index.Text.TextOf(e.First, e.End)}» cue=«{(e.ModalityCue is { } mc ? mc.Cut(index.Text.Body) : "")}»{why}"));
            }
            if (!keep && tollOf is not null)
            {
                tollOf.Fatalities ??= e.Fatalities;
            }
            if (keep)
            {
                e.Confidence = score is { } p ? Math.Round(p, 2) : Confidence(e);
                candidates.Add(e);
                siblings.Add(e);
                var shares = SplitToll(e);
                for (var c = 0; c < e.CoordinatedPlaces.Count; c++)
                {
                    var (place, token) = e.CoordinatedPlaces[c];
                    var copy = e.AtPlace(place, token);
                    copy.Fatalities = shares is null ? e.Fatalities : shares[c + 1];
                    candidates.Add(copy);
                }
                if (shares is not null)
                {
                    e.Fatalities = shares[0];
                }
            }
        }
        ApplyClaims(index, candidates);
        foreach (var e in EventMerger.Merge(candidates))
        {
            context.Events.Add(ToRecord(index, e));
        }
    }

    /// <summary>
    /// «مقتل 10 مدنيين جراء انفجار عبوتين في المقدادية وكنعان»: one toll told for the same happening at
    /// coordinated places is divided evenly among them, the remainder to the first (docs/annotation.md
    /// 6.5 and 8). An unnumbered plural («سقوط قتلى») is no total: each place keeps its 3. Null when
    /// nothing is divided.
    /// </summary>
    private static int[]? SplitToll(EventCandidate e)
    {
        if (e.CoordinatedPlaces.Count == 0 || e.Fatalities is not > 0 || e.FatalitySource is not { } m || (m.IsLowerBound && m.Count <= 3))
        {
            return null;
        }
        var n = e.CoordinatedPlaces.Count + 1;
        var total = e.Fatalities.Value;
        var shares = new int[n];
        Array.Fill(shares, total / n);
        shares[0] += total % n;
        return shares;
    }

    /// <summary>The rules' verdict, where a candidate that would stand is the toll of <paramref name="tollOf"/> when there is one.</summary>
    private static DropReason Judge(ArticleIndex index, EventCandidate e, EventCandidate? tollOf) =>
        Judge(index, e) is var reason && reason == DropReason.None && tollOf is not null ? DropReason.Toll : reason;

    /// <summary>The attack a doerless killing joined to it by «و» or «ف» reports the toll of: the last violent event kept in the sentence (see <see cref="DropReason.Toll"/>).</summary>
    private static EventCandidate? TollOf(ArticleIndex index, EventCandidate e, List<EventCandidate> siblings)
    {
        if (e.Actor1 is not null || e.Type is not ("ATTACK_CIVILIANS" or "ASSAULT") || siblings.Count == 0 || e.Reading.Prefix == 0
            || index.Token(e.First).Norm[0] is not ('و' or 'ف') || !FatalityFinder.Default.IsKillingWordAt(index.Text, e.First))
        {
            return null;
        }
        var previous = siblings[^1];
        return previous.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS" ? previous : null;
    }

    /// <summary>The learned choice among a violent candidate's neighbouring types (see <see cref="TypeChoice"/>); true when it changed the type.</summary>
    private static bool ChooseType(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] candidate, float[] features, CandidateLog? log, int group)
    {
        var best = (Score: float.MinValue, Option: e.Type);
        var trigger = index.Text.SpanOf(e.First, e.End);
        for (var i = 0; i < TypeChoice.Options.Length; i++)
        {
            TypeChoice.Compute(candidate, i, e.Type, features);
            log?.TypeRows.Add(new TypeOptionRow(group, trigger, e.Type, TypeChoice.Options[i], (float[])features.Clone()));
            if (model is not null && model.Score(features) is var s && s > best.Score)
            {
                best = (s, TypeChoice.Options[i]);
            }
        }
        if (model is null || string.Equals(best.Option, e.Type, StringComparison.Ordinal))
        {
            return false;
        }
        e.Trigger = e.Trigger with { Type = best.Option };
        return true;
    }

    private IEnumerable<EventCandidate> FindTriggers(ArticleIndex index)
    {
        var text = index.Text;
        // «فجر اليوم» is dawn, not «فجّر»: words inside a date expression trigger nothing. Dates are
        // found only once a trigger is seen: most articles of a general news feed have none.
        bool[]? inDate = null;
        // Training's coverage report (TriggerCoverage) asks why a lexicon form gave no candidate.
        var gated = index.Context.CandidateLog?.Gated;
        var i = 0;
        while (i < text.Tokens.Count)
        {
            if (index.ActorAt(i) is not null || index.PlaceAt(i) is not null)
            {
                if (gated is not null && _triggers.Matcher.MatchAt(text, i) is { } named)
                {
                    gated.Add((text.SpanOf(named.First, named.End), "in a name"));
                }
                i++;
                continue;
            }
            var m = _triggers.Matcher.MatchAt(text, i);
            if (m is null || Covered(index, m))
            {
                if (gated is not null && m is not null)
                {
                    gated.Add((text.SpanOf(m.First, m.End), "overlaps a name"));
                }
                i++;
                continue;
            }
            if (inDate is null)
            {
                inDate = new bool[text.Tokens.Count];
                foreach (var d in index.Dates)
                {
                    for (var k = d.First; k < d.End; k++)
                    {
                        inDate[k] = true;
                    }
                }
            }
            // «ساحة التحرير», «هيئة تحرير الشام», «عملية عاصفة الحزم»: a trigger word inside a name triggers nothing.
            if (inDate[i] || (i > 0 && index.IsRole(i - 1, "namehead", true) && IsNameContinuation(index.Token(i), m.FirstReading)))
            {
                gated?.Add((text.SpanOf(m.First, m.End), inDate[i] ? "in a date" : "after a name head"));
                i++;
                continue;
            }
            // «الفجر», «القتل»: a word with the article is no verb; a verb-only trigger there is another word.
            // («ألقى» is spelled with an «ال» of its own: that is no article.)
            var article = m.FirstReading.HasArticle && !m.FirstReading.Base.StartsWith("ال", StringComparison.Ordinal);
            var satisfied = m.Values.Where(v => !(v.IsVerb && article) && Satisfies(index, m, v)).ToList();
            if (satisfied.Count > 0)
            {
                var entry = Choose(index, m, satisfied);
                yield return new EventCandidate(m.First, m.End, entry, m.FirstReading) { Alternatives = satisfied };
            }
            else
            {
                gated?.Add((text.SpanOf(m.First, m.End), m.Values.All(v => v.IsVerb && article) ? "verb with the article" : "needs " + m.Values[0].Needs));
            }
            i = m.End;
        }
    }

    /// <summary>A word right after a name head, bare or with only the article, continues the name.</summary>
    private static bool IsNameContinuation(Token token, Segmentation reading) =>
        reading.Prefix == 0 || (reading.HasArticle && token.Norm.StartsWith("ال", StringComparison.Ordinal) && reading.Prefix == 2);

    private static bool Covered(ArticleIndex index, PhraseMatch<TriggerEntry> m)
    {
        for (var k = m.First; k < m.End; k++)
        {
            // «هجوم انتحاري», «تفجير انتحاري»: the bomber read as an actor is the phrase's own adjective.
            if (index.ActorAt(k) is not null && !(k > m.First && index.IsRole(k, "device", true)))
            {
                return true;
            }
            // «قطع طريق أعزاز»: a road the gazetteer knows may share its word with the trigger.
            if (index.PlaceAt(k) is { } p && !RouteFinder.IsRoad(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One spelling may be a verb and a verbal noun («قصف»): with the article or a preposition it is the noun.</summary>
    private static TriggerEntry Choose(ArticleIndex index, PhraseMatch<TriggerEntry> m, List<TriggerEntry> values)
    {
        // «سقوط قذائف»: a reading whose weapon the text names is more specific than one that needs only a place.
        if (values.Count > 1 && values.Where(v => v.Needs is "fire" or "missile").ToList() is { Count: > 0 } armed)
        {
            values = armed;
        }
        var prefix = index.Text.Tokens[m.First].Norm[..m.FirstReading.Prefix];
        // After a preposition («عبر قطع», «بعد قطع») the word is a verbal noun, not a verb.
        var nounLike = m.FirstReading.HasArticle || prefix.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0
            || (m.First > 0 && (index.IsRole(m.First - 1, "prep") || index.IsRole(m.First - 1, "background", true) || index.IsRole(m.First - 1, "passive", true)));
        foreach (var v in values)
        {
            if (v.IsVerb != nounLike)
            {
                return v;
            }
        }
        return values[0];
    }

    private static bool Satisfies(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        var clause = index.ClauseOf(m.First);
        switch (entry.Needs)
        {
            case "-":
                return true;
            case "road":
                for (var k = m.End; k < Math.Min(clause.End, m.End + 3); k++)
                {
                    if (index.IsRole(k, "road", true) || index.PlaceAt(k) is { } p && ArabicNormalizer.NormalizeKey(p.Mention.Name).StartsWith("طريق", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                return false;
            case "civ":
                return index.Actors.Any(a => a.ActorId == "CIV" && a.First >= clause.First && a.End <= clause.End);
            case "armed":
                return index.Actors.Any(a => a.IsArmed && a.First >= clause.First && a.End <= clause.End);
            case "fighter":
                // «قُتل شرطيان», «قتلت القوات 11 مسلحاً»: fighters named by a common noun are armed too.
                return index.Actors.Any(a => a.IsArmed && a.First >= clause.First && a.End <= clause.End)
                    || HasRole(index, clause.First, clause.End, "fighter");
            case "protesters":
                // «تجمّع مئات المتظاهرين أمام المبنى»: a gathering of protesters is a protest wherever it is.
                return index.Actors.Any(a => a.ActorId == "PROTESTERS" && a.First >= clause.First && a.End <= clause.End);
            case "fire" or "missile":
                // «فتح عليه مسلحون مجهولون النار», «أطلقت صاروخين»: the weapon a light verb needs may follow its doer.
                return HasRole(index, m.End, Math.Min(clause.End, m.End + 6), entry.Needs);
            case "from":
                for (var k = m.End; k < Math.Min(clause.End, m.End + 5); k++)
                {
                    if (string.Equals(index.Token(k).Norm, "عن", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                return false;
            case "place":
                for (var k = m.End; k < Math.Min(clause.End, m.End + 8); k++)
                {
                    // «السيطرة على حواجز», «اقتحموا مقر»: a position or a building is a place a side takes or leaves.
                    if (index.PlaceAt(k) is not null || index.IsRole(k, "placeref", true) || index.IsRole(k, "facility", true))
                    {
                        return true;
                    }
                }
                return false;
            default:
                throw new InvalidDataException($"triggers.tsv: unknown need '{entry.Needs}'");
        }
    }

    private static bool HasRole(ArticleIndex index, int first, int end, string role)
    {
        for (var k = first; k < end; k++)
        {
            if (index.IsRole(k, role, true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«هجوم «داعش» هذا»: a demonstrative after the trigger points back to an event already told.</summary>
    private static bool IsAnaphoric(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = e.End; k < Math.Min(clause.End, e.End + 5); k++)
        {
            if (index.IsRole(k, "demonstrative"))
            {
                return true;
            }
            if (index.ActorAt(k) is null && index.Token(k).Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «لقطع حلب … وقطع طرق إمدادها»: a verbal noun joined by «و» to an intended, predicted or
    /// possible event of its sentence shares that modality, unless a cue of its own said otherwise.
    /// </summary>
    private static void InheritCoordination(ArticleIndex index, EventCandidate e, List<EventCandidate> siblings)
    {
        if (e.ModalityCue is not null || siblings.Count == 0)
        {
            return;
        }
        var token = index.Token(e.First);
        var joined = (e.Reading.Prefix > 0 && token.Norm[0] is 'و' or 'ف') || (e.First > 0 && index.IsRole(e.First - 1, "consequence"));
        if (!joined)
        {
            return;
        }
        var previous = siblings[^1];
        // «لقطع … وقطع»: joined to a verbal noun, an ambiguous word is the verbal noun too.
        if (!previous.Trigger.IsVerb && e.Trigger.IsVerb && e.Alternatives.FirstOrDefault(a => !a.IsVerb) is { } noun)
        {
            e.Trigger = noun;
        }
        if (!e.Trigger.IsVerb && e.Modality == "asserted" && previous.Modality != "asserted" && !BackgroundBefore(index, e))
        {
            e.Modality = previous.Modality;
        }
    }

    private static bool BackgroundBefore(ArticleIndex index, EventCandidate e) =>
        e.First > 0 && (index.IsRole(e.First - 1, "background", true) || index.IsRole(e.First - 1, "presupposed", true));

    /// <summary>«المناطق التي حرّرتها القوات»: a verb in a relative clause, with no time of its own, describes a place, it does not report an event.</summary>
    private static bool IsRelativeBackground(ArticleIndex index, EventCandidate e) =>
        e.Trigger.IsVerb && e.First > 0 && index.IsRole(e.First - 1, "relative", true) && e.Date?.Value is null;

    private static readonly HashSet<string> Violent = new(StringComparer.Ordinal)
    {
        "ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "ATTACK_CIVILIANS", "ARREST",
    };

    /// <summary>
    /// «تبنى تنظيم داعش الهجوم»: a claim makes the claimant the doer of the article's unclaimed
    /// attacks told before it (SPEC §6), and of those told in its own paragraph.
    /// </summary>
    private static void ApplyClaims(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = 0; i < index.Count; i++)
        {
            var claim = index.Role(i, "claim", true);
            if (claim is null)
            {
                continue;
            }
            var sentence = index.SentenceOf(i);
            var claimant = index.Actors.FirstOrDefault(a => a.First >= claim.End && a.First < Math.Min(sentence.End, claim.End + 5) && !a.IsNisba)
                ?? index.Actors.LastOrDefault(a => a.End <= i && a.First >= sentence.First && !a.IsNisba);
            if (claimant is null)
            {
                continue;
            }
            var paragraph = index.Text.Paragraphs.First(p => p.First <= i && i < p.End);
            foreach (var e in events)
            {
                if (e.Actor1 is null && e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS" && (e.First < claim.First || e.First < paragraph.End))
                {
                    e.Actor1 = claimant;
                }
            }
        }
    }

    private static bool TakesPlace(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.End; k < Math.Min(index.Count, e.End + 3); k++)
        {
            if (!string.Equals(index.Token(k).Norm, "علي", StringComparison.Ordinal))
            {
                continue;
            }
            for (var j = k + 1; j <= Math.Min(index.Count - 1, k + 4); j++)
            {
                if (index.PlaceAt(j) is not null || index.IsRole(j, "placeref", true) || index.IsRole(j, "facility", true))
                {
                    return true;
                }
            }
            return false;
        }
        // No «على»: «استعادوا المدينة», «دخلت … إلى خناصر» are read by their place as usual.
        return true;
    }

    /// <summary>True when a word of <paramref name="role"/> stands within <paramref name="window"/> tokens before the trigger in its sentence.</summary>
    private static bool RoleBefore(ArticleIndex index, EventCandidate e, string role, int window)
    {
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - window); k--)
        {
            if (index.IsRole(k, role, true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Years before publication past which a dated event is history, not news.</summary>
    private const int HistoryYears = 3;

    /// <summary>Above this, a death toll is a war's or a year's total, not one event's.</summary>
    private const int MaxEventFatalities = 5000;

    private static bool IsHistory(ArticleIndex index, EventCandidate e) =>
        index.Context.Article.Published is { } published && e.Date?.Value is { Length: >= 4 } value
        && int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year < published.Year - HistoryYears;

    internal static DropReason Judge(ArticleIndex index, EventCandidate e)
    {
        // The rules judge their own linking, not the learned place choice (a feature of the keep model
        // apart); an event the article tells without a place is coded at its focus, and still judged placeless.
        var (linked, placeToken, placeSource) = e.RulesPlace ?? (e.Place, e.PlaceToken, e.PlaceSource);
        var place = placeSource == "focus" ? null : linked;
        // «في عام 1974 …»: a history lesson is not an event of the news.
        if (IsHistory(index, e))
        {
            return DropReason.History;
        }
        if (e.Fatalities > MaxEventFatalities)
        {
            e.Fatalities = null;
        }
        // «استولى اللصوص على هاتف»: what is taken must be a place or a position, named within a few words of «على».
        if (e.Type == "CAPTURE" && !TakesPlace(index, e))
        {
            return DropReason.CaptureWithoutPlace;
        }
        // «فككت … عبوة ناسفة»: a bomb defused or found is no attack.
        if (e.Type == "REMOTE" && RoleBefore(index, e, "defused", 3))
        {
            return DropReason.Defused;
        }
        // «قضت المحكمة بالإعدام»: a court's sentence is no killing.
        if (e.Type is "ATTACK_CIVILIANS" or "ARREST" && RoleBefore(index, e, "judicial", 5))
        {
            return DropReason.Judicial;
        }
        // «الخاضعة لسيطرة», «تحت سيطرة», «تسيطر عليها»: who holds a place is a state of things, not its capture.
        if (e.Type == "CAPTURE" && (e.Trigger.Tense == Tense.Present || (e.First > 0 && index.IsRole(e.First - 1, "controlstate", true))))
        {
            return DropReason.ControlState;
        }
        // «لا يستهدف المدنيين»: a present-tense denial states a habit, it reports no event.
        if (e.Modality == "negated" && e.Trigger.Tense == Tense.Present && e.ModalityCue is { } cue
            && string.Equals(ArabicNormalizer.NormalizeKey(cue.Cut(index.Text.Body)), "لا", StringComparison.Ordinal))
        {
            return DropReason.NegatedPresent;
        }
        // A fight placed only in a whole country («في سوريا») is commentary unless its own doer and
        // the country follow the trigger in its clause, or the text is an isolated sentence, where
        // the country is all the place there is.
        if (Violent.Contains(e.Type) && place?.Mention.Precision == "country" && !index.IsIsolated
            && (e.Type == "CAPTURE" || !(placeSource == "clause" && e.Actor1IsLocal && placeToken > e.First)))
        {
            return DropReason.CountryOnly;
        }
        if (IsRelativeBackground(index, e))
        {
            return DropReason.RelativeBackground;
        }
        // An event with no place stays an event: only where the article had room to place it
        // (more than an isolated sentence) does a missing place mark talk rather than a report.
        if (NeedsPlace.Contains(e.Type) && place is null && e.Route is null && !index.IsIsolated)
        {
            return DropReason.NoPlace;
        }
        if (IsFigurative(index, e))
        {
            return DropReason.Figurative;
        }
        // A weak trigger, or one that needs a place of its own, placed only by another clause of its sentence is talk, not a report.
        if ((e.Trigger.Weight < 0.7 || e.Trigger.Needs == "place") && placeSource == "sentence")
        {
            return DropReason.WeakPlacedBySentence;
        }
        // A weak trigger («قتال», «تقدم», «سقوط») carries an event only with an armed party named.
        // For a protest, the protesters named are its party («تجمع المتظاهرون»).
        if (e.Trigger.Weight < 0.65 && !(e.Actor1?.IsArmed == true || e.Actor2?.IsArmed == true)
            && !(e.Type == "PROTEST" && (e.Actor1?.ActorId == "PROTESTERS" || ProtestersInClause(index, e))))
        {
            return DropReason.WeakUnarmed;
        }
        var kept = e.Type switch
        {
            "AGREE" => (e.Actor1IsLocal && place is not null && placeSource != "sentence") || (e.Actor1 is not null && e.Actor2 is not null && e.Actor1IsLocal),
            "ACCUSE" or "THREATEN" => e.Actor1 is not null && e.Actor1IsLocal && (e.Trigger.IsVerb || e.Actor2 is not null),
            "SUPPORT" => e.Actor1IsLocal && ((place is not null && placeSource != "sentence") || e.Actor2 is not null),
            _ => true,
        };
        return kept ? DropReason.None : DropReason.TypeCondition;
    }

    private static bool ProtestersInClause(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        return index.Actors.Any(a => a.ActorId == "PROTESTERS" && a.First >= clause.First && a.End <= clause.End);
    }

    /// <summary>«الهجوم على الحريات»: a target word that is no place and no party.</summary>
    private static bool IsFigurative(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.End; k < Math.Min(index.Count, e.End + 3); k++)
        {
            if (index.IsRole(k, "figurative", true))
            {
                return true;
            }
        }
        return false;
    }

    private static double Confidence(EventCandidate e)
    {
        var c = e.Trigger.Weight;
        c *= e.Actor1 is null ? 0.85 : e.Actor1IsLocal ? 1.0 : 0.9;
        c *= e.Place?.Mention.Precision switch
        {
            "point" => 1.0,
            "region" => 0.95,
            "country" => 0.85,
            _ => 0.8,
        };
        c *= e.PlaceSource switch
        {
            "clause" or "road" => 1.0,
            "reference" => 0.95,
            _ => 0.85,
        };
        return Math.Round(Math.Clamp(c, 0, 1), 2);
    }

    private static EventRecord ToRecord(ArticleIndex index, EventCandidate e)
    {
        var body = index.Text.Body;
        var evidence = EvidenceSpan(index, e);
        return new EventRecord
        {
            Type = e.Type,
            Modality = e.Modality,
            Actor1 = e.Actor1 is not null ? new ActorRef(e.Actor1.ActorId, e.Actor1.Span.Cut(body))
                : e.DefaultActor1 is not null ? new ActorRef(e.DefaultActor1, null) : null,
            Actor2 = e.Actor2 is null ? null : new ActorRef(e.Actor2.ActorId, e.Actor2.Span.Cut(body)),
            Location = e.Place is null ? null : LocationRef.From(e.Place.Mention),
            Route = e.Route,
            Date = e.Date ?? DateRef.Unknown,
            Fatalities = e.Fatalities,
            Evidence = new Evidence(evidence.Start, evidence.End, evidence.Cut(body)),
            Attribution = e.Attribution,
            Confidence = e.Confidence,
        };
    }

    /// <summary>The trigger and, within its clause, the cue, doer and place that make the event.</summary>
    private static TextSpan EvidenceSpan(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        var span = index.Text.SpanOf(e.First, e.End);
        // Keep the clitics of the trigger word: «بهجوم» is the words of the text.
        void Add(TextSpan? s)
        {
            if (s is { } v && v.Start >= clause.Span.Start && v.End <= clause.Span.End)
            {
                span = span.Union(v);
            }
        }
        Add(e.ModalityCue);
        Add(e.Actor1?.Span);
        if (e.PlaceToken >= 0)
        {
            var placeSpan = index.PlaceAt(e.PlaceToken)?.Span ?? index.Text.Tokens[e.PlaceToken].Span;
            Add(placeSpan);
        }
        return span;
    }
}
