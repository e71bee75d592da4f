using System.Globalization;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>Articles and hand-made extraction results for the store tests.</summary>
internal static class StoreFixtures
{
    private static readonly Lazy<MarsadPipeline> LazyPipeline = new(MarsadPipeline.CreateDefault);

    public static MarsadPipeline Pipeline => LazyPipeline.Value;

    private static readonly string[] Towns = ["خناصر", "السفيرة", "منبج", "الباب", "تدمر", "القريتين", "دير حافر", "مارع"];

    private static readonly string[] Doers = ["قوات النظام", "تنظيم داعش", "فصائل المعارضة", "الطيران الروسي"];

    /// <summary>The i-th of many small distinct articles (written for these tests).</summary>
    public static string Article(int i) => string.Create(CultureInfo.InvariantCulture,
        $"قصفت {Doers[i % Doers.Length]} بلدة {Towns[i % Towns.Length]} في ريف حلب يوم الخميس، ما أدى إلى مقتل {i + 2} مدنيين وإصابة آخرين.\n\nوقالت مصادر محلية إن الاشتباكات استمرت حتى ساعات الليل في محيط البلدة، في اليوم {i} من المعارك.");

    public static string WriteArticles(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"a{i:D4}.txt")), Article(i));
        }
        return dir;
    }

    public static EventRecord Event(string type, string? actor1, string place, double lat, double lon, string? date, int? fatalities = null,
        string modality = "asserted", string precision = "point", string country = "SY", string? actor2 = null, string? admin1 = null, string evidence = "قصفت قوات النظام البلدة") => new()
    {
        Type = type,
        Modality = modality,
        Actor1 = actor1 is null ? null : new ActorRef(actor1, actor1),
        Actor2 = actor2 is null ? null : new ActorRef(actor2, actor2),
        Location = new LocationRef { Name = place, Lat = lat, Lon = lon, Country = country, Admin1 = admin1 ?? (country == "SY" ? "حلب" : null), Precision = precision },
        Date = date is null ? DateRef.Unknown : new DateRef(date, date.Length == 10 ? "day" : date.Length == 7 ? "month" : "year", date),
        Fatalities = fatalities,
        Evidence = new Evidence(0, evidence.Length, evidence),
        Confidence = 0.8,
    };

    /// <summary>A stored document with the given events, its body made unique by <paramref name="body"/>.</summary>
    public static StoredDocument Document(string body, string published, string source, params EventRecord[] events) => new(
        MarsadStore.ContentHash(body), source, null, source, new ExtractionResult
        {
            Document = new DocumentInfo { Id = source, Source = source, Published = published, Body = body },
            Events = [.. events],
        });
}
