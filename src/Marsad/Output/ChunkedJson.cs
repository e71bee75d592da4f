using System.Text.Json;

namespace Marsad.Output;

/// <summary>
/// Writes a result as <see cref="JsonSerializer"/> would, but serializes its long lists chunk by
/// chunk on several threads. The frame is the serializer's own: the result with empty lists is
/// streamed out, its closing «"events": [], "places": [], "actors": []}» held back and replaced by
/// the lists. A chunk is serialized as a list of its own; its brackets are cut off and, indented,
/// each of its lines is moved one level deeper (a JSON string never holds a raw line break, so
/// every line break in a chunk is the writer's own).
/// </summary>
internal static class ChunkedJson
{
    public static void Write(ExtractionResult result, Stream utf8, JsonSerializerOptions options, int threads)
    {
        var indented = options.WriteIndented;
        var newLine = options.NewLine;
        var indentUnit = new string(options.IndentCharacter, options.IndentSize);
        // What the empty lists look like at the end of the result: the part held back from the frame.
        var tail = indented
            ? $"\"events\": [],{newLine}{indentUnit}\"places\": [],{newLine}{indentUnit}\"actors\": []{newLine}}}"
            : "\"events\":[],\"places\":[],\"actors\":[]}";
        var tailBytes = System.Text.Encoding.UTF8.GetBytes(tail);
        using (var frame = new HoldBackStream(utf8, tailBytes.Length))
        {
            JsonSerializer.Serialize(frame, result with { Events = [], Places = [], Actors = [] }, options);
            if (!frame.HeldBack.SequenceEqual(tailBytes))
            {
                throw new InvalidOperationException("the result's JSON does not end with its three lists");
            }
        }
        var separator = indented ? newLine + indentUnit : string.Empty;
        // A few chunks per thread are in flight at once, written in order, so memory holds a few
        // megabytes of JSON rather than the whole list's. Each chunk in flight has a buffer of its
        // own, kept for the next batch and list: a chunk's JSON is about 600 KB, and a new array for
        // it (and another for its indented copy) made a 10 MB article's output 100 MB of large objects.
        var parts = new MemoryStream[threads * 2];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = new MemoryStream();
        }
        WriteList(utf8, "events", result.Events, options, threads, separator, parts, first: true);
        WriteList(utf8, "places", result.Places, options, threads, separator, parts, first: false);
        WriteList(utf8, "actors", result.Actors, options, threads, separator, parts, first: false);
        Ascii(utf8, indented ? newLine + "}\n" : "}\n");
    }

    private static void WriteList<T>(Stream utf8, string name, List<T> items, JsonSerializerOptions options, int threads, string separator, MemoryStream[] parts, bool first)
    {
        var indented = options.WriteIndented;
        // The frame ends where the first list's name begins; each later one follows a comma on a line of its own.
        Ascii(utf8, (first ? string.Empty : "," + separator) + (indented ? $"\"{name}\": " : $"\"{name}\":"));
        if (items.Count == 0)
        {
            Ascii(utf8, "[]");
            return;
        }
        Ascii(utf8, "[");
        var chunks = (items.Count + MarsadJson.ChunkItems - 1) / MarsadJson.ChunkItems;
        var batch = parts.Length;
        for (var b = 0; b < chunks; b += batch)
        {
            var count = Math.Min(batch, chunks - b);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                var c = b + k;
                var start = c * MarsadJson.ChunkItems;
                var chunk = items.GetRange(start, Math.Min(MarsadJson.ChunkItems, items.Count - start));
                var list = t_list ??= new MemoryStream();
                list.SetLength(0);
                JsonSerializer.Serialize(list, chunk, options);
                parts[k].SetLength(0);
                Inner(list.GetBuffer().AsSpan(0, (int)list.Length), options, parts[k]);
            });
            for (var k = 0; k < count; k++)
            {
                if (b + k > 0)
                {
                    utf8.WriteByte((byte)',');
                }
                utf8.Write(parts[k].GetBuffer(), 0, (int)parts[k].Length);
            }
        }
        Ascii(utf8, separator + "]");
    }

    // Where a chunk is serialized before its brackets are cut off, per thread, kept for its next chunk.
    [ThreadStatic]
    private static MemoryStream? t_list;

    /// <summary>A chunk's items without its brackets, written to <paramref name="output"/>; indented, one level deeper (every line break gains an indent).</summary>
    private static void Inner(ReadOnlySpan<byte> list, JsonSerializerOptions options, MemoryStream output)
    {
        if (!options.WriteIndented)
        {
            output.Write(list[1..^1]);
            return;
        }
        // «[» NL item, NL item NL «]»: keep NL item, NL item; every NL gains an indent.
        var newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        var inner = list[1..(list.Length - newLine.Length - 1)];
        var indent = System.Text.Encoding.UTF8.GetBytes(new string(options.IndentCharacter, options.IndentSize));
        while (!inner.IsEmpty)
        {
            var nl = inner.IndexOf(newLine);
            var piece = nl < 0 ? inner : inner[..(nl + newLine.Length)];
            output.Write(piece);
            if (nl >= 0)
            {
                output.Write(indent);
            }
            inner = inner[piece.Length..];
        }
    }

    private static void Ascii(Stream utf8, string text)
    {
        Span<byte> bytes = stackalloc byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }
        utf8.Write(bytes);
    }

    /// <summary>Passes bytes through to the inner stream but for the last <paramref name="holdBack"/> written, kept in <see cref="HeldBack"/>.</summary>
    private sealed class HoldBackStream(Stream inner, int holdBack) : Stream
    {
        private readonly byte[] _held = new byte[holdBack];
        private int _count;

        public ReadOnlySpan<byte> HeldBack => _held.AsSpan(0, _count);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            // Whatever falls out of the last holdBack bytes of everything written goes on.
            var total = _count + buffer.Length;
            var release = Math.Max(0, total - _held.Length);
            var fromHeld = Math.Min(release, _count);
            inner.Write(_held.AsSpan(0, fromHeld));
            inner.Write(buffer[..(release - fromHeld)]);
            var keepHeld = _held.AsSpan(fromHeld, _count - fromHeld);
            keepHeld.CopyTo(_held);
            buffer[(release - fromHeld)..].CopyTo(_held.AsSpan(keepHeld.Length));
            _count = total - release;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
