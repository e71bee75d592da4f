using Marsad.Lexicons;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The learned choices among a candidate's options (its doer, its place, its toll) and the place of an event told without one.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// An event with no place stays an event: an ACLED coder codes it at the article's focus, the
    /// governorate its places concentrate in or else its country, and so does this stage, at that
    /// (lowest) precision. A road event keeps its road.
    /// </summary>
    private static void PlaceAtFocus(EventCandidate e, PlaceHit? focus)
    {
        if (e.Place is not null || e.Route is not null || focus is null)
        {
            return;
        }
        e.Place = focus;
        e.PlaceToken = -1;
        e.PlaceSource = "focus";
    }

    /// <summary>
    /// «أعلنت السلطات الكويتية عن توقيف …», «الأجهزة الأمنية (الفرنسية) تقبض على …»: a state's forces
    /// arrest on its own soil, so an arrest by a state named as such the article places nowhere below a country is coded in its
    /// doer's country, at country precision, where the article names or implies that country (the
    /// focus of an article about Syria is not where Turkey or Kuwait arrests its suspects). A
    /// governorate focus in the doer's own country stays, being finer. Source "doer": the rules read
    /// it as a place of the event's own, neither the focus nor a whole country told as commentary.
    /// </summary>
    private static void PlaceInDoerState(EventCandidate e, Geo.DocumentFocus focus)
    {
        // A generic word («الشرطة», «السلطات») takes the focus country's id: its country says nothing the focus does not.
        if (e.Type != "ARREST" || e.Route is not null || e.Actor1 is not { } doer || doer.Entry?.IsNational == true
            || ActorLexicon.CountryOf(doer.ActorId) is not { } country || !focus.Named.Contains(country))
        {
            return;
        }
        // A place of its own is kept: below a country, or a country the text names for it abroad
        // («اعتقلته قوات تركية خاصة في كينيا»); so is the focus governorate of the doer's own country.
        var inDoerState = e.Place is { } at && string.Equals(at.Mention.Country, country, StringComparison.Ordinal);
        // A whole country is the event's own only where the rules linked it (as Judge reads it): a learned choice of a country over the focus is not.
        var focused = (e.RulesPlace?.Source ?? e.PlaceSource) is "focus" or "none";
        if (e.Place is { } own && (own.Mention.Precision != "country"
            ? e.PlaceSource is not ("focus" or "none") || inDoerState
            : !focused && !inDoerState))
        {
            return;
        }
        if (focus.CountryPlace(country) is not { } mention)
        {
            return;
        }
        PlaceInState(e, mention);
    }

    /// <summary>
    /// Codes the event at a whole country as its own place: source "doer", which the rules read as the event's
    /// own country, neither the focus nor a country told as commentary, and into which no town's event folds.
    /// </summary>
    private static void PlaceInState(EventCandidate e, Output.PlaceMention country)
    {
        e.Place = new PlaceHit(-1, -1, default, country);
        e.PlaceToken = -1;
        e.PlaceSource = "doer";
        e.RulesPlace = null;
        e.CoordinatedPlaces.Clear();
    }

    /// <summary>The learned choice among the actors of the trigger's sentence and the one before, and nobody (see <see cref="ActorChoice"/>).</summary>
    private static void ChooseActor1(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] features, (Dictionary<string, int> Counts, string? Top) counts, ActorChoice.CandidateCues cues, CandidateLog? log, int group)
    {
        var options = ActorChoice.Options(index, e, e.Actor1, cues);
        DeedTarget.DropFrom(index, e, options);
        DropWithdrawn(index, e, options);
        DropCountedDead(index, e, options);
        DropHolders(index, e, options);
        DropAircraftOnGround(index, e, options);
        // The rules' doer left out so: the choice among the rest stands even when it names the aircraft's own side
        // («قوات النظام» after «الطيران الحربي»), which compares equal to it by id.
        if (e.Actor1 is { } linked && AircraftOnGround(index, e, linked))
        {
            e.Actor1 = null;
        }
        var best = BestOption(index, e, options, skip: null, model, ActorChoice.Actor1Count, features.Length, counts, cues, log?.ActorRows, markSpeakers: true, group);
        if (best is { } picked && ActorChoice.FirstOfPair(index, picked, options) is { } first)
        {
            best = first;
        }
        // A protest's doer is its protesters by convention (docs/annotation.md 6.1): whoever the
        // sentence names is an organiser or the target, so the choice (still logged for training)
        // is not applied; it gave protests the nearest party («مظاهرات ... داعش») as doer.
        if (best is { } chosenOption && chosenOption.Id != e.Actor1?.ActorId && e.Type != "PROTEST")
        {
            var chosen = chosenOption.Hit;
            e.Actor1 = chosen is null ? null : ActorLinker.ArmedFormFor(index, e, chosen);
            e.Actor1IsLocal = chosen is not null && index.Token(chosen.First).Clause == index.Token(e.First).Clause;
            if (chosen is not null && e.Actor2?.ActorId == chosen.ActorId)
            {
                e.Actor2 = null;
            }
        }
    }

    /// <summary>Whoever chose it, the rules or the model: an undergone deed keeps only a doer named after it (see <see cref="SufferedWithoutDoer"/>), and the target a verb of aiming names (<see cref="DeedTarget"/>), the counted dead of a killing word (<see cref="IsCountedDead"/>) and the holder of a place (<see cref="IsHolder"/>) are no doer, nor a party from another sentence for a killing told of its dead (<see cref="KilledWithoutDoer"/>) or a deed told by what it hit (<see cref="AimedWithoutDoer"/>), nor a party with no aircraft for an air raid (<see cref="AirRaidWithoutAircraft"/>), nor an aircraft or a gun for a deed on the ground (<see cref="AircraftOnGround"/>), nor the party condemning the deed (<see cref="CondemnerAsDoer"/>).</summary>
    private static void DropInferredDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Actor1 is { } doer && (SufferedWithoutDoer(index, e, doer) || DeedTarget.Is(index, doer, e) || IsCountedDead(index, doer, e) || IsHolder(index, doer, e) || KilledWithoutDoer(index, e, doer)
            || AimedWithoutDoer(index, e, doer) || AirRaidWithoutAircraft(index, e, doer) || AircraftOnGround(index, e, doer) || CondemnerAsDoer(index, e, doer)))
        {
            if (TraceChoices && KilledWithoutDoer(index, e, doer))
            {
                var sentence = index.SentenceOf(e.First);
                Console.Error.WriteLine($"trace: doer rule killed-without-doer «{index.Text.TextOf(e.First, e.End)}» {doer.ActorId} -> - in «{index.Text.TextOf(sentence.First, sentence.End)}»");
            }
            e.Actor1 = null;
            e.Actor1IsLocal = false;
        }
    }

    /// <summary>
    /// «تعرضت دورية للجيش لهجوم بعبوة ناسفة», «القصف الذي تعرض له الحي»: a deed told as suffered
    /// names its doer after the trigger in its own sentence («لقصف من القوات النظامية») or not at
    /// all; a party the choice takes from elsewhere is one a reader infers, and the guideline keeps
    /// actor1 null there (docs/annotation.md 6.3, "passive with no doer"). Only the deed that is
    /// itself the object of the undergoing counts («تتعرض للقصف»): a clash joined to it by «و» takes
    /// its sides from the context like any clash.
    /// </summary>
    private static bool SufferedWithoutDoer(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || !(UndergoneBefore(index, e) || UndergoneAfter(index, e)))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        if (doer.First >= e.End && doer.First < sentence.End)
        {
            return false;
        }
        // The choice may take an earlier mention of the party the deed's clause names as its agent
        // («قصف تعرضت له بلدة النيرب من القوات النظامية»): that doer is named.
        var clause = index.Token(e.First).Clause;
        for (var k = e.End; k < sentence.End && index.Token(k).Clause == clause; k++)
        {
            if (index.ActorAt(k) is { } later && later.First == k && later.ActorId == doer.ActorId
                && (ActorArguments.AgentBefore(index, k) || index.Token(k - 1).Norm is "من"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Tokens an undergoing verb may stand before its deed: «تعرضت دورية للجيش العراقي لهجوم» puts three between.</summary>
    private const int UndergoReach = 4;

    /// <summary>«تعرضت الأحياء لقصف»: the trigger behind «ل» with a verb or noun of undergoing a few words before it in its clause.</summary>
    private static bool UndergoneBefore(ArticleIndex index, EventCandidate e)
    {
        if (index.Token(e.First).Norm is not ['ل', ..])
        {
            return false;
        }
        return HasRole(index, Math.Max(index.ClauseOf(e.First).First, e.First - UndergoReach), e.First, "undergo");
    }

    /// <summary>Tokens an indefinite deed's adjectives may put between it and its clause of undergoing («قصف مدفعي عنيف تتعرض له»).</summary>
    private const int UndergoGap = 3;

    /// <summary>
    /// «القصف الذي تعرض له»: the trigger a relative clause of undergoing follows. An indefinite deed
    /// takes its relative clause with no relative word («قصف عنيف يتعرض له حي بابا عمرو», «قصف تعرضت له
    /// بلدة»): there the resumptive pronoun after the verb («له», «لها») marks the clause.
    /// </summary>
    private static bool UndergoneAfter(ArticleIndex index, EventCandidate e)
    {
        if (e.End + 1 < index.Count && index.IsRole(e.End, "relative") && index.IsRole(e.End + 1, "undergo", true))
        {
            return true;
        }
        var clause = index.Token(e.First).Clause;
        for (var k = e.End; k + 1 < index.Count && k <= e.End + UndergoGap && index.Token(k + 1).Clause == clause; k++)
        {
            if (!index.Token(k).IsWord || index.ActorAt(k) is not null)
            {
                return false;
            }
            if (index.IsRole(k, "undergo", true) && index.IsRole(k + 1, "resumptive"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The best-scored of <paramref name="options"/> (the first of equals), leaving out the one of id
    /// <paramref name="skip"/>, or null without a model or an option. All vectors are built first and
    /// scored in one batch (<see cref="BinaryModel.ScoreMany"/>: the same scores as one walk per
    /// vector, the trees walked for several options at once); every vector is logged for training (actor1's with whether the option is a speaker).
    /// </summary>
    private static ActorChoice.Option? BestOption(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options, string? skip, BinaryModel? model, int width, int stride,
        (Dictionary<string, int> Counts, string? Top) counts, ActorChoice.CandidateCues cues, List<ActorOptionRow>? log, bool markSpeakers, int group)
    {
        // Without a model the vectors are only wanted for a training log.
        if (model is null && log is null)
        {
            return null;
        }
        var trigger = index.Text.SpanOf(e.First, e.End);
        var (rows, scores) = OptionRows.Rent(options.Count, stride);
        var kept = t_kept ??= new List<ActorChoice.Option>();
        kept.Clear();
        foreach (var option in options)
        {
            if (skip is not null && option.Id == skip)
            {
                continue;
            }
            var row = rows.AsSpan(kept.Count * stride, stride);
            ActorChoice.Compute(index, e, option, options.Count, counts.Counts, counts.Top, cues, e.Actor1, row);
            log?.Add(new ActorOptionRow(group, trigger, e.Type, option.Id, row.ToArray()) { Speaker = markSpeakers && option.Hit is { } h && ActorArguments.IsSpeaker(index, h) });
            kept.Add(option);
        }
        if (model is null || kept.Count == 0)
        {
            return null;
        }
        if (kept.Count == 1)
        {
            // A lone option wins unscored.
            return kept[0];
        }
        model.ScoreMany(rows, stride, width, scores.AsSpan(0, kept.Count));
        var best = 0;
        for (var i = 1; i < kept.Count; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        if (TraceChoices)
        {
            // Which options an actor choice weighed and how: the doers it lends or leaves show here.
            Console.Error.WriteLine(FormattableString.Invariant($"trace: {(markSpeakers ? "actor1" : "actor2")} «{index.Text.TextOf(e.First, e.End)}» rules={(markSpeakers ? e.Actor1 : e.Actor2)?.ActorId ?? "-"} ")
                + string.Join(" ", kept.Select((o, i) => FormattableString.Invariant($"{o.Id ?? "none"}«{(o.Hit is { } h ? h.Span.Cut(index.Text.Body) : "")}»={scores[i]:0.000}"))));
        }
        return kept[best];
    }

    private static readonly bool TraceChoices = Environment.GetEnvironmentVariable("MARSAD_TRACE") == "1";

    [ThreadStatic]
    private static List<ActorChoice.Option>? t_kept;

    /// <summary>Scratch for one choice's option vectors and scores (an actor choice's, the type choice's), per thread, grown to the most options a candidate has had (bounded by the actors near one trigger).</summary>
    private static class OptionRows
    {
        [ThreadStatic]
        private static float[]? t_rows;

        [ThreadStatic]
        private static float[]? t_scores;

        public static (float[] Rows, float[] Scores) Rent(int count, int stride)
        {
            if (t_rows is null || t_rows.Length < count * stride)
            {
                t_rows = new float[Math.Max(count, 16) * stride];
            }
            if (t_scores is null || t_scores.Length < count)
            {
                t_scores = new float[Math.Max(count, 16)];
            }
            return (t_rows, t_scores);
        }
    }

    /// <summary>The learned choice among the tolls of the trigger's sentence and the sentences next to it, and none (see <see cref="TollChoice"/>).</summary>
    private static void ChooseToll(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] features, CandidateLog? log, int group)
    {
        if (model is null && log is null)
        {
            return;
        }
        var options = TollChoice.Options(index, e);
        var best = (Score: float.MinValue, Index: -1);
        var trigger = index.Text.SpanOf(e.First, e.End);
        for (var i = 0; i < options.Count; i++)
        {
            TollChoice.Compute(index, e, options, i, features);
            log?.TollRows.Add(new TollOptionRow(group, trigger, e.Type, options[i].Mention?.Count, (float[])features.Clone()));
            if (model is not null && model.Score(features) is var s && s > best.Score)
            {
                best = (s, i);
            }
        }
        if (model is null || best.Index < 0)
        {
            return;
        }
        var chosen = options[best.Index].Mention;
        e.Fatalities = chosen?.Count;
        e.FatalitySource = chosen;
    }

    /// <summary>
    /// The learned choice of actor2 among the same options as actor1's, read with the doer chosen:
    /// the one a deed is done to. The doer itself is no option (one side cannot be both). The
    /// choice is only shown (<see cref="ShownActor2"/>): when it also fed the type where force
    /// meets civilians, the keep features and the merge, the keep model trained on top of it lost
    /// dev event F1 (0.480 to 0.467, sixteen more false events), so those keep reading the rules'.
    /// </summary>
    private static void ChooseActor2(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] features, (Dictionary<string, int> Counts, string? Top) counts, ActorChoice.CandidateCues cues, CandidateLog? log, int group)
    {
        var options = ActorChoice.Options(index, e, e.Actor2, cues);
        if (ImpliedCivilians(index, e, options) is { } civilians)
        {
            options.Add(new ActorChoice.Option(civilians));
        }
        // The doer itself is no option: one side cannot be both.
        if (BestOption(index, e, options, skip: e.Actor1?.ActorId, model, features.Length, features.Length, counts, cues, log?.Actor2Rows, markSpeakers: false, group) is { } best && best.Id != e.Actor2?.ActorId
            && !BlamesAnother(index, e, best.Hit))
        {
            e.ChosenActor2 = (best.Hit, e.Actor2);
        }
    }

    /// <summary>
    /// «وكان النظام السوري والمعارضة قد تبادلا الاتهامات بشأن إطلاق صاروخ»: the sides that blame each other for the deed,
    /// named right before the phrase, are neither its doer (<see cref="ActorLinker.MutuallyBlamed"/>) nor the one it struck.
    /// </summary>
    private static bool BlamesAnother(ArticleIndex index, EventCandidate e, ActorHit? hit)
    {
        if (hit is null || hit.End > e.First || !EventTypes.IsLethalViolence(e.Type))
        {
            return false;
        }
        // The subject may stand on the line before the verb («وكان\nالنظام السوري والمعارضة\nقد تبادلا»), which the
        // segmenter breaks into sentences of their own.
        var blame = ActorLinker.MutualBlameBefore(index, e);
        return blame >= 0 && hit.End <= blame && blame - hit.End <= BlamerGap;
    }

    /// <summary>Tokens between the sides that blame each other and their verb: «والمعارضة قد تبادلا».</summary>
    private const int BlamerGap = 3;

    /// <summary>Tokens either side of a violent trigger, in its sentence, where its victims are looked for (<see cref="ImpliedCivilians"/>).</summary>
    private const int VictimReach = 12;

    private static readonly ActorEntry CiviliansEntry = new("CIV", "name", "civ");

    /// <summary>
    /// «مقتل خمسة أشخاص في انفجار», «استهدف الهجوم موظفين»: the coder codes the people a violent deed
    /// hits as civilians (CIV) when the text names them by a common noun of no party (event_words.tsv
    /// civilian, person) and by no actor name; half the coded civilian targets are told so. Such a
    /// noun near the trigger in its sentence is one more option of the actor2 choice, the nearest
    /// one, when no mention of civilians is an option already. Only the choice reads it: the rules
    /// leave persons in general out of the type, since clashes kill them too.
    /// </summary>
    internal static ActorHit? ImpliedCivilians(ArticleIndex index, EventCandidate e, List<ActorChoice.Option> options)
    {
        if (!EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        foreach (var option in options)
        {
            if (option.Id is "CIV")
            {
                return null;
            }
        }
        var sentence = index.SentenceOf(e.First);
        for (var d = 1; d <= VictimReach; d++)
        {
            foreach (var k in (ReadOnlySpan<int>)[e.End - 1 + d, e.First - d])
            {
                if (k >= sentence.First && k < sentence.End && index.ActorAt(k) is null
                    && (TypeRules.TypeCues.Is(index, k, "civilian") || TypeRules.TypeCues.Is(index, k, "person")))
                {
                    return new ActorHit(k, k + 1, index.Text.SpanOf(k, k + 1), "CIV", Entry: CiviliansEntry);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The actor2 a reader is shown: the learned choice while no later rule moved the rules' actor2
    /// it was made over (a doer rule, a statement's accused, the merge: those are surer), unless it
    /// names the final doer or would take the civilians from an attack on civilians (SPEC §2 codes
    /// its actor2 CIV, and the type was read with them).
    /// </summary>
    internal static ActorHit? ShownActor2(EventCandidate e)
    {
        if (e.ChosenActor2 is not { } chosen || !ReferenceEquals(e.Actor2, chosen.Over)
            || (chosen.Hit is { } hit && string.Equals(hit.ActorId, e.Actor1?.ActorId, StringComparison.Ordinal))
            || (e.Type == "ATTACK_CIVILIANS" && e.Actor2?.ActorId is "CIV" or "PROTESTERS"))
        {
            return e.Actor2;
        }
        return chosen.Hit;
    }

    /// <summary>
    /// «محافظات كربلاء والنجف … والديوانية وبغداد ،مظاهرات»: a list told for one trigger is one event
    /// per place (SPEC §6) whichever of its places the place choice puts first. When the chosen
    /// place is one the rules listed with theirs, the rules' place takes its slot in the list and
    /// true is returned; a place outside the list goes alone (false, the list untouched).
    /// </summary>
    internal static bool SwapListed(EventCandidate e, PlaceHit chosen, int token)
    {
        var listed = e.Place is null ? -1 : e.CoordinatedPlaces.FindIndex(c => c.Token == token && c.Place.First == chosen.First);
        if (listed < 0)
        {
            return false;
        }
        e.CoordinatedPlaces[listed] = (e.Place!, e.PlaceToken);
        return true;
    }

    /// <summary>The learned choice among the places of the trigger's sentence and the one before, and the article's focus (see <see cref="PlaceChoice"/>).</summary>
    private sealed class PlaceChooser(BinaryModel? model, PlaceChoice.DocumentCounts counts, Geo.DocumentFocus focus, PlaceHit? focusHit, CandidateLog? log)
    {
        // The option vectors and scores of one candidate, grown to the most options one has had.
        private float[] _rows = new float[8 * PlaceChoice.Count];
        private float[] _scores = new float[8];

        // The place of the last candidate and its paragraph: a report goes on where it began.
        private (int Paragraph, string? Key) _last = (-1, null);

        public void Choose(ArticleIndex index, EventCandidate e, int group)
        {
            var paragraph = EventFeatures.ParagraphOf(index.Text, e.First);
            var paragraphPlace = _last.Paragraph == paragraph ? _last.Key : null;
            Decide(index, e, group, paragraphPlace);
            if (e.Place is { } placed && e.PlaceSource != "focus")
            {
                _last = (paragraph, PlaceChoice.KeyOf(placed.Mention));
            }
        }

        private void Decide(ArticleIndex index, EventCandidate e, int group, string? paragraphPlace)
        {
            // A road event is placed by the road's own rules (where it is cut, its named end); a place
            // the rules read in the trigger's own clause is their surest: letting the choice override
            // it too (the rules' choice a feature) gave dev F1 0.343 against 0.354 (2026-12-02), and
            // cost the seed article events that were right before. The choice is for the candidates
            // the rules placed only by their sentence, or not at all (the focus), and for a place they
            // read before the trigger in its clause behind a reporting word or a parenthesis: where a
            // speaker or a dateline stands («وقال ضابط في شرطة تكريت إن مسلحين اغتالوا…», «بيروت (ا ف
            // ب) - تدور اشتباكات»), which may or may not be where it happened («وفي بلد، قال مصدر إن…»).
            // Letting it decide every place before the trigger broke the seed article's gate (0.889).
            if (e.PlaceSource is "road" or "reference" || (e.PlaceSource == "clause" && !PlaceChoice.FramesReport(index, e)))
            {
                return;
            }
            var options = PlaceChoice.Options(index, e, focusHit);
            if (options.Count == 0)
            {
                // An accusation whose only place was not where it was said (the focus, another sentence's) has none.
                if (e.Place is { } unsaid && PlaceChoice.NotWhereSaid(index, e, new PlaceChoice.Option(unsaid, e.PlaceToken, e.PlaceSource == "reference", e.PlaceSource == "focus")))
                {
                    e.RulesPlace = (e.Place, e.PlaceToken, e.PlaceSource);
                    e.Place = null;
                    e.PlaceToken = -1;
                    e.PlaceSource = "none";
                    e.CoordinatedPlaces.Clear();
                }
                return;
            }
            // All vectors first, then one batch: the same scores as one call each (BinaryModel.ScoreMany).
            var width = PlaceChoice.Count;
            if (_rows.Length < options.Count * width)
            {
                _rows = new float[Math.Max(options.Count, 8) * width];
                _scores = new float[Math.Max(options.Count, 8)];
            }
            var trigger = index.Text.SpanOf(e.First, e.End);
            for (var i = 0; i < options.Count; i++)
            {
                var row = _rows.AsSpan(i * width, width);
                PlaceChoice.Compute(index, e, options[i], options.Count, counts, focus, row, paragraphPlace);
                log?.PlaceRows.Add(new PlaceOptionRow(group, trigger, e.Type, Output.LocationRef.From(options[i].Mention), row.ToArray()));
            }
            if (model is null)
            {
                return;
            }
            var best = 0;
            // A lone option wins unscored.
            if (options.Count > 1)
            {
                model.ScoreMany(_rows, width, width, _scores.AsSpan(0, options.Count));
            }
            for (var i = 1; i < options.Count; i++)
            {
                if (_scores[i] > _scores[best])
                {
                    best = i;
                }
            }
            var chosen = options[best];
            if (ReferenceEquals(chosen.Place, e.Place) && chosen.Token == e.PlaceToken)
            {
                return;
            }
            var listed = !chosen.IsFocus && !chosen.IsReference && SwapListed(e, chosen.Place, chosen.Token);
            e.RulesPlace = (e.Place, e.PlaceToken, e.PlaceSource);
            e.Place = chosen.Place;
            e.PlaceToken = chosen.Token;
            e.PlaceSource = chosen.IsFocus ? "focus"
                : chosen.IsReference ? "reference"
                : index.Token(chosen.Token).Clause == index.Token(e.First).Clause ? "clause"
                : "sentence";
            // The places coordinated with the rules' choice («العمارة والنجف») go with it, unless the choice is one of them.
            if (!listed)
            {
                e.CoordinatedPlaces.Clear();
            }
        }
    }
}
