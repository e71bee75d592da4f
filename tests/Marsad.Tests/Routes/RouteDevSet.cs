using System.Globalization;
using Marsad.Geo;
using Marsad.Routes;

namespace Marsad.Tests.Routes;

/// <summary>
/// The dev set of route events: what the store holds for the Hama–Aleppo road through Khanaser
/// across several articles, in date order, as the extractor stores them (one article may hold
/// several). The road is cut, reopened, contested, reopened, cut again (the seed article), then
/// another outlet says it reopened the next day, and it is cut a third time.
/// </summary>
internal static class RouteDevSet
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Points = new(StringComparer.Ordinal)
    {
        ["خناصر"] = (35.7816, 37.4992),
        ["السفيرة"] = (36.0770, 37.3725),
        ["حلب"] = (36.2024, 37.1518),
        ["حماة"] = (35.1318, 36.7578),
        ["معرة النعمان"] = (35.6483, 36.6769),
        ["مضايا"] = (33.6903, 36.1035),
        ["معبر باب الهوى"] = (36.2317, 36.6656),
        ["بور سعيد"] = (31.2565, 32.2841),
        ["طريق أعزاز"] = (36.3945, 37.0991),
        ["حمص"] = (34.7324, 36.7135),
    };

    private static readonly Lazy<RouteResolver> LazyResolver = new(() => NewResolver());

    public static RouteResolver NewResolver() => new(RouteCatalog.Default, Gazetteer.Default, RouteWords.Default);

    public static RouteResolver Resolver => LazyResolver.Value;

    private static long _ids;

    public static RouteEvent Ev(string article, string date, string type, string? actor, string place, string modality = "asserted",
        string[]? ends = null, int? claimed = null, string? claimText = null, string evidence = "قطع الطريق", string precision = "point")
    {
        var (start, end) = date.Length == 7
            ? (DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1))
            : (DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var point = Points.TryGetValue(place, out var p) ? p : ((double, double)?)null;
        return new RouteEvent
        {
            Id = Interlocked.Increment(ref _ids),
            Document = article,
            Source = article.Split('-')[0],
            Published = date.Length == 7 ? date + "-28" : date,
            Type = type,
            Modality = modality,
            Actor1 = actor,
            Place = place,
            Lat = point?.Item1,
            Lon = point?.Item2,
            Country = place == "بور سعيد" ? "EG" : "SY",
            Precision = point is null ? null : precision,
            Route = ends,
            Start = start,
            End = end,
            DateValue = date,
            DatePrecision = date.Length == 7 ? "month" : "day",
            Evidence = evidence,
            ClaimedNth = claimed,
            ClaimText = claimText,
        };
    }

    private static readonly string[] HamaAleppo = ["حماة", "حلب"];

    /// <summary>The dev set, in date order.</summary>
    public static List<RouteEvent> Khanaser() =>
    [
        Ev("watan-2013-02-04", "2013-02-04", "CAPTURE", "SYR-MIL", "خناصر", evidence: "سيطرة الجيش النظامي على بلدة خناصر"),
        Ev("hawar-2015-01-05", "2015-01-05", "BLOCKADE", "ISIL", "خناصر", ends: HamaAleppo, claimed: 3, claimText: "للمرة الثالثة", evidence: "قطع تنظيم داعش الطريق بين حماة وحلب"),
        Ev("sana-2015-01-06", "2015-01-06", "BLOCKADE", "ISIL", "خناصر", ends: HamaAleppo, evidence: "داعش يقطع الطريق بين حماة وحلب عند خناصر"),
        Ev("sana-2015-01-20", "2015-01-20", "REOPEN", "SYR-MIL", "خناصر", ends: HamaAleppo, evidence: "أعاد الجيش فتح الطريق بين حماة وحلب"),
        Ev("smart-2015-06-01", "2015-06-01", "CAPTURE", "SYR-MIL", "السفيرة", evidence: "سيطر الجيش على السفيرة"),
        Ev("smart-2015-06-10", "2015-06-10", "CAPTURE", "ISIL", "السفيرة", evidence: "سيطر داعش على السفيرة"),
        Ev("sana-2015-06-15", "2015-06-15", "REOPEN", "SYR-MIL", "خناصر", ends: HamaAleppo, evidence: "إعادة فتح الطريق بين حماة وحلب"),
        Ev("seed", "2016-02-24", "BLOCKADE", "ISIL", "خناصر", ends: HamaAleppo, claimed: 4, claimText: "للمرة الرابعة", evidence: "داعش قد قطع الطريق"),
        Ev("orient-2016-02-25", "2016-02-25", "REOPEN", "SYR-MIL", "خناصر", ends: HamaAleppo, evidence: "الطريق بين حماة وحلب مفتوح أمام الشاحنات"),
        Ev("sana-2016-02-26", "2016-02-26", "REOPEN", "SYR-MIL", "خناصر", modality: "predicted", ends: HamaAleppo, evidence: "من المتوقع أن يعاد فتح الطريق بين حماة وحلب"),
        Ev("amaq-2016-02-26", "2016-02-26", "BLOCKADE", "ISIL", "السفيرة", modality: "intended", ends: HamaAleppo, evidence: "يسعى التنظيم إلى قطع الطريق بين حماة وحلب"),
        Ev("sana-2016-03-02", "2016-03-02", "REOPEN", "SYR-MIL", "خناصر", ends: HamaAleppo, evidence: "أعاد الجيش فتح الطريق بين حماة وحلب عند خناصر"),
        Ev("hawar-2016-03-20", "2016-03-20", "BLOCKADE", "ISIL", "خناصر", ends: HamaAleppo, evidence: "قطع داعش الطريق بين حماة وحلب مجدداً"),
    ];

    public static RouteLayer Build(IEnumerable<RouteEvent> events, int window = 3) =>
        new RouteTimeline(NewResolver(), RouteCatalog.Default, window).Build(events);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
