using Marsad.Output;

namespace Marsad.Tests.Hardening;

/// <summary>The result of a very long article written with its lists serialized on several threads is the same bytes as written whole.</summary>
public sealed class ChunkedJsonTests
{
    private static ExtractionResult Result(int places, int actors, int events, string? error = null) => new()
    {
        Document = new DocumentInfo { Id = "طويل-1", Source = "اختبار", Title = "عنوان فيه \"اقتباس\"", Body = "قصف على البلدة.\nسطر ثان 🙂", Published = "2015-06-01", PublishedSource = "--published" },
        Error = error,
        Events = [.. Enumerable.Range(0, events).Select(i => new EventRecord
        {
            Type = "SHELLING",
            Modality = "asserted",
            Actor1 = new ActorRef("SYR-MIL", "قوات النظام"),
            Location = new LocationRef { Name = "البلدة", Lat = 35.5 + i, Lon = 36.25, Precision = "point", Confidence = 0.8 },
            Route = i % 2 == 0 ? ["طريق أ", "طريق ب"] : null,
            Fatalities = i % 3 == 0 ? null : i,
            Evidence = new Evidence(i, i + 4, "قصف\tعلى"),
            Confidence = 0.5,
        })],
        Places = [.. Enumerable.Range(0, places).Select(i => new PlaceMention
        {
            Text = i % 7 == 0 ? "«حلب»\n" : "ريف حلب",
            Start = i * 10,
            End = i * 10 + 7,
            Name = "حلب",
            Lat = i % 5 == 0 ? null : 36.2 + i / 1e5,
            Lon = 37.15,
            Country = "SY",
            Precision = "region",
            Confidence = 0.95,
        })],
        Actors = [.. Enumerable.Range(0, actors).Select(i => new ActorMention("الجيش الحر", i, i + 10, "SYR-REBELS"))],
    };

    private static byte[] Whole(ExtractionResult result, bool indented)
    {
        using var stream = new MemoryStream();
        MarsadJson.Write(result, stream, indented);
        return stream.ToArray();
    }

    private static byte[] Chunked(ExtractionResult result, bool indented, int threads)
    {
        using var stream = new MemoryStream();
        MarsadJson.Write(result, stream, indented, threads);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(false, 5)]
    public void Long_lists_written_in_chunks_on_several_threads_give_the_same_bytes_as_the_whole_result(bool indented, int threads)
    {
        var result = Result(places: MarsadJson.ChunkItems * 3 + 17, actors: MarsadJson.ChunkItems + 1, events: 5);

        Assert.Equal(Whole(result, indented), Chunked(result, indented, threads));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_empty_event_list_and_an_error_keep_their_places_when_the_other_lists_are_chunked(bool indented)
    {
        var result = Result(places: MarsadJson.ChunkItems * 2, actors: 0, events: 0, error: "خطأ للاختبار");

        Assert.Equal(Whole(result, indented), Chunked(result, indented, threads: 2));
    }

    [Fact]
    public void A_chunked_result_still_reads_back_as_the_same_result()
    {
        var result = Result(places: MarsadJson.ChunkItems * 2 + 3, actors: 10, events: 2);

        var back = MarsadJson.Deserialize(System.Text.Encoding.UTF8.GetString(Chunked(result, indented: true, threads: 2)));

        Assert.NotNull(back);
        Assert.Equal(result.Places, back.Places);
        Assert.Equal(result.Actors, back.Actors);
        Assert.Equal(result.Document, back.Document);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Chunk_buffers_reused_over_several_batches_and_lists_give_the_same_bytes(bool indented)
    {
        // Two threads have four chunks in flight: nine chunks of places take three batches, and the
        // actors come after them through the same buffers.
        var result = Result(places: MarsadJson.ChunkItems * 9 - 5, actors: MarsadJson.ChunkItems * 2 + 1, events: 3);

        Assert.Equal(Whole(result, indented), Chunked(result, indented, threads: 2));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_long_body_written_in_pieces_is_the_same_json_string_as_written_whole(bool indented)
    {
        // Line breaks, quotes, a backslash, a control character, and an emoji whose two halves fall
        // on either side of a piece boundary.
        var line = "قال المصدر: \"قصفت الطائرات\" البلدة\\ \u0001 صباحاً.\n";
        var body = string.Concat(Enumerable.Repeat(line, 3 * LongStringConverter.PieceChars / line.Length));
        body = body[..(LongStringConverter.PieceChars - 1)] + "🙂" + body[LongStringConverter.PieceChars..];
        var options = indented ? MarsadJson.Indented : MarsadJson.Compact;

        var json = System.Text.Json.JsonSerializer.Serialize(new DocumentInfo { Body = body }, options);

        Assert.EndsWith((indented ? "\"body\": " : "\"body\":") + System.Text.Json.JsonSerializer.Serialize(body, options) + (indented ? "\n}" : "}"), json, StringComparison.Ordinal);
        Assert.Equal(body, System.Text.Json.JsonSerializer.Deserialize<DocumentInfo>(json, options)?.Body);
    }
}
