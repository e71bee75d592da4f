using Marsad.Output;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The record a kept candidate is written out as: its confidence and its evidence span.</summary>
public sealed partial class EventStage
{
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
            Actor2 = ShownActor2(e) is { } actor2 ? new ActorRef(actor2.ActorId, actor2.Span.Cut(body)) : null,
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
