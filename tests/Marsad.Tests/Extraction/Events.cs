using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>Runs the rules (the default pipeline with the hand rules deciding, not the trained models) over a few written sentences and checks what every event must keep.</summary>
internal static class Events
{
    /// <summary>A Thursday, so «أمس» and weekday names have a known answer.</summary>
    public static readonly DateOnly Published = new(2016, 2, 18);

    public static ExtractionResult Extract(string body, DateOnly? published = null)
    {
        var result = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = published ?? Published });
        foreach (var e in result.Events)
        {
            // Every event must point at the words that carry it, whatever else the test checks.
            Assert.InRange(e.Evidence.Start, 0, e.Evidence.End);
            Assert.InRange(e.Evidence.End, e.Evidence.Start, body.Length);
            Assert.Equal(body.Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start), e.Evidence.Text);
        }
        return result;
    }

    public static List<EventRecord> Of(string body, DateOnly? published = null) => Extract(body, published).Events;

    /// <summary>The candidates of a type as the rules leave them, kept or not (the candidate log, before any keep decision).</summary>
    public static List<EventRecord> Candidates(string body, string type)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }, log);
        return [.. log.Rows.Where(r => r.Type == type).Select(r => r.Record)];
    }

    /// <summary>The one event of the given type, failing when there is none or more than one.</summary>
    public static EventRecord Single(string body, string type, DateOnly? published = null)
    {
        var events = Of(body, published);
        return Assert.Single(events, e => e.Type == type);
    }

    public static void AssertPlace(EventRecord e, string name, string country)
    {
        Assert.NotNull(e.Location);
        // Gazetteer names may carry a shadda or hamza the text lacks: compare folded.
        Assert.Equal(ArabicNormalizer.NormalizeKey(name), ArabicNormalizer.NormalizeKey(e.Location!.Name));
        Assert.Equal(country, e.Location.Country);
    }

    public static void AssertActors(EventRecord e, string? actor1, string? actor2 = null)
    {
        Assert.Equal(actor1, e.Actor1?.Id);
        Assert.Equal(actor2, e.Actor2?.Id);
    }

    public static string Describe(IEnumerable<EventRecord> events) =>
        string.Join("; ", events.Select(e => $"{e.Type}/{e.Modality} {e.Actor1?.Id} «{e.Evidence.Text}»"));
}
