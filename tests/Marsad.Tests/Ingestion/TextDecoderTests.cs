using System.Text;
using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

public class TextDecoderTests
{
    private static readonly Article Expected = Sample.Read(Sample.Utf8Bytes);

    [Fact]
    public void Utf8_sample_reads_title_author_and_dateline()
    {
        Assert.Equal("ما هي أهداف «داعش» من الهجوم على خناصر؟", Expected.Title);
        Assert.Equal("نضال حمادة", Expected.Author);
        Assert.Equal("باريس", Expected.Dateline);
        Assert.StartsWith("افتتح تنظيم «داعش»", Expected.Body, StringComparison.Ordinal);
        Assert.EndsWith("لا يملكها تنظيم «داعش».", Expected.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("اترك تعليق", Expected.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("زر الذهاب", Expected.Body, StringComparison.Ordinal);
        Assert.Contains("\n\n1- التقدّم", Expected.Body, StringComparison.Ordinal);
    }

    public static TheoryData<string> Encodings => ["windows-1256", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-16be", "utf-8-bom", "utf-8-crlf"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Sample_in_any_supported_encoding_gives_the_same_article(string encoding)
    {
        var text = Sample.Text;
        byte[] bytes = encoding switch
        {
            "windows-1256" => Sample.Windows1256.GetBytes(text),
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Sample.Utf8Bytes],
            "utf-8-crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
        Assert.NotEqual(Sample.Utf8Bytes, bytes);

        var article = Sample.Read(bytes);

        Assert.Equal(Expected.Title, article.Title);
        Assert.Equal(Expected.Author, article.Author);
        Assert.Equal(Expected.Dateline, article.Dateline);
        Assert.Equal(Expected.Body, article.Body);
    }

    [Theory]
    [InlineData("windows-1256", "windows-1256")]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("utf-16be", "utf-16be")]
    [InlineData("utf-8", "utf-8")]
    public void Detected_encoding_is_named(string encoding, string expected)
    {
        var text = "قتل عشرة أشخاص في انفجار سيارة مفخخة وسط بغداد.\nوقالت الشرطة إن 25 آخرين أصيبوا.";
        var bytes = encoding switch
        {
            "windows-1256" => Sample.Windows1256.GetBytes(text),
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };

        var decoded = TextDecoder.Decode(bytes, out var name);

        Assert.Equal(expected, name);
        Assert.Equal(text, decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_bytes_are_an_error_not_mojibake(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_bytes_without_nul_are_an_error_too(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Latin1_text_is_refused_rather_than_read_as_Arabic()
    {
        var bytes = Encoding.Latin1.GetBytes("Le café de la gare a été fermé après l'explosion à côté.");

        var e = Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_that_lies_is_an_error()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xD9, 0x85, 0xC3, 0x28, 0xA0];

        Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Valid_utf8_full_of_control_characters_is_binary()
    {
        var bytes = new byte[600];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(1 + (i % 8));
        }

        Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        Assert.Equal(string.Empty, TextDecoder.Decode([]));
    }

    [Fact]
    public void Plain_ascii_is_utf8()
    {
        Assert.Equal("a b c d e f", TextDecoder.Decode(Encoding.ASCII.GetBytes("a b c d e f"), out var name));
        Assert.Equal("utf-8", name);
    }

    [Fact]
    public void Utf8_cut_inside_its_last_character_loses_only_that_character()
    {
        var bytes = Encoding.UTF8.GetBytes("قتل خمسة أشخاص في حلب");

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), out var name);

        Assert.Equal("utf-8", name);
        Assert.Equal("قتل خمسة أشخاص في حل", decoded);
    }

    [Fact]
    public void Utf8_with_a_broken_byte_inside_is_refused_not_read_as_windows1256()
    {
        var good = Encoding.UTF8.GetBytes(Sample.Text);
        byte[] bytes = [.. good[..1000], 0xFF, .. good[1000..]];

        Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes));
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 40)];

    /// <summary>Random Arabic news-like text: words of Arabic letters (some with harakat), digits, punctuation, spaces, line breaks.</summary>
    private static string RandomArabic(Random random)
    {
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى";
        const string marks = "ًٌٍَُِّْ";
        var sb = new StringBuilder();
        var words = random.Next(3, 120);
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(random.Next(12) == 0 ? "\n" : random.Next(10) == 0 ? "، " : " ");
            }
            if (random.Next(15) == 0)
            {
                sb.Append(random.Next(1, 3000));
                continue;
            }
            var length = random.Next(2, 9);
            for (var i = 0; i < length; i++)
            {
                sb.Append(letters[random.Next(letters.Length)]);
                if (random.Next(8) == 0)
                {
                    sb.Append(marks[random.Next(marks.Length)]);
                }
            }
        }
        return sb.Append('.').ToString();
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_arabic_text_round_trips_through_every_supported_encoding(int seed)
    {
        var text = RandomArabic(new Random(seed));
        byte[][] encoded =
        [
            Encoding.UTF8.GetBytes(text),
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            Encoding.Unicode.GetBytes(text),
            Encoding.BigEndianUnicode.GetBytes(text),
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            Sample.Windows1256.GetBytes(text),
        ];

        foreach (var bytes in encoded)
        {
            Assert.Equal(text, TextDecoder.Decode(bytes));
        }
    }
}
