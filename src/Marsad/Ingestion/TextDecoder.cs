using System.Text;

namespace Marsad.Ingestion;

/// <summary>Raised when input bytes cannot be read as text in any supported encoding.</summary>
public sealed class UndecodableInputException(string message) : Exception(message);

/// <summary>
/// Reads bytes as text: a BOM wins; otherwise UTF-16 (detected by the shape of its byte pairs),
/// then strict UTF-8, then Windows-1256 when the result looks like Arabic. Anything else is an
/// error, never mojibake passed downstream.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8";
            return Checked(Strict(StrictUtf8, bytes[3..], "UTF-8 (with BOM)"), "UTF-8 (with BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "utf-16le";
            return Checked(Strict(StrictUtf16Le, bytes[2..], "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "utf-16be";
            return Checked(Strict(StrictUtf16Be, bytes[2..], "UTF-16BE"), "UTF-16BE");
        }
        if (bytes.IsEmpty)
        {
            encodingName = "utf-8";
            return string.Empty;
        }

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
        {
            encodingName = utf16 == StrictUtf16Le ? "utf-16le" : "utf-16be";
            return Checked(Strict(utf16, bytes, encodingName), encodingName);
        }
        if (bytes.Contains((byte)0))
        {
            throw new UndecodableInputException("input holds NUL bytes and is not UTF-16: it is binary, not text");
        }
        try
        {
            encodingName = "utf-8";
            return Checked(StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: old Arabic sites and Office exports use Windows-1256.
        }
        // A scrape cut off inside the last character is still UTF-8: the broken character goes.
        var whole = WithoutTruncatedTail(bytes);
        if (whole < bytes.Length)
        {
            try
            {
                encodingName = "utf-8";
                return Checked(StrictUtf8.GetString(bytes[..whole]), "UTF-8");
            }
            catch (DecoderFallbackException)
            {
                // Broken elsewhere too: not UTF-8.
            }
        }

        var cp1256 = Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text;
        try
        {
            text = cp1256.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UndecodableInputException("input is neither UTF-8, UTF-16 nor Windows-1256");
        }
        if (!LooksArabic(text))
        {
            throw new UndecodableInputException("input is not valid UTF-8 and does not read as Arabic in Windows-1256: give it as UTF-8");
        }
        encodingName = "windows-1256";
        return text;
    }

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, out _);

    /// <summary>The string with every unpaired surrogate replaced by U+FFFD (same length, same offsets).</summary>
    public static string ReplaceLoneSurrogates(string s)
    {
        var i = 0;
        for (; i < s.Length; i++)
        {
            if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
            {
                break;
            }
            if (char.IsHighSurrogate(s[i]))
            {
                i++;
            }
        }
        if (i == s.Length)
        {
            return s;
        }
        return string.Create(s.Length, s, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            for (var k = 0; k < span.Length; k++)
            {
                if (char.IsHighSurrogate(span[k]) && k + 1 < span.Length && char.IsLowSurrogate(span[k + 1]))
                {
                    k++;
                }
                else if (char.IsSurrogate(span[k]))
                {
                    span[k] = '\uFFFD';
                }
            }
        });
    }

    /// <summary>The length without a trailing UTF-8 lead byte whose continuation bytes are missing.</summary>
    private static int WithoutTruncatedTail(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        while (i > 0 && bytes.Length - i < 4 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
        }
        if (i < 0)
        {
            return bytes.Length;
        }
        var lead = bytes[i];
        var needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return needed > bytes.Length - i ? i : bytes.Length;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UndecodableInputException($"input claims {name} but holds an invalid byte sequence at byte {e.Index}");
        }
    }

    /// <summary>
    /// Valid encodings can still carry binary: text with many control characters is refused, and a
    /// leading BOM character left by a double-encoded file is dropped.
    /// </summary>
    private static string Checked(string text, string name)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f' or '\v')) || c is '\uFFFE' or '\uFFFF')
            {
                controls++;
            }
        }
        // A stray control character or two is dirt in scraped text; many are a binary file.
        if (controls > 8 && controls * 100 > text.Length)
        {
            throw new UndecodableInputException($"input decodes as {name} but holds {controls} control characters: it is binary, not text");
        }
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>
    /// UTF-16 without a BOM: ASCII code units have a NUL high byte and Arabic ones a 0x06 high
    /// byte, so one side of every byte pair is nearly always from a small set, and NULs are common
    /// (spaces, line breaks, digits). UTF-8 and Windows-1256 text hold no NUL at all.
    /// </summary>
    private static Encoding? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        int pairs = Math.Min(bytes.Length / 2, 8192), evenHits = 0, oddHits = 0, evenNul = 0, oddNul = 0;
        for (var i = 0; i < pairs; i++)
        {
            byte lo = bytes[2 * i], hi = bytes[(2 * i) + 1];
            if (IsLikelyHighByte(hi))
            {
                oddHits++;
            }
            if (IsLikelyHighByte(lo))
            {
                evenHits++;
            }
            if (hi == 0)
            {
                oddNul++;
            }
            if (lo == 0)
            {
                evenNul++;
            }
        }
        // At least one NUL in 20 code units: a space or a line break every few words.
        if (oddHits * 10 >= pairs * 9 && oddNul * 20 >= pairs && oddNul > evenNul)
        {
            return StrictUtf16Le;
        }
        return evenHits * 10 >= pairs * 9 && evenNul * 20 >= pairs && evenNul > oddNul ? StrictUtf16Be : null;
    }

    /// <summary>High bytes of the code units of Arabic news text: ASCII/Latin-1, Arabic blocks, general punctuation, presentation forms.</summary>
    private static bool IsLikelyHighByte(byte b) => b is 0x00 or 0x06 or 0x07 or 0x08 or 0x20 or 0xFB or 0xFC or 0xFD or 0xFE or 0xFF;

    /// <summary>Most letters outside ASCII must be Arabic for a Windows-1256 reading to be trusted.</summary>
    private static bool LooksArabic(string text)
    {
        int arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f'))
                {
                    other++;
                }
                continue;
            }
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('«' or '»' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '“' or '”' or '…' or '–' or '—'))
            {
                other++;
            }
        }
        return arabic > 0 && arabic >= other * 4;
    }
}
