using System.Text;

namespace Marsad.Ingestion;

/// <summary>Raised when input bytes cannot be read as text in any supported encoding.</summary>
public sealed class UndecodableInputException(string message) : Exception(message);

/// <summary>
/// Reads bytes as text: a BOM wins; otherwise strict UTF-8, then UTF-16 (detected by its NUL
/// bytes), then Windows-1256 when the result looks like Arabic. Anything else is an error, never
/// mojibake passed downstream.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8";
            return Strict(StrictUtf8, bytes[3..], "UTF-8 (with BOM)");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "utf-16le";
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "utf-16be";
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE");
        }

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
        {
            encodingName = utf16.BodyName;
            return Strict(utf16, bytes, encodingName);
        }
        if (bytes.Contains((byte)0))
        {
            throw new UndecodableInputException("input holds NUL bytes: it is binary, not text");
        }
        try
        {
            encodingName = "utf-8";
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: old Arabic sites and Office exports use Windows-1256.
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

    /// <summary>Text without a BOM in UTF-16 shows NUL in every other byte for ASCII, or a 0x06 high byte for Arabic.</summary>
    private static UnicodeEncoding? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        int evenHits = 0, oddHits = 0, pairs = Math.Min(bytes.Length / 2, 4096);
        for (var i = 0; i < pairs; i++)
        {
            byte lo = bytes[2 * i], hi = bytes[(2 * i) + 1];
            if (hi is 0 or 0x06 or 0x20 or 0xFE)
            {
                oddHits++;
            }
            if (lo is 0 or 0x06 or 0x20 or 0xFE)
            {
                evenHits++;
            }
        }
        var nul = bytes[..(pairs * 2)].Count((byte)0);
        if (nul * 4 < pairs)
        {
            return null;
        }
        if (oddHits > pairs * 9 / 10)
        {
            return new UnicodeEncoding(false, false, true);
        }
        return evenHits > pairs * 9 / 10 ? new UnicodeEncoding(true, false, true) : null;
    }

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
            else if (char.IsLetter(c))
            {
                other++;
            }
        }
        return arabic > 0 && arabic >= other * 4;
    }
}
