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

    /// <summary>The learned choice among the actors of the trigger's sentence and the one before, and nobody (see <see cref="ActorChoice"/>).</summary>
    private static void ChooseActor1(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] features, (Dictionary<string, int> Counts, string? Top) counts, ActorChoice.CandidateCues cues, CandidateLog? log, int group)
    {
        var options = ActorChoice.Options(index, e, e.Actor1, cues);
        var best = (Score: float.MinValue, Option: default(ActorChoice.Option));
        var trigger = index.Text.SpanOf(e.First, e.End);
        // All options' vectors first, then one batch scoring (BinaryModel.ScoreMany: the same
        // scores, the trees walked for several options at once); the best is taken in option order.
        var stride = features.Length;
        var (rows, scores) = ActorRows.Rent(options.Count, stride);
        for (var i = 0; i < options.Count; i++)
        {
            var row = rows.AsSpan(i * stride, stride);
            ActorChoice.Compute(index, e, options[i], options.Count, counts.Counts, counts.Top, cues, e.Actor1, row);
            log?.ActorRows.Add(new ActorOptionRow(group, trigger, e.Type, options[i].Id, row.ToArray()) { Speaker = options[i].Hit is { } h && ActorArguments.IsSpeaker(index, h) });
        }
        if (model is not null)
        {
            model.ScoreMany(rows, stride, ActorChoice.Actor1Count, scores.AsSpan(0, options.Count));
            for (var i = 0; i < options.Count; i++)
            {
                if (scores[i] > best.Score)
                {
                    best = (scores[i], options[i]);
                }
            }
        }
        if (model is null || best.Option.Id == e.Actor1?.ActorId)
        {
            return;
        }
        var chosen = best.Option.Hit;
        e.Actor1 = chosen is null ? null : ActorLinker.ArmedFormFor(e, chosen);
        e.Actor1IsLocal = chosen is not null && index.Token(chosen.First).Clause == index.Token(e.First).Clause;
        if (chosen is not null && e.Actor2?.ActorId == chosen.ActorId)
        {
            e.Actor2 = null;
        }
    }

    /// <summary>Scratch for one choice's option vectors and scores, per thread, grown to the most options a candidate has had (bounded by the actors near one trigger).</summary>
    private static class ActorRows
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
    /// the one a deed is done to. The doer itself is no option (one side cannot be both), and
    /// actor2 decides the type where force meets civilians (SPEC §2), so it runs before that rule.
    /// </summary>
    private static void ChooseActor2(ArticleIndex index, EventCandidate e, BinaryModel? model, float[] features, (Dictionary<string, int> Counts, string? Top) counts, ActorChoice.CandidateCues cues, CandidateLog? log, int group)
    {
        var options = ActorChoice.Options(index, e, e.Actor2, cues);
        var best = (Score: float.MinValue, Option: default(ActorChoice.Option));
        var trigger = index.Text.SpanOf(e.First, e.End);
        foreach (var option in options)
        {
            if (option.Id is { } id && id == e.Actor1?.ActorId)
            {
                continue;
            }
            ActorChoice.Compute(index, e, option, options.Count, counts.Counts, counts.Top, cues, e.Actor1, features);
            log?.Actor2Rows.Add(new ActorOptionRow(group, trigger, e.Type, option.Id, (float[])features.Clone()));
            if (model is not null && model.Score(features) is var s && s > best.Score)
            {
                best = (s, option);
            }
        }
        if (model is not null && best.Score > float.MinValue && best.Option.Id != e.Actor2?.ActorId)
        {
            e.Actor2 = best.Option.Hit;
        }
    }

    /// <summary>The learned choice among the places of the trigger's sentence and the one before, and the article's focus (see <see cref="PlaceChoice"/>).</summary>
    private sealed class PlaceChooser(BinaryModel? model, PlaceChoice.DocumentCounts counts, Geo.DocumentFocus focus, PlaceHit? focusHit, CandidateLog? log)
    {
        private readonly float[] _features = new float[PlaceChoice.Count];

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
            // the rules placed only by their sentence, or not at all (the focus).
            if (e.PlaceSource is "road" or "clause" or "reference")
            {
                return;
            }
            var options = PlaceChoice.Options(index, e, focusHit);
            if (options.Count == 0)
            {
                return;
            }
            var best = (Score: float.MinValue, Index: -1);
            var trigger = index.Text.SpanOf(e.First, e.End);
            for (var i = 0; i < options.Count; i++)
            {
                PlaceChoice.Compute(index, e, options[i], options.Count, counts, focus, _features, paragraphPlace);
                log?.PlaceRows.Add(new PlaceOptionRow(group, trigger, e.Type, Output.LocationRef.From(options[i].Mention), (float[])_features.Clone()));
                if (model is not null && model.Score(_features) is var s && s > best.Score)
                {
                    best = (s, i);
                }
            }
            if (model is null || best.Index < 0)
            {
                return;
            }
            var chosen = options[best.Index];
            if (ReferenceEquals(chosen.Place, e.Place) && chosen.Token == e.PlaceToken)
            {
                return;
            }
            e.RulesPlace = (e.Place, e.PlaceToken, e.PlaceSource);
            e.Place = chosen.Place;
            e.PlaceToken = chosen.Token;
            e.PlaceSource = chosen.IsFocus ? "focus"
                : chosen.IsReference ? "reference"
                : index.Token(chosen.Token).Clause == index.Token(e.First).Clause ? "clause"
                : "sentence";
            // The places coordinated with the rules' choice («العمارة والنجف») go with it.
            e.CoordinatedPlaces.Clear();
        }
    }
}
