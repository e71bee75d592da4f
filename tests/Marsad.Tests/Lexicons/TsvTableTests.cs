using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Tests.Lexicons;

public class TsvTableTests
{
    // The files whose rows are keyed by their first columns (how many), checked for conflicting
    // values. Other files may repeat a first column by design (a word under several kinds in
    // fatality_words.tsv, a name with several variants in place_variants.tsv); add a file here when
    // its first columns are its key.
    private static readonly Dictionary<string, int> KeyColumns = new(StringComparer.Ordinal)
    {
        ["agencies"] = 1,
        ["datelines"] = 1,
        ["boilerplate"] = 2,
    };

    // Columns that explain a row rather than say something about its key.
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal) { "note", "notes", "comment" };

    public static TheoryData<string> Lexicons()
    {
        var data = new TheoryData<string>();
        foreach (var name in TsvTable.EmbeddedNames().Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void The_library_embeds_the_lexicons_of_the_data_folder()
    {
        var names = TsvTable.EmbeddedNames().ToList();
        Assert.Contains("boilerplate", names);
        Assert.Contains("datelines", names);
        Assert.Contains("agencies", names);
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Every_embedded_lexicon_loads_and_says_its_source_and_licence(string name)
    {
        var table = TsvTable.LoadEmbedded(name);
        Assert.False(string.IsNullOrWhiteSpace(table.Source));
        Assert.False(string.IsNullOrWhiteSpace(table.Licence));
        Assert.NotEmpty(table.Columns);
        Assert.NotEmpty(table.Rows);
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void No_embedded_lexicon_has_an_empty_key(string name)
    {
        var table = TsvTable.LoadEmbedded(name);
        var keys = KeyColumns.GetValueOrDefault(name, 1);
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < keys; c++)
            {
                Assert.False(string.IsNullOrWhiteSpace(row[c]), $"{name}:{row.Line}: empty {table.Columns[c]}");
            }
        }
    }

    // Spelling variants that fold to one key («حماة»/«حماه», «اقرأ أيضاً»/«إقرأ أيضا») are written
    // on purpose and harmless; what must never happen is one folded key saying two different things.
    [Theory]
    [MemberData(nameof(Lexicons))]
    public void A_key_repeated_after_normalization_never_carries_conflicting_values(string name)
    {
        var table = TsvTable.LoadEmbedded(name);
        if (!KeyColumns.TryGetValue(name, out var keyColumns))
        {
            return;
        }
        var valueColumns = Enumerable.Range(keyColumns, table.Columns.Count - keyColumns)
            .Where(c => !FreeText.Contains(table.Columns[c]))
            .ToList();
        var seen = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var key = string.Join('\t', row.Fields.Take(keyColumns).Select(ArabicNormalizer.NormalizeKey));
            if (seen.TryGetValue(key, out var first))
            {
                foreach (var c in valueColumns)
                {
                    Assert.True(
                        string.Equals(first[c], row[c], StringComparison.Ordinal),
                        $"{name}:{row.Line}: '{row[keyColumns - 1]}' has {table.Columns[c]} '{row[c]}', line {first.Line} says '{first[c]}'");
                }
                continue;
            }
            seen[key] = row;
        }
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void No_embedded_lexicon_repeats_a_row(string name)
    {
        var table = TsvTable.LoadEmbedded(name);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var whole = string.Join('\t', row.Fields);
            Assert.False(seen.TryGetValue(whole, out var first), $"{name}:{row.Line}: repeats line {first}");
            seen[whole] = row.Line;
        }
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_names_the_file_and_line()
    {
        const string tsv = "# source: test\n# licence: CC0-1.0\nname\tcountry\nحلب\tSY\nدمشق\n";
        var e = Assert.Throws<InvalidDataException>(() => TsvTable.Parse("cities.tsv", new StringReader(tsv)));
        Assert.Contains("cities.tsv:5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_licence_is_rejected_by_name()
    {
        const string tsv = "# source: test\nname\tcountry\nحلب\tSY\n";
        var e = Assert.Throws<InvalidDataException>(() => TsvTable.Parse("cities.tsv", new StringReader(tsv)));
        Assert.Contains("cities.tsv", e.Message, StringComparison.Ordinal);
        Assert.Contains("licence", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_source_is_rejected()
    {
        const string tsv = "# licence: CC0-1.0\nname\nحلب\n";
        Assert.Throws<InvalidDataException>(() => TsvTable.Parse("cities.tsv", new StringReader(tsv)));
    }

    [Fact]
    public void A_well_formed_file_gives_columns_rows_and_line_numbers()
    {
        const string tsv = "# a comment\n# source: test\n# license: CC0-1.0\n\nname\tcountry\nحلب\tSY\n\n# skipped\nبغداد\tIQ\n";
        var table = TsvTable.Parse("cities.tsv", new StringReader(tsv));
        Assert.Equal("CC0-1.0", table.Licence);
        Assert.Equal(["name", "country"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("IQ", table.Rows[1][table.Column("country")]);
        Assert.Equal(9, table.Rows[1].Line);
        Assert.Throws<InvalidDataException>(() => table.Column("lat"));
    }

    [Fact]
    public void An_unknown_lexicon_name_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => TsvTable.LoadEmbedded("no-such-lexicon"));
    }
}
