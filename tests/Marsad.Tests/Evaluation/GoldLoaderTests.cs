using System.Text.Json;
using Marsad.Cli;
using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public sealed class GoldLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("marsad-gold-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string GoldDir => Directory.CreateDirectory(Path.Combine(root, "gold")).FullName;

    private const string Events = """
        "places": [
          {"name": "حلب", "lat": 36.202, "lon": 37.134},
          {"name": "سورية", "country": "SY"},
          {"name": "ريف حلب الشمالي", "lat": 36.4, "lon": 37.12, "tol_km": 40}
        ],
        "actors": ["ISIL", "SYR-MIL-ALLIES"],
        "events": [
          {"id": 1, "type": "ASSAULT", "modality": "asserted", "actor1": "ISIL", "actor2": null,
           "place": "حلب", "alternative_places": ["ريف حلب الشمالي"], "when": {"relative": "publication"},
           "evidence": "هاجم التنظيم"},
          {"id": 2, "type": "AGREE", "modality": "asserted", "actor1": "SYR-MIL-ALLIES", "place": "سورية",
           "optional": true, "when": {"date": "2015-01", "precision": "month"}, "fatalities": 3}
        ]
        """;

    private void WriteGoldWithArticleFile(string dir)
    {
        File.WriteAllText(Path.Combine(dir, "one.txt"), "هجوم على حلب\n\nهاجم التنظيم مدينة حلب صباح اليوم وقتل ثلاثة.\n");
        File.WriteAllText(Path.Combine(dir, "one.json"), $$"""
            {
              "article": "one.txt",
              "published": "2016-02-24",
              "metadata": {"title": "هجوم على حلب", "author": null, "dateline": null, "boilerplate": ["اترك تعليقاً"]},
              {{Events}}
            }
            """);
    }

    private void WriteGoldWithArticleRef(string dir)
    {
        var corpusDir = Directory.CreateDirectory(Path.Combine(root, "shared", "data", "news")).FullName;
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "a1", title = "خبر آخر", text = "نص لا يعني الاختبار." }),
            JsonSerializer.Serialize(new { id = "b2", title = "قصف على حلب", author = "مراسلنا", text = "قصفت الطائرات مدينة حلب." }),
        };
        File.WriteAllLines(Path.Combine(corpusDir, "tiny.jsonl"), lines);
        File.WriteAllText(Path.Combine(dir, "two.json"), $$"""
            {
              "article_ref": {"corpus": "data/news/tiny.jsonl", "id": "b2"},
              "published": null,
              "metadata": {"title": "قصف على حلب", "author": "مراسلنا", "dateline": null, "boilerplate": []},
              {{Events}}
            }
            """);
    }

    [Fact]
    public void A_gold_dir_loads_articles_from_a_file_beside_the_gold_and_from_a_corpus_reference()
    {
        var dir = GoldDir;
        WriteGoldWithArticleFile(dir);
        WriteGoldWithArticleRef(dir);

        var gold = new GoldLoader(Path.Combine(root, "shared")).LoadDirectory(dir);

        Assert.Equal(["one", "two"], gold.Select(g => g.Gold.Name));
        var one = gold[0];
        Assert.Contains("هاجم التنظيم مدينة حلب", one.Article.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2016, 2, 24), one.Article.Published);
        Assert.Equal(new DateOnly(2016, 2, 24), one.Gold.Published);
        var two = gold[1];
        Assert.Equal("قصفت الطائرات مدينة حلب.", two.Article.Body);
        Assert.Equal("قصف على حلب", two.Article.Title);
        Assert.Equal("مراسلنا", two.Article.Author);
        Assert.Null(two.Article.Published);
    }

    [Fact]
    public void A_gold_file_is_read_with_every_field_of_the_format()
    {
        var dir = GoldDir;
        WriteGoldWithArticleFile(dir);

        var gold = new GoldLoader(root).LoadFile(Path.Combine(dir, "one.json")).Gold;

        Assert.Equal(25, gold.Places[0].TolKm);
        Assert.Equal("SY", gold.Places[1].Country);
        Assert.Equal(40, gold.Places[2].TolKm);
        Assert.Equal(["ISIL", "SYR-MIL-ALLIES"], gold.Actors);
        Assert.Equal(["اترك تعليقاً"], gold.Metadata.Boilerplate);
        var first = gold.Events[0];
        Assert.Equal(("1", "ASSAULT", "asserted", "ISIL", "حلب"), (first.Id, first.Type, first.Modality, first.Actor1, first.Place));
        Assert.Equal(["ريف حلب الشمالي"], first.AlternativePlaces);
        Assert.Equal("publication", first.When!.Relative);
        Assert.False(first.Optional);
        var second = gold.Events[1];
        Assert.True(second.Optional);
        Assert.Equal(("2015-01", "month"), (second.When!.Date, second.When.Precision));
        Assert.Equal(3, second.Fatalities);
    }

    [Fact]
    public void A_gold_file_naming_a_missing_article_is_an_error_that_names_the_file()
    {
        var dir = GoldDir;
        File.WriteAllText(Path.Combine(dir, "lost.json"), $$"""{"article": "lost.txt", "published": null, {{Events}} }""");

        var e = Assert.Throws<GoldFormatException>(() => new GoldLoader(root).LoadDirectory(dir));

        Assert.Contains("lost.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("lost.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_naming_an_unknown_place_is_an_error_that_names_the_file_and_the_place()
    {
        var dir = GoldDir;
        File.WriteAllText(Path.Combine(dir, "bad.txt"), "نص.");
        File.WriteAllText(Path.Combine(dir, "bad.json"), """
            {"article": "bad.txt", "places": [{"name": "حلب", "lat": 36.2, "lon": 37.1}],
             "events": [{"id": 7, "type": "ASSAULT", "modality": "asserted", "actor1": null, "place": "إدلب"}]}
            """);

        var e = Assert.Throws<GoldFormatException>(() => new GoldLoader(root).LoadDirectory(dir));

        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("إدلب", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_id_missing_from_the_corpus_is_an_error()
    {
        var dir = GoldDir;
        WriteGoldWithArticleRef(dir);
        var path = Path.Combine(dir, "two.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"b2\"", "\"zz\"", StringComparison.Ordinal));

        var e = Assert.Throws<GoldFormatException>(() => new GoldLoader(Path.Combine(root, "shared")).LoadDirectory(dir));

        Assert.Contains("two.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("zz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_event_type_is_an_error()
    {
        var e = Assert.Throws<GoldFormatException>(() => GoldLoader.ParseDocument(
            """{"events": [{"type": "ASAULT", "modality": "asserted"}]}""", "typo"));

        Assert.Contains("ASAULT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_command_scores_a_gold_dir_and_exits_zero()
    {
        var dir = GoldDir;
        WriteGoldWithArticleFile(dir);
        WriteGoldWithArticleRef(dir);
        var stdout = new StringWriter();

        var code = CliRunner.Run(new System.CommandLine.RootCommand { EvalCommand.Create() }, ["eval", dir, "--shared", Path.Combine(root, "shared"), "--verbose"], stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("TOTAL", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("MISS #1 ASSAULT", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_command_prints_json_when_asked()
    {
        var dir = GoldDir;
        WriteGoldWithArticleFile(dir);
        var stdout = new StringWriter();

        var code = CliRunner.Run(new System.CommandLine.RootCommand { EvalCommand.Create() }, ["eval", dir, "--json"], stdout, new StringWriter());

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("events").GetProperty("core").GetInt32());
        Assert.Equal("one", json.RootElement.GetProperty("articles")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Eval_command_exits_three_on_a_missing_gold_dir()
    {
        var stderr = new StringWriter();

        var code = CliRunner.Run(new System.CommandLine.RootCommand { EvalCommand.Create() }, ["eval", Path.Combine(root, "nowhere")], new StringWriter(), stderr);

        Assert.Equal(3, code);
        Assert.Contains("nowhere", stderr.ToString(), StringComparison.Ordinal);
    }
}
