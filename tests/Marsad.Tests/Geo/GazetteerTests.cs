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

    [Fact]
    public void Probing_a_key_as_characters_answers_as_the_string_lookups_do()
    {
        var g = Gazetteer.Default;
        foreach (var name in new[] { "حلب", "ريف حلب", "ريف", "ريف حلب الشمالي", "دير الزور", "مطار كويرس العسكري", "كلمه لا تسمي مكانا" })
        {
            var key = Gazetteer.KeyOf(name);
            g.Probe(key.AsSpan(), out var found, out var prefix);
            Assert.Equal(g.Lookup(key), g.Rows(found));
            Assert.Equal(g.IsPrefix(key), prefix);
        }
        g.Probe("دير".AsSpan(), out _, out var opens);
        Assert.True(opens);
    }

    [Fact]
    public void Words_that_only_open_longer_names_name_no_place_themselves()
    {
        var g = Gazetteer.Default;
        // «مطار الملكة» opens «مطار الملكة علياء» and names nothing itself («مطار حمد», the
        // example before, is now a name: IDRISI's annotators located it).
        var key = Gazetteer.KeyOf("مطار الملكة");
        g.Probe(key.AsSpan(), out var found, out var prefix);
        Assert.True(prefix);
        Assert.Empty(g.Rows(found));
        Assert.Empty(g.Lookup(key));
        Assert.Empty(g.Find("زقاق لا اسم له"));
    }

    [Fact]
    public void A_name_gives_its_rows_sorted_and_the_same_list_each_time()
    {
        var g = Gazetteer.Default;
        var rows = g.Find("حماة");
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Order(), rows);
        Assert.Same(rows, g.Find("حماة"));
    }

    [Fact]
    public void A_row_keeps_the_folded_key_of_its_display_name()
    {
        var g = Gazetteer.Default;
        foreach (var row in g.Find("دير الزور").Concat(g.Find("معبر الكاستيلو")))
        {
            Assert.Equal(Gazetteer.KeyOf(g[row].Name), g.NameKeyOf(row));
            Assert.Equal(g[row].IsFeature, g.IsFeatureRow(row));
            Assert.Equal(g[row].Country, g.CountryOf(row));
        }
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

    [Fact]
    public void A_rows_columns_read_alone_agree_with_its_entry()
    {
        var g = Gazetteer.Default;
        foreach (var row in g.Find("حلب").Concat(g.Find("طرابلس")))
        {
            var e = g[row];
            Assert.Equal(e.Lat, g.LatOf(row));
            Assert.Equal(e.Lon, g.LonOf(row));
            Assert.Equal(e.Country, g.CountryOf(row));
            Assert.Equal(e.Type, g.TypeOf(row));
            Assert.Equal(e.Population, g.PopulationOf(row));
        }
    }

    [Fact]
    public void A_country_code_gives_the_first_country_row_of_that_code_and_an_unknown_code_none()
    {
        var g = Gazetteer.Default;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < g.Count; row++)
        {
            if (g.TypeOf(row) == "country")
            {
                first.TryAdd(g.CountryOf(row), row);
            }
        }
        Assert.Contains("SY", first.Keys);
        foreach (var (code, row) in first)
        {
            Assert.Equal(row, g.CountryRow(code));
        }
        Assert.Equal(-1, g.CountryRow("ZZ-none"));
    }
}
