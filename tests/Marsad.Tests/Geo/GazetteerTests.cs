using Marsad.Geo;

namespace Marsad.Tests.Geo;

public class GazetteerTests
{
    [Fact]
    public void Embedded_gazetteer_holds_the_Syrian_towns_and_the_curated_features()
    {
        var g = Gazetteer.Default;
        Assert.True(g.Count > 50_000);
        Assert.Contains(g.Find("خناصر"), r => g[r].Country == "SY");
        Assert.Contains(g.Find("معبر الكاستيلو"), r => g[r].IsFeature && g[r].CoordSource is { Length: > 0 });
    }

    [Fact]
    public void Fast_keys_agree_with_the_tokenizer()
    {
        var g = Gazetteer.Default;
        foreach (var name in new[] { "ريف حلب الشمالي", "دير الزور", "تل  جبين", "مُحافظة اللاذقية", "حماة" })
        {
            Assert.NotEmpty(g.Find(name));
        }
        Assert.Equal("محافظه اللاذقيه", Gazetteer.KeyOf("مُحافظة  اللاذقية"));
    }

    [Fact]
    public void Features_file_names_the_source_of_every_coordinate()
    {
        var t = Marsad.Lexicons.TsvTable.LoadEmbedded("features");
        Assert.All(t.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r[t.Column("coord_source")])));
    }

    [Fact]
    public void Rebuilding_from_shared_data_reproduces_the_committed_file()
    {
        // Only where the shared data sits beside the clone (developers' machines); users' clones skip.
        var root = FindRoot();
        var shared = root is null ? null : Path.Combine(root, "..", "shared", "data", "gazetteer");
        if (root is null || !Directory.Exists(shared))
        {
            return;
        }
        var built = GazetteerBuilder.Build(shared);
        var committed = File.ReadAllBytes(Path.Combine(root, "data", "geo", "gazetteer.tsv.gz"));
        Assert.Equal(GazetteerBuilder.Decompress(committed), built.Text);
    }

    [Fact]
    public void The_words_that_open_a_longer_name_are_known_as_prefixes_and_a_whole_name_alone_is_not()
    {
        var g = Gazetteer.Default;
        Assert.True(g.IsPrefix(Gazetteer.KeyOf("ريف حلب")));
        Assert.True(g.IsPrefix(Gazetteer.KeyOf("ريف")));
        // «مطار كويرس العسكري» is a whole name; no name goes on after it.
        Assert.False(g.IsPrefix(Gazetteer.KeyOf("مطار كويرس العسكري")));
        Assert.False(g.IsPrefix(Gazetteer.KeyOf("حلب الشمالي الغربي الأقصى")));
    }

    private static string? FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Marsad.slnx")))
            {
                return d.FullName;
            }
        }
        return null;
    }
}
