using System.Globalization;
using System.CommandLine;
using Marsad.Cli;
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

    public static IngestStats Ingest(string store, IEnumerable<IngestItem> items, int threads = 1, int batch = 64, CancellationToken cancel = default, Action<IngestStats>? progress = null)
    {
        using var db = MarsadStore.Open(store);
        var ingester = new Ingester(db, Pipeline, new IngestOptions { Threads = threads, BatchSize = batch, DefaultPublished = new DateOnly(2016, 2, 18), Progress = progress });
        return ingester.RunAsync(items, cancel).GetAwaiter().GetResult();
    }

    public static StoreCounts Counts(string store)
    {
        using var db = MarsadStore.Open(store);
        return db.Counts();
    }

    /// <summary>Events per document, keyed by content hash: equal stores hold equal maps.</summary>
    public static SortedDictionary<string, long> EventsByHash(string store)
    {
        using var db = MarsadStore.Open(store);
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = "SELECT d.content_hash, count(e.id) FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id, d.content_hash";
        using var r = cmd.ExecuteReader();
        var map = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (r.Read())
        {
            map[r.GetString(0)] = r.GetInt64(1);
        }
        return map;
    }

    // Three reports of one shelling of منبج (two days apart at most, a few km apart), one of the
    // same shelling that names no doer, one by another doer, one two weeks later, one in another town.
    public static List<StoredDocument> ConsolidationReports() =>
    [
        Document("قصفت قوات النظام مدينة منبج صباح الخميس وقتل خمسة.", "2016-02-18", "outlet-a",
            Event("REMOTE", "SYR-MIL", "منبج", 36.528, 37.955, "2016-02-18", 5)),
        Document("قتل سبعة مدنيين في قصف لقوات النظام على منبج.", "2016-02-19", "outlet-b",
            Event("REMOTE", "SYR-MIL", "منبج", 36.53, 37.96, "2016-02-18", 7)),
        Document("ارتفع عدد قتلى قصف منبج إلى اثني عشر.", "2016-02-20", "outlet-c",
            Event("REMOTE", null, "منبج", 36.50, 37.94, null, 12)),
        Document("شن الطيران الروسي غارات على منبج.", "2016-02-18", "outlet-d",
            Event("REMOTE", "RUS", "منبج", 36.528, 37.955, "2016-02-18")),
        Document("تجدد قصف قوات النظام على منبج بعد أسبوعين.", "2016-03-04", "outlet-e",
            Event("REMOTE", "SYR-MIL", "منبج", 36.528, 37.955, "2016-03-03", 2)),
        Document("قصفت قوات النظام مدينة الباب.", "2016-02-18", "outlet-f",
            Event("REMOTE", "SYR-MIL", "الباب", 36.37, 37.52, "2016-02-18", 1)),
        Document("قالت قوات النظام إنها ستقصف منبج.", "2016-02-18", "outlet-g",
            Event("REMOTE", "SYR-MIL", "منبج", 36.528, 37.955, "2016-02-18", modality: "intended")),
    ];

    /// <summary>Runs the store commands as the CLI does, capturing exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("marsad") { IngestCommand.Create(), ConsolidateCommand.Create(), QueryCommand.Create(), ExportCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
