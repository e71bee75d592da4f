using Marsad.Store;
using Microsoft.Data.Sqlite;
using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

public sealed class ConsolidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-consolidation-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    private static string Build(string path, IEnumerable<StoredDocument> docs, int batch)
    {
        using var db = MarsadStore.Open(path);
        foreach (var chunk in docs.Chunk(batch))
        {
            db.WriteBatch(chunk);
        }
        db.Rebuild();
        return path;
    }

    private static List<string> ConsolidatedRows(string path)
    {
        using var db = MarsadStore.Open(path);
        using var cmd = db.Connection.CreateCommand();
        // Event ids follow arrival order, so sources are compared by document hash and ordinal.
        cmd.CommandText = """
            SELECT c.*, (SELECT group_concat(document_hash || ':' || ordinal, ',') FROM
                          (SELECT document_hash, ordinal FROM consolidated_sources s WHERE s.consolidated_id = c.id ORDER BY document_hash, ordinal))
            FROM consolidated_events c ORDER BY c.id
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    [Fact]
    public void The_same_reports_in_two_orders_give_identical_consolidated_rows()
    {
        var forward = ConsolidatedRows(Build(Path.Combine(_dir, "forward.db"), StoreFixtures.ConsolidationReports(), batch: 2));
        var backward = ConsolidatedRows(Build(Path.Combine(_dir, "backward.db"), Enumerable.Reverse(StoreFixtures.ConsolidationReports()), batch: 3));
        var shuffled = ConsolidatedRows(Build(Path.Combine(_dir, "shuffled.db"), StoreFixtures.ConsolidationReports().OrderBy(d => d.ContentHash, StringComparer.Ordinal), batch: 1));
        Assert.NotEmpty(forward);
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    [Fact]
    public void Reports_of_one_shelling_link_to_one_event_with_every_source_and_fatality_range()
    {
        var path = Build(Path.Combine(_dir, "m.db"), StoreFixtures.ConsolidationReports(), batch: 10);
        using var db = MarsadStore.Open(path);
        var events = db.Run(new EventFilter { Consolidated = true, Type = "REMOTE" });
        // منبج 18-20 Feb (3 reports), the Russian strike, two weeks later, الباب, the intended one.
        Assert.Equal(5, events.Count);
        var main = Assert.Single(events, e => e.DocumentCount == 3);
        Assert.Equal("SYR-MIL", main.Actor1);
        Assert.Equal("2016-02-18", main.DateValue);
        Assert.Equal("day", main.DatePrecision);
        Assert.Equal((5, 7, 12), (main.FatalitiesLow, main.Fatalities, main.FatalitiesHigh));
        Assert.Equal("outlet-a; outlet-b; outlet-c", main.Sources);
        Assert.Single(events, e => e.Modality == "intended");
        Assert.Single(events, e => e.Actor1 == "RUS");
    }

    [Fact]
    public void Compatibility_follows_the_location_precision()
    {
        static EventMention M(string hash, double lat, double lon, string precision, string? date = "2016-02-18", string? actor = "ISIL", string? country = "SY") =>
            new(1, hash, 0, null, "2016-02-18", "ASSAULT", "asserted", actor, null, "x", lat, lon, country, null, null, precision, date, date is null ? "unknown" : "day", null, "e", 0.5);
        // 0.2° of latitude is about 22 km: too far for two towns, near enough for a countryside.
        Assert.False(Consolidator.Compatible(M("a", 36.0, 37.0, "point"), M("b", 36.2, 37.0, "point")));
        Assert.True(Consolidator.Compatible(M("a", 36.0, 37.0, "point"), M("b", 36.05, 37.0, "point")));
        Assert.True(Consolidator.Compatible(M("a", 36.0, 37.0, "region"), M("b", 36.2, 37.0, "point")));
        Assert.True(Consolidator.Compatible(M("a", 33.0, 36.0, "country"), M("b", 36.2, 37.0, "point")));
        Assert.False(Consolidator.Compatible(M("a", 33.0, 36.0, "country"), M("b", 36.2, 37.0, "point", country: "IQ")));
        Assert.False(Consolidator.Compatible(M("a", 36.0, 37.0, "point", date: "2016-02-18"), M("b", 36.0, 37.0, "point", date: "2016-02-21")));
        Assert.True(Consolidator.Compatible(M("a", 36.0, 37.0, "point", actor: null), M("b", 36.0, 37.0, "point", actor: "ISIL")));
        Assert.False(Consolidator.Compatible(M("a", 36.0, 37.0, "point", actor: "SDF"), M("b", 36.0, 37.0, "point", actor: "ISIL")));
        Assert.False(Consolidator.Compatible(M("a", 36.0, 37.0, "point"), M("a", 36.0, 37.0, "point")));
    }

    [Fact]
    public void Consolidate_command_rebuilds_the_same_rows()
    {
        var path = Build(Path.Combine(_dir, "m.db"), StoreFixtures.ConsolidationReports(), batch: 4);
        var before = ConsolidatedRows(path);
        var root = new System.CommandLine.RootCommand("marsad") { Marsad.Cli.ConsolidateCommand.Create() };
        var stderr = new StringWriter();
        Assert.Equal(0, Marsad.Cli.CliRunner.Run(root, ["consolidate", "--store", path], new StringWriter(), stderr));
        Assert.Contains("consolidated events", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, ConsolidatedRows(path));
        SqliteConnection.ClearAllPools();
    }
}

public sealed class ConsolidatorOrderTests
{
    // A crowd of nearby, close-in-time mentions where first-fit could chain differently if the
    // pass depended on arrival order: towns 6 km apart, days one apart, some actors unsaid.
    private static List<EventMention> Crowd()
    {
        var list = new List<EventMention>();
        string?[] actors = ["ISIL", null, "SDF", "ISIL"];
        for (var i = 0; i < 60; i++)
        {
            var day = new DateOnly(2016, 2, 10).AddDays(i % 7);
            list.Add(new EventMention(i, $"doc{i / 2:D3}", i % 2, $"outlet{i % 5}", "2016-02-20", i % 9 == 0 ? "REMOTE" : "ASSAULT", "asserted",
                actors[i % actors.Length], null, $"place{i % 6}", 36.0 + 0.055 * (i % 6), 37.0, "SY", null, $"g{i % 6}",
                i % 11 == 0 ? "region" : "point", i % 13 == 0 ? null : day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                i % 13 == 0 ? "unknown" : "day", i % 4 == 0 ? i : null, $"evidence {i}", 0.5 + (i % 3) / 10.0));
        }
        return list;
    }

    private static string Describe(IEnumerable<ConsolidatedEvent> events) => string.Join('\n', events.Select(e =>
        $"{e.Id}|{e.Type}|{e.Actor1}|{e.LocationName}|{e.DateValue}|{e.FatalitiesLow}/{e.FatalitiesBest}/{e.FatalitiesHigh}|{e.EvidenceText}|" +
        string.Join(',', e.Members.Select(m => $"{m.DocumentHash}:{m.Ordinal}").Order(StringComparer.Ordinal))));

    [Fact]
    public void Any_shuffle_of_the_mentions_gives_the_same_consolidated_events()
    {
        var expected = Describe(Consolidator.Consolidate(Crowd()));
        Assert.Contains(",", expected, StringComparison.Ordinal);
        for (var seed = 1; seed <= 25; seed++)
        {
            var random = new Random(seed);
            var shuffled = Crowd().OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Describe(Consolidator.Consolidate(shuffled)));
        }
    }
}
