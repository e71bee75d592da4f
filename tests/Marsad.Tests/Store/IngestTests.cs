using System.Diagnostics;
using System.Text;
using Marsad.Store;
using Microsoft.Data.Sqlite;

using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

public sealed class IngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-store-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    [Fact]
    public void A_folder_is_read_recursively_for_text_html_and_json_lines_only()
    {
        var root = Path.Combine(_dir, "tree");
        Directory.CreateDirectory(Path.Combine(root, "sub", "deeper"));
        File.WriteAllText(Path.Combine(root, "one.txt"), StoreFixtures.Article(1));
        File.WriteAllText(Path.Combine(root, "sub", "two.html"), "<html><head><title>خبر</title></head><body><p>" + StoreFixtures.Article(2) + "</p></body></html>");
        File.WriteAllText(Path.Combine(root, "sub", "deeper", "three.HTM"), "<html><body><p>" + StoreFixtures.Article(3) + "</p></body></html>");
        File.WriteAllText(Path.Combine(root, "sub", "many.jsonl"),
            "{\"id\": \"x1\", \"text\": \"" + StoreFixtures.Article(4).Replace("\n", "\\n", StringComparison.Ordinal) + "\", \"source\": \"outlet\", \"crawled_at\": \"2013-02-01T10:00:00\"}\n\n" +
            "{\"id\": \"x2\", \"text\": \"" + StoreFixtures.Article(5).Replace("\n", "\\n", StringComparison.Ordinal) + "\", \"published\": \"2013-02-03\"}\n");
        File.WriteAllText(Path.Combine(root, "notes.md"), "ليس خبراً");
        File.WriteAllText(Path.Combine(root, "data.json"), "{}");
        var items = IngestInputs.Enumerate([root]).ToList();
        Assert.Equal(["one.txt", "three.HTM", "many.jsonl:1", "many.jsonl:3", "two.html"],
            items.Select(i => Path.GetFileName(i.Origin)).ToList());
        var store = Path.Combine(_dir, "m.db");
        Assert.Equal(5, Ingest(store, items).New);
        using var db = MarsadStore.Open(store);
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = "SELECT source || '|' || published FROM documents WHERE external_id IN ('x1', 'x2') ORDER BY external_id";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(r.GetString(0));
        }
        // The outlet is the source; a crawl time stands in for a missing publication date.
        Assert.Equal(["outlet|2013-02-01", Path.Combine(root, "sub", "many.jsonl") + "|2013-02-03"], rows);
    }
}
