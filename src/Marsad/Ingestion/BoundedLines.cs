using System.Text;

namespace Marsad.Ingestion;

/// <summary>A non-blank input line (its 1-based number), or only its number and length when it was longer than the cap.</summary>
public readonly record struct BoundedLine(long Number, string? Text, long Length);

/// <summary>Reads JSON Lines input without ever holding a line longer than a cap.</summary>
public static class BoundedLines
{
    /// <summary>
    /// The non-blank lines of <paramref name="reader"/>; a line longer than <paramref name="cap"/>
    /// characters is counted and skipped, never held, so one 50 MB line costs no 50 MB string.
    /// </summary>
    public static IEnumerable<BoundedLine> Read(TextReader reader, long cap)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        long number = 1, length = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }
                Append(buffer.AsSpan(start, i - start));
                if (Take() is { } done)
                {
                    yield return done;
                }
                start = i + 1;
            }
            Append(buffer.AsSpan(start, read - start));
        }
        if (Take() is { } last)
        {
            yield return last;
        }

        void Append(ReadOnlySpan<char> chunk)
        {
            length += chunk.Length;
            if (length <= cap)
            {
                line.Append(chunk);
            }
        }

        BoundedLine? Take()
        {
            BoundedLine? result = null;
            if (length > cap)
            {
                result = new BoundedLine(number, null, length);
            }
            else
            {
                var text = line.ToString().TrimEnd('\r');
                if (!string.IsNullOrWhiteSpace(text))
                {
                    result = new BoundedLine(number, text, length);
                }
            }
            line.Clear();
            length = 0;
            number++;
            return result;
        }
    }
}
