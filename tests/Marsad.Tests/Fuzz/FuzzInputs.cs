using System.Globalization;
using System.Text;

namespace Marsad.Tests.Fuzz;

/// <summary>
/// Seeded generator of hostile inputs: random bytes, broken UTF-8, mixed encodings, bidi and
/// zero-width marks, harakat alone, deeply nested HTML, extreme dates and numbers, NaN and
/// infinities, all mixed with real Arabic news words so that the deeper stages are reached.
/// The same seed gives the same inputs, so a failure names the seed and case that reproduce it.
/// </summary>
internal sealed class FuzzInputs(int seed)
{
    private static readonly Encoding Windows1256;

    static FuzzInputs()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1256 = Encoding.GetEncoding(1256);
    }

    private readonly Random _random = new(seed);

    private static readonly string[] Words =
    [
        "قصفت", "قوات", "النظام", "مدينة", "حلب", "أمس", "الخميس", "المقبل", "الماضي", "داعش", "تنظيم", "الدولة", "قتل", "مقتل",
        "عشرات", "ثلاثة", "مدنيين", "غارة", "الطيران", "الروسي", "ريف", "إدلب", "الشمالي", "شمال", "سوريا", "العراق", "الموصل",
        "سيطرت", "انسحبت", "هدنة", "اتفاق", "اعتقلت", "تظاهرة", "المرصد", "السوري", "لحقوق", "الإنسان", "مصادر", "ميدانية",
        "يسعى", "من", "المتوقع", "قد", "نفى", "لم", "عام", "كانون", "الثاني", "يناير", "شهر", "العام", "بداية", "منتصف", "نهاية",
        "الحوثيون", "التحالف", "العربي", "صنعاء", "تل", "رفعت", "منبج", "خناصر", "طريق", "حماة", "معبر", "مطار", "في", "على", "إلى",
        "و", "،", ".", "؟", "!", "«", "»", ":", "-", "(", ")", "1-", "2.", "\n", "\n\n", "#حفر_الباطن", "@user", "https://x.y/z",
    ];

    private static readonly string[] Marks =
    [
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u061C", "\uFEFF", "\u0640", "\u00A0", "\u2028", "\u2029", "\r", "\t", "\uFFFD", "\uD800", "\uDC00", "\u0000",
    ];

    private static readonly string[] Extremes =
    [
        "0", "-1", "00000000000000000000001", "99999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "1e308",
        "NaN", "Infinity", "-Infinity", "٠", "٩٩٩٩٩٩٩٩٩٩٩٩", "۱۲۳", "عام 0", "عام 9999", "عام 10000", "عام 99999", "31/02/2016",
        "0001-01-01", "9999-12-31", "10000-01-01", "2016-13-45", "29 شباط 2015", "32 آذار", "الشهر 13", "يوم 0", "ألف ألف ألف قتيل",
        "مليار مليار", "عشرات الآلاف من الملايين", "1,000,000,000,000", "3.14.15", "½", "١٫٥", "قبل 99999 يوماً", "بعد 2147483647 أسبوعاً",
    ];

    public int Next(int max) => _random.Next(max);

    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>One text of a random kind, up to about <paramref name="size"/> characters.</summary>
    public string Text(int size = 400)
    {
        return Next(9) switch
        {
            0 => RandomUnicode(size),
            1 => HarakatOnly(size),
            2 => NestedHtml(size),
            3 => Mixed(size, marks: 0.3, extremes: 0.05),
            4 => Mixed(size, marks: 0, extremes: 0.3),
            5 => Mixed(size * 4, marks: 0, extremes: 0, punctuation: false),
            6 => Encoding.UTF8.GetString(Bytes(size)),
            7 => Mixed(size, marks: 0.05, extremes: 0.05) + "\n" + NestedHtml(size / 2),
            _ => Mixed(size, marks: 0.02, extremes: 0.02),
        };
    }

    /// <summary>Raw input bytes: random, broken UTF-8, UTF-16 with and without BOM, Windows-1256, mixtures.</summary>
    public byte[] Bytes(int size = 400)
    {
        switch (Next(7))
        {
            case 0:
                var random = new byte[Next(size + 1)];
                _random.NextBytes(random);
                return random;
            case 1:
                return Break(Encoding.UTF8.GetBytes(Mixed(size, 0.05, 0.05)));
            case 2:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Mixed(size, 0.05, 0.05))];
            case 3:
                return Encoding.BigEndianUnicode.GetBytes(Mixed(size, 0, 0));
            case 4:
                return Windows1256.GetBytes(Mixed(size, 0, 0.05));
            case 5:
                // Mixed encodings in one file: a UTF-8 part, a Windows-1256 part, a UTF-16 part.
                return [.. Encoding.UTF8.GetBytes(Mixed(size / 3, 0, 0)), .. Windows1256.GetBytes(Mixed(size / 3, 0, 0)), .. Encoding.Unicode.GetBytes(Mixed(size / 3, 0, 0))];
            default:
                return [.. Encoding.UTF8.GetPreamble(), .. Break(Encoding.UTF8.GetBytes(NestedHtml(size)))];
        }
    }

    /// <summary>A JSON Lines record, well formed or not, with odd ids, dates and fields.</summary>
    public string JsonLine()
    {
        if (Chance(0.15))
        {
            return Chance(0.5) ? Text(200) : "{\"id\": \"x\", \"text\": \"" + Text(100);
        }
        var sb = new StringBuilder("{");
        var fields = new List<string>();
        fields.Add("\"id\": " + Next(6) switch
        {
            0 => Json(Text(20)),
            1 => Pick(Extremes) is var x && double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !x.Contains('N', StringComparison.Ordinal) && !x.Contains('I', StringComparison.Ordinal) ? x : "1",
            2 => "{\"a\": [1, 2, {\"b\": null}]}",
            3 => "null",
            4 => "[\"a\", 1]",
            _ => "true",
        });
        var body = Text(300);
        fields.Add(Chance(0.3) ? $"\"html\": {Json(NestedHtml(300))}" : Chance(0.9) ? $"\"text\": {Json(body)}" : $"\"text\": {Next(1000)}");
        foreach (var field in new[] { "published", "published_at", "date", "crawled_at", "date_extracted" })
        {
            if (Chance(0.3))
            {
                fields.Add($"\"{field}\": {(Chance(0.8) ? Json(Date()) : Pick(["1", "null", "{}", "[]", "1e400"]))}");
            }
        }
        if (Chance(0.3))
        {
            fields.Add($"\"title\": {Json(Text(40))}");
        }
        if (Chance(0.2))
        {
            fields.Add($"\"url\": {Json("https://example.org/" + Text(20))}");
        }
        sb.Append(string.Join(", ", fields.OrderBy(_ => Next(100))));
        return sb.Append('}').ToString();
    }

    /// <summary>A date as a user or a crawler might write it, sometimes absurd.</summary>
    public string Date() => Next(6) switch
    {
        0 => $"{Next(10001):D4}-{Next(14):D2}-{Next(33):D2}",
        1 => Pick(["0001-01-01", "9999-12-31", "0000-00-00", "2016-02-29", "2015-02-29", "10000-01-01", "-0001-01-01"]),
        2 => $"{Next(3000):D4}-{1 + Next(12):D2}-{1 + Next(28):D2}T{Next(25):D2}:{Next(61):D2}:00Z",
        3 => Pick(Extremes),
        4 => Text(12),
        _ => $"{1900 + Next(200):D4}-{1 + Next(12):D2}-{1 + Next(28):D2}",
    };

    public string Pick(IReadOnlyList<string> options) => options[Next(options.Count)];

    private string Mixed(int size, double marks, double extremes, bool punctuation = true)
    {
        var sb = new StringBuilder();
        while (sb.Length < size)
        {
            var w = Pick(Words);
            if (!punctuation && w.Length <= 2 && !char.IsLetter(w[0]))
            {
                continue;
            }
            if (Chance(extremes))
            {
                w = Pick(Extremes);
            }
            if (Chance(marks))
            {
                var at = Next(w.Length + 1);
                w = w[..at] + Pick(Marks) + w[at..];
            }
            if (Chance(0.05))
            {
                w += Harakat(1 + Next(4));
            }
            sb.Append(w).Append(Chance(0.9) ? " " : "");
        }
        return sb.ToString();
    }

    private string RandomUnicode(int size)
    {
        var sb = new StringBuilder();
        var n = Next(size + 1);
        for (var i = 0; i < n; i++)
        {
            // Arabic, its presentation forms, Latin, controls, surrogates alone and in pairs.
            sb.Append((char)(Next(6) switch
            {
                0 => 0x0600 + Next(0x100),
                1 => 0xFB50 + Next(0x2B0),
                2 => 0xFE70 + Next(0x90),
                3 => Next(0x80),
                4 => 0xD800 + Next(0x800),
                _ => Next(0x10000),
            }));
        }
        return sb.ToString();
    }

    private string Harakat(int n)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            sb.Append((char)(0x064B + Next(8)));
        }
        return sb.ToString();
    }

    private string HarakatOnly(int size) => string.Join(Chance(0.5) ? " " : "", Enumerable.Range(0, 1 + Next(size / 4 + 1)).Select(_ => Harakat(1 + Next(6))));

    private string NestedHtml(int size)
    {
        var depth = Next(Chance(0.1) ? 3000 : 40);
        var tags = new[] { "div", "p", "span", "article", "b", "table", "td", "script", "style", "a" };
        var sb = new StringBuilder(Chance(0.5) ? "<!doctype html><html><body>" : "<div>");
        var open = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var tag = tags[Next(tags.Length)];
            sb.Append('<').Append(tag).Append(Chance(0.3) ? " class=\"entry-content\"" : "").Append('>');
            open.Push(tag);
            if (Chance(0.3))
            {
                sb.Append(Mixed(size / 8 + 1, 0.02, 0.02));
            }
        }
        sb.Append(Mixed(size, 0.02, 0.02));
        while (open.Count > 0)
        {
            var tag = open.Pop();
            // Unclosed and misnested tags are as common as closed ones in scraped pages.
            if (Chance(0.8))
            {
                sb.Append("</").Append(Chance(0.9) ? tag : tags[Next(tags.Length)]).Append('>');
            }
        }
        return sb.Append(Chance(0.5) ? "</body></html>" : "").ToString();
    }

    private byte[] Break(byte[] bytes)
    {
        // Cut multi-byte sequences, insert stray continuation and overlong bytes.
        var list = bytes.ToList();
        for (var k = 0; k < 1 + Next(8) && list.Count > 0; k++)
        {
            var at = Next(list.Count);
            switch (Next(3))
            {
                case 0:
                    list.RemoveAt(at);
                    break;
                case 1:
                    list.Insert(at, (byte)(0x80 + Next(0x40)));
                    break;
                default:
                    list.InsertRange(at, [0xC0, 0xAF]);
                    break;
            }
        }
        return [.. list];
    }

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
