using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Tests.Store;

namespace Marsad.Tests.Routes;

/// <summary>
/// Articles written for this test, each from another outlet and day, through the whole chain:
/// extraction, the store, then <c>marsad routes</c>. The M5 is cut at Maarat al-Numan, reopened,
/// said to be cut again by another outlet the next day, and cut a second time two weeks later.
/// </summary>
public sealed class RoutesArticlesTests : IDisposable
{
    private static readonly (string Id, string Published, string Text)[] Articles =
    [
        ("hawar-1", "2013-02-10", "المعارضة تقطع الطريق الدولي\nقطع مسلحو المعارضة طريق حلب-دمشق الدولي عند معرة النعمان أمس، وأغلقت قوات النظام معبر باب الهوى."),
        ("sana-1", "2013-02-16", "الجيش يفتح الطريق الدولي\nأعاد الجيش السوري فتح طريق حلب-دمشق الدولي عند معرة النعمان بعد معارك عنيفة مع مسلحي المعارضة."),
        ("orient-1", "2013-02-17", "ناشطون: الطريق الدولي ما زال مقطوعاً\nقال ناشطون إن مسلحي المعارضة قطعوا طريق حلب-دمشق الدولي عند معرة النعمان."),
        ("hawar-2", "2013-03-01", "الطريق الدولي مقطوع مجدداً\nقطع مسلحو المعارضة طريق حلب-دمشق الدولي عند معرة النعمان للمرة الثانية خلال شهر."),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-routes-articles-").FullName;
    private readonly string _store;

    public RoutesArticlesTests()
    {
        _store = Path.Combine(_dir, "m.db");
        var input = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllLines(input, Articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, published = a.Published, text = a.Text })));
        Assert.Equal(0, StoreFixtures.Run("ingest", input, "--store", _store).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private JsonElement Route(string id)
    {
        var root = new RootCommand("marsad") { RoutesCommand.Create() };
        var stdout = new StringWriter();
        Assert.Equal(0, CliRunner.Run(root, ["routes", "--store", _store, "--route", id, "--format", "json"], stdout, new StringWriter()));
        return JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("routes")[0].Clone();
    }

    [Fact]
    public void The_M5_is_cut_reopened_contested_by_another_outlet_and_cut_a_second_time()
    {
        var m5 = Route("sy-m5");
        var changes = m5.GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal(["cut", "open", "contested", "cut"], changes.Select(c => c.GetProperty("state").GetString()));
        Assert.All(changes, c => Assert.Equal("معرة النعمان", c.GetProperty("at").GetString()));
        Assert.Equal(["sana-1"], changes[2].GetProperty("sides").GetProperty("open").EnumerateArray().Select(s => s.GetProperty("document").GetString()));
        Assert.Equal(["orient-1"], changes[2].GetProperty("sides").GetProperty("cut").EnumerateArray().Select(s => s.GetProperty("document").GetString()));
        Assert.Equal(2, changes[3].GetProperty("cut_number").GetInt32());
        Assert.Equal(2, changes[3].GetProperty("claimed_nth").GetInt32());
        Assert.Equal("للمرة الثانية", changes[3].GetProperty("claim_text").GetString());
    }

    [Fact]
    public void The_crossing_closed_in_the_same_article_has_its_own_timeline()
    {
        var crossing = Route("crossing-bab-al-hawa");

        Assert.Equal("cut", crossing.GetProperty("state").GetString());
        Assert.Equal("hawar-1", crossing.GetProperty("current").GetProperty("sources")[0].GetProperty("document").GetString());
    }
}
