using System.Text;
using Marsad.Lexicons;

namespace Marsad.Geo;

/// <summary>Spellings the builder derives: foreign towns' Persian-lettered GeoNames names in the letters Arabic news uses.</summary>
public static partial class GazetteerBuilder
{
    // Countries whose Arabic-script GeoNames names are Persian, Urdu or Pashto words, not renderings
    // of a foreign name: their Persian-lettered spellings are no Arabic news spelling (data/geo/persian_speaking.tsv).
    private static readonly HashSet<string> PersianSpeaking = LoadPersianSpeaking();

    /// <summary>
    /// data/geo/persian_letters.tsv: each Persian letter's Arabic renderings in row order, the letters in the order
    /// the table first gives them (the spellings of a name of several such letters follow it: a Dictionary's
    /// enumeration order is no contract), and the letters that render a foreign sound.
    /// </summary>
    private static readonly (Dictionary<char, List<string>> Renderings, List<char> Order, HashSet<char> ForeignSound) PersianLetters = LoadPersianLetters();

    private static HashSet<string> LoadPersianSpeaking()
    {
        var table = TsvTable.LoadEmbedded("persian_speaking");
        var country = table.Column("country");
        return new HashSet<string>(table.Rows.Select(r => r[country]), StringComparer.Ordinal);
    }

    private static (Dictionary<char, List<string>>, List<char>, HashSet<char>) LoadPersianLetters()
    {
        var table = TsvTable.LoadEmbedded("persian_letters");
        int letter = table.Column("letter"), arabic = table.Column("arabic"), sound = table.Column("sound");
        var renderings = new Dictionary<char, List<string>>();
        var order = new List<char>();
        var foreign = new HashSet<char>();
        foreach (var row in table.Rows)
        {
            if (row[letter].Length != 1)
            {
                throw new InvalidDataException($"{table.Name}:{row.Line}: letter must be one character, not '{row[letter]}'");
            }
            var c = row[letter][0];
            if (!renderings.TryGetValue(c, out var list))
            {
                renderings[c] = list = [];
                order.Add(c);
            }
            list.Add(row[arabic]);
            if (string.Equals(row[sound], "yes", StringComparison.Ordinal))
            {
                foreign.Add(c);
            }
        }
        return (renderings, order, foreign);
    }

    /// <summary>
    /// A foreign town's Persian-lettered GeoNames spelling rewritten in the letters Arabic news uses
    /// for the same sounds («پوزانتي» → «بوزانتي», «ناگازاكي» → «ناغازاكي» and «ناجازاكي», «بورگاس» →
    /// «بورجاس»): Arabic news writes p as «ب», ch as «تش», zh as «ج», and g as «غ» (Levant, Gulf) or
    /// «ج» (Egypt). Names with other non-Arabic letters (Urdu «ٹ», «ے»; Kurdish «ە», «ۆ») stay out.
    /// </summary>
    internal static IEnumerable<string> ArabicLetterings(string name)
    {
        name = name.Trim();
        // A name that differs only by «ی» or «ک» is a Persian spelling, whose vowel letters follow
        // Persian habits («هاربین» Harbin would read as «هاربين», fleeing); one with «پ», «گ», «چ» or
        // «ژ» renders a foreign sound Arabic news renders with its own letters.
        var persian = false;
        foreach (var c in name)
        {
            if (IsNonArabicLetter(c))
            {
                if (!PersianLetters.Renderings.ContainsKey(c))
                {
                    yield break;
                }
                persian |= PersianLetters.ForeignSound.Contains(c);
            }
            else if (c is '\u200C' or '\u0626')
            {
                // A zero-width non-joiner or a «ئ» seat is Persian or Kurdish orthography.
                yield break;
            }
        }
        if (!persian || name.Length < 4)
        {
            yield break;
        }
        // Letters of one rendering are rewritten at once; a letter of several («گ»: «غ», «ج») gives one spelling per rendering.
        var sb = new StringBuilder(name.Length + 2);
        foreach (var c in name)
        {
            if (PersianLetters.Renderings.TryGetValue(c, out var one) && one.Count == 1)
            {
                sb.Append(one[0]);
            }
            else
            {
                sb.Append(c);
            }
        }
        List<string> spellings = [sb.ToString()];
        foreach (var letter in PersianLetters.Order)
        {
            var renderings = PersianLetters.Renderings[letter];
            if (renderings.Count > 1 && spellings[0].Contains(letter, StringComparison.Ordinal))
            {
                spellings = [.. spellings.SelectMany(w => renderings.Select(r => w.Replace(letter.ToString(), r, StringComparison.Ordinal)))];
            }
        }
        foreach (var w in spellings)
        {
            yield return w;
        }
    }

    // Labels WOF writes before a village's or subdistrict's own name («قرية كرمليس», «ناحية
    // الخالدية»); news writes the name bare or after its own cue word («بلدة كرمليس», «قرى الحجاج»).
    private static readonly string[] VillageLabels = ["قرية ", "قريه ", "ناحية ", "ناحيه "];

    /// <summary>The labels WOF writes before a village's own name, each with its trailing space («قرية »).</summary>
    internal static IReadOnlyList<string> VillageLabelPrefixes => VillageLabels;

    /// <summary>The bare names of a row's labelled village names («قرية كرمليس» → «كرمليس»).</summary>
    internal static IEnumerable<string> BareVillageNames(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var label in VillageLabels)
            {
                if (name.StartsWith(label, StringComparison.Ordinal) && name.Length - label.Length >= 3)
                {
                    yield return name[label.Length..];
                }
            }
        }
    }

    // A derived spelling fills a gap; it must not make a known name ambiguous (a namesake lowers a
    // known town's standing in a list of its neighbours), so it is added only when no row bears it
    // (folded) among its source names. A row left with no Arabic name is dropped.
    private static void AddUnclaimedDerivedSpellings(List<Row> rows)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            foreach (var n in r.Arabic)
            {
                known.Add(Gazetteer.KeyOf(n));
            }
        }
        foreach (var r in rows)
        {
            foreach (var n in BareVillageNames(r.Arabic).ToList().Concat(r.Derived))
            {
                if (!known.Contains(Gazetteer.KeyOf(n)))
                {
                    AddArabic(r.Arabic, n);
                }
            }
        }
        rows.RemoveAll(r => r.Arabic.Count == 0 && r.Id.StartsWith("gn:", StringComparison.Ordinal));
    }

    /// <summary>A letter of the Arabic block that Arabic itself does not use (Persian, Urdu, Kurdish letters).</summary>
    private static bool IsNonArabicLetter(char c) =>
        c >= '\u0600' && c <= '\u06FF' && !((c >= '\u0621' && c <= '\u0652') || c == '\u0670' || c == '\u0640');
}
