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
        // Holds gated as standing conditions: no events, but still the aim that makes a clash at their place one side's attack.
        List<EventCandidate>? standingHolds = null;
        // Killings dropped as events still tell the days a claim in their sentence covers.
        var droppedDays = new List<(int Sentence, string Day)>();
        var droppedLeads = new List<EventCandidate>();
        var bySentence = new Dictionary<int, List<EventCandidate>>();
        var triggers = new List<EventCandidate>();
        foreach (var t in FindTriggers(index))
        {
            // «الاتفاق … حول هدنة»: a trigger that completes one of its own type just before is the same event.
            if (triggers.Count > 0 && triggers[^1].Type == t.Type && index.Token(triggers[^1].First).Clause == index.Token(t.First).Clause && t.First - triggers[^1].End <= 4
                && !BehindTargetPreposition(index, triggers[^1], t) && !AnsweredBetween(index, triggers[^1], t))
            {
                JoinAdjacent(index, triggers, t, context.CandidateLog);
                continue;
            }
            triggers.Add(t);
        }
        foreach (var t in triggers)
        {
            index.MarkTrigger(t.First, t.Type);
        }
        var threats = Threats(triggers);
        ActorHit? runningTopic = null;
        // The doer named in the clause of the last strike or attack told, carried by a later «الهجوم» that names none.
        ActorHit? lastDeedDoer = null;
        var folded = 0;
        // Read once per process (TraceChoices), not per article: the environment lookup was a steady cost of the stage.
        var trace = TraceChoices;
        if (trace)
        {
            // A corpus eval traces many articles in a row: name each, so a decision reads back to its article.
            Console.Error.WriteLine(FormattableString.Invariant($"trace: article {context.Article.Id ?? "-"} published {context.Article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
        }
        var log = context.CandidateLog;
        var model = log is null ? (_learned ? EventModels.Keep : null) : log.Keep;
        var actorModel = log is null ? (_learned ? EventModels.Actor1 : null) : log.Actor1?.For(context.Article);
        var actor2Model = log is null ? (_learned ? EventModels.Actor2 : null) : log.Actor2;
        var typeModel = log is null ? (_learned ? EventModels.Type : null) : log.Type;
        float[]? typeFeatures = null;
        var placeModel = log is null ? (_learned ? EventModels.Place : null) : log.Place;
        var modalityModel = log is null ? (_learned ? EventModels.Modality : null) : log.Modality;
        var focus = Geo.DocumentFocus.Of(context.Places, context.Actors, text: context.Text);
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
        StatementRoles.Persons? persons = null;
        StatementRoles.Venues? venues = null;
        var (attribution, attributionSentence) = ((string?)null, -1);
        var offensives = new List<Offensive>();
        List<EventCandidate>? campaigns = null;
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
            ActorLinker.Link(index, e, siblings, topic, lastDeedDoer);
            if (e.Actor1IsLocal && e.Actor1 is not null && EventTypes.IsArmedEngagement(e.Type))
            {
                lastDeedDoer = e.Actor1;
            }
            var (rulesActor1, rulesActor2) = (e.Actor1, e.Actor2);
            if (actorFeatures is not null)
            {
                // Both choices read the same mentions and cues: the first changes no type or trigger.
                var cues = ActorChoice.CandidateCues.Of(index, e);
                ChooseActor1(index, e, actorModel, actorFeatures, actorCounts, cues, log, group);
                ChooseActor2(index, e, actor2Model, actorFeatures, actorCounts, cues, log, group);
            }
            ApplyDoerRules(index, e, offensives);
            DropInferredDoer(index, e);
            // A helper named after the party it helps is no doer of its own (s39b-doers); a pair the event sets against each other stays.
            if (e.Actor1 is { } helper && ActorLinker.HelpedParty(index, helper) is { } helped && !string.Equals(e.Actor2?.ActorId, helped.ActorId, StringComparison.Ordinal))
            {
                SetDoer(index, e, helped);
            }
            // review31 finding 3: those a passive verb says suffered the deed are the ones acted on, as ApplyDeadSides
            // makes the side counted dead; the choices' actor2, if any, stands.
            if (e.Sufferer is { } sufferer && e.Actor2 is null && e.Actor1?.ActorId != sufferer.ActorId)
            {
                e.Actor2 = sufferer;
            }
            // review31 finding 15: the force that finds or recovers the bodies («عثرت قوة أمنية على جثة رجل قضى ذبحا») is no doer.
            if (e.Actor1 is { } finder && FoundBy(index, e, finder))
            {
                SetDoer(index, e, null);
            }
            UnnamedAttacker(index, e);
            LocalSides(index, e);
            if (e.Type == "ACCUSE")
            {
                StatementRoles.Apply(index, e, persons ??= StatementRoles.Persons.Of(index), rulesActor1, rulesActor2);
                // «حملت سوريا "جماعات إرهابية مرتبطة بالقاعدة" المسؤولية»: groups tied to a party are not that party (4.5).
                if (e.Actor2 is { } accused && IsVagueTie(index, accused))
                {
                    e.Actor2 = null;
                }
                // «وأدان رئيس الوزراء الإسرائيلي والبيت الأبيض التصريحات»: a speaker joined to the speaker is no accused.
                if (e.ChosenActor2 is { Hit: { } shown } && (IsVagueTie(index, shown) || StatementRoles.CoSpeakerIds(index, e)?.Contains(shown.ActorId) == true))
                {
                    e.ChosenActor2 = null;
                }
            }
            StatementRoles.RegimeSpeaker(index, e);
            group++;
            PlaceLinker.Link(index, e, roads);
            PlaceAtFocus(e, focusHit);
            places?.Choose(index, e, group - 1);
            PlaceInDoerState(e, focus);
            PlaceNationwide(index, e, focus);
            if (e.Type == "ACCUSE")
            {
                StatementRoles.PlaceStatement(index, e, venues ??= StatementRoles.Venues.Of(index, persons ??= StatementRoles.Persons.Of(index)));
            }
            e.Anaphoric = IsAnaphoric(index, e);
            // SPEC §2: the type follows who does what to whom (civilians, fighters, protesters, aircraft).
            var readType = e.Type;
            // Read once for the rules and the learned choice: nothing between them moves the doer.
            var typeCues = TypeRules.TypeCues.Of(index, e);
            TypeRules.Apply(index, e, typeCues);
            // The source phrase is the sentence's: read once for all its candidates (a sentence of text
            // without punctuation runs to 512 tokens and holds dozens of them).
            if (attributionSentence != sentence.Index)
            {
                (attribution, attributionSentence) = (_attribution.Find(index.Text, sentence), sentence.Index);
            }
            e.Attribution = attribution;
            foreach (var enricher in _enrichers)
            {
                enricher.Enrich(index, e);
            }
            var tollOf = TollOf(index, e, siblings);
            var reason = Judge(index, e, tollOf);
            // Whether features holds this candidate's vector as it stands: a choice that changes
            // nothing leaves it so, and the next reader need not compute it again.
            var fresh = false;
            if (typeFeatures is not null && TypeChoice.Applies(e.Type))
            {
                EventFeatures.Compute(index, e, reason, signals!, features!);
                fresh = true;
                if (ChooseType(index, e, readType, typeCues, typeModel, features!, typeFeatures, log, typeGroup++, trace))
                {
                    tollOf = TollOf(index, e, siblings);
                    reason = Judge(index, e, tollOf);
                    fresh = false;
                }
            }
            // The final type read civilians as the target: actor2 is those civilians, not a force the sentence names.
            if (CiviliansTargeted(index, e, typeCues))
            {
                tollOf = TollOf(index, e, siblings);
                reason = Judge(index, e, tollOf);
                fresh = false;
            }
            if (modalities is not null)
            {
                if (!fresh)
                {
                    EventFeatures.Compute(index, e, reason, signals!, features!);
                    fresh = true;
                }
                if (modalities.Choose(index, e, features!))
                {
                    // A date is lent to a reported event only, so it follows the chosen modality.
                    RedoEnrichment(index, e);
                    tollOf = TollOf(index, e, siblings);
                    reason = Judge(index, e, tollOf);
                    fresh = false;
                }
            }
            var keep = reason == DropReason.None;
            float? score = null;
            if (features is not null)
            {
                if (!fresh)
                {
                    EventFeatures.Compute(index, e, reason, signals!, features);
                }
                log?.Rows.Add(new CandidateRow(index.Text.SpanOf(e.First, e.End), e.Type, e.Modality, (float[])features.Clone(), keep, ToRecord(index, e)));
                if (model is not null)
                {
                    score = model.Score(features);
                    keep = score >= model.ThresholdFor(e.Modality);
                }
            }
            // The hard gates: what the keep model has too few rows to learn. Asked of a dropped candidate
            // too while training, so that the labels give a coded event to a copy that can be kept.
            var gate = keep || log is not null ? GateOf(index, e, typeCues, candidates, threats) : null;
            if (keep && gate is not null)
            {
                if (string.Equals(gate, LastingHoldGate, StringComparison.Ordinal))
                {
                    (standingHolds ??= []).Add(e);
                }
                keep = false;
                if (string.Equals(gate, StrikeTollGate, StringComparison.Ordinal))
                {
                    tollOf ??= siblings.LastOrDefault(static s => s.Type == "REMOTE");
                }
                log?.Gated.Add((index.Text.SpanOf(e.First, e.End), gate));
            }
            if (log is not null && log.Rows.Count > 0 && features is not null)
            {
                log.Rows[^1].Kept = keep;
                log.Rows[^1].Gated = gate is not null;
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
                    $"trace: {(keep ? "keep" : "drop")} {e.Type} {e.Modality} a1={e.Actor1?.ActorId ?? "-"} a2={e.Actor2?.ActorId ?? "-"}{(ShownActor2(e) is var shown && !ReferenceEquals(shown, e.Actor2) ? "(shown " + (shown?.ActorId ?? "-") + ")" : "")} @{e.Place?.Mention.Name ?? "-"}({e.PlaceSource}) «{index.Text.TextOf(e.First, e.End)}» cue=«{(e.ModalityCue is { } mc ? mc.Cut(index.Text.Body) : "")}» toll={(object?)e.Fatalities ?? "-"}{(e.FatalitySource is { } fs ? "«" + fs.Text + "»" : "")}{why}{(gate is null ? "" : " gate=" + gate)}"));
            }
            if (!keep && tollOf is not null)
            {
                tollOf.Fatalities ??= e.Fatalities;
            }
            if (!keep && tollOf is null && gate is null && LeadToll.Carries(index, e, reason))
            {
                droppedLeads.Add(e);
            }
            // Only a day the sentence itself names («الخميس الماضي»): a date lent from the publication or a
            // paragraph before dates a habit or a general claim as readily as a claimed wave.
            if (!keep && EventTypes.IsLethalViolence(e.Type) && e.Date is { Value: { } droppedDay, Text: not null })
            {
                droppedDays.Add((sentence.Index, droppedDay));
            }
            var launched = IsLaunchedOffensive(index, e);
            if (launched && IsCampaign(index, e, keep, reason, gate))
            {
                (campaigns ??= []).Add(e);
            }
            if (keep)
            {
                // Only a kept offensive frames the clashes after it: one dropped as a habit, history or charge,
                // or scored below the threshold, is no fighting of the news (review23 should-fix 6).
                if (launched)
                {
                    NoteOffensive(index, e, offensives);
                }
                e.Confidence = score is { } p ? Math.Round(p, 2) : Confidence(e);
                candidates.Add(e);
                if (e.Type == "ACCUSE")
                {
                    candidates.AddRange(StatementRoles.CoSpeakers(index, e, persons ??= StatementRoles.Persons.Of(index)));
                }
                siblings.Add(e);
                var shares = SplitToll(e);
                for (var c = 0; c < e.CoordinatedPlaces.Count && !IsOneBuildUp(e); c++)
                {
                    var (place, token) = e.CoordinatedPlaces[c];
                    var copy = e.AtPlace(place, token);
                    copy.Fatalities = shares is null ? e.Fatalities : shares[c + 1];
                    candidates.Add(copy);
                }
                if (shares is not null)
                {
                    e.Fatalities = shares[0];
                    e.DividedToll = e.FatalitySource;
                }
            }
        }
        MentionToll.Lend(index, triggers, candidates);
        LeadToll.Lend(index, droppedLeads, candidates);
        ReportDay.Redate(index, candidates);
        DayAfter.Redate(index, candidates);
        ThatDay.Redate(index, candidates);
        ApplyStateBombers(index, candidates);
        ApplyCaptureClashes(index, candidates);
        ApplyDeadSides(index, candidates);
        ApplyBesiegers(index, candidates, standingHolds);
        ApplyPlaceDoers(index, candidates);
        ApplyClaims(index, candidates, droppedDays);
        ApplyAbsentClaims(index, candidates);
        ApplyUnknownDoers(index, candidates);
        ApplyBlame(index, candidates);
        ApplyThrownBlame(index, candidates);
        ApplyLaidTo(index, candidates);
        ApplyStoodBehind(index, candidates);
        ApplyOwnedDeeds(index, candidates);
        ApplyRelativeClaims(index, candidates);
        ApplyAsyndeticClaims(index, candidates);
        ApplyCondemnedDoers(index, triggers, candidates);
        ApplyCampaignDoers(index, candidates, campaigns);
        var merged = EventMerger.Merge(index, candidates);
        SharedToll.Divide(index, merged);
        foreach (var e in merged)
        {
            context.Events.Add(ToRecord(index, e));
        }
    }

    /// <summary>
    /// «وصلت تعزيزات عسكرية إلى بلدتي الحصن والعامرية», «انتشر الجيش في حي الميدان وساحة البلدية»: reinforcements
    /// sent to, or a deployment over, several places is one build-up, coded once at the first place with the others as
    /// alternatives (docs/annotation.md 4.8 and 5: «the second area of one build-up» is optional), where a strike list
    /// is one event per place. Train and dev gold: five MOBILIZE events over listed places, each one event with
    /// alternatives (nc-f32af8fb, nc-213e5e0f core); none coded place by place.
    /// </summary>
    private static bool IsOneBuildUp(EventCandidate e) => e.Type == "MOBILIZE";

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
        return EventTypes.IsLethalViolence(previous.Type) ? previous : null;
    }

    /// <summary>The learned choice among a violent candidate's neighbouring types (see <see cref="TypeChoice"/>); true when it changed the type.</summary>
    private static bool ChooseType(ArticleIndex index, EventCandidate e, string readType, TypeRules.TypeCues cues, BinaryModel? model, float[] candidate, float[] features, CandidateLog? log, int group, bool trace)
    {
        var best = (Score: float.MinValue, Option: e.Type);
        var trigger = index.Text.SpanOf(e.First, e.End);
        var options = TypeChoice.Options.Length;
        var width = features.Length;
        // All six vectors first, then one batch (BinaryModel.ScoreMany: the same scores as one call
        // each, the trees read for four options at once); the choice was scored one option at a time.
        var (rows, scores) = OptionRows.Rent(options, width);
        for (var i = 0; i < options; i++)
        {
            var row = rows.AsSpan(i * width, width);
            TypeChoice.Compute(candidate, i, e.Type, readType, e.Alternatives, cues, row);
            log?.TypeRows.Add(new TypeOptionRow(group, trigger, e.Type, TypeChoice.Options[i], row.ToArray(), TypeChoice.Admits(TypeChoice.Options[i], cues)));
        }
        if (model is not null)
        {
            model.ScoreMany(rows, width, width, scores.AsSpan(0, options));
            for (var i = 0; i < options; i++)
            {
                if (scores[i] > best.Score && TypeChoice.Admits(TypeChoice.Options[i], cues))
                {
                    best = (scores[i], TypeChoice.Options[i]);
                }
            }
        }
        if (model is null || string.Equals(best.Option, e.Type, StringComparison.Ordinal))
        {
            return false;
        }
        if (trace)
        {
            // Which rule types the learned choice overturns, and for what: the type errors of one class show here.
            Console.Error.WriteLine(FormattableString.Invariant($"trace: type {e.Type} -> {best.Option} «{index.Text.TextOf(e.First, e.End)}» score={best.Score:0.000} remote={cues.RemoteWeapon} strike={cues.StrikeScene} civ={cues.Civilian} fighter={cues.Fighter}"));
        }
        e.Trigger = e.Trigger with { Type = best.Option };
        return true;
    }
}
