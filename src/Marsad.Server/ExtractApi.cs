using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Marsad.Server;

/// <summary>POST /api/extract: one article in, its events out (SPEC §4), stored on request.</summary>
internal static class ExtractApi
{
    private static readonly SemaphoreSlim Gate = new(Environment.ProcessorCount);

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/extract", (HttpContext http, StorePool pool, MarsadPipeline pipeline) => Extract(http, pool, pipeline, options))
            .WithName("Extract")
            .WithSummary("Extracts the events of one article sent as text/plain or text/html (UTF-8); ?published=YYYY-MM-DD resolves relative dates, ?store=true stores it and rebuilds the consolidated events.")
            .Accepts<string>("text/plain", "text/html")
            .Produces(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422).ProducesProblem(429)
            .RequireRateLimiting(MarsadServer.PostPolicy);
    }

    private static async Task<IResult> Extract(HttpContext http, StorePool pool, MarsadPipeline pipeline, ServerOptions options)
    {
        var query = http.Request.Query;
        RequestReading.OnlyKnown(query, "published", "store");
        var published = RequestReading.Date(RequestReading.One(query, "published"), "published");
        var store = RequestReading.Bool(RequestReading.One(query, "store"), "store");
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !(type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiProblem.Unsupported($"send the article as text/plain or text/html, not '{http.Request.ContentType ?? "no Content-Type"}'");
        }
        if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiProblem.Unsupported($"send the article in UTF-8, not {type.Charset}");
        }
        var text = RequestReading.Utf8(await RequestReading.BodyAsync(http.Request, options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ApiProblem.BadRequest("the body is empty: send the article's text");
        }
        var html = type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);
        Article article;
        try
        {
            // The declared type decides, not a sniff: plain text holding «<script>» is text to read, not a page.
            article = html ? HtmlArticleReader.Default.Read(text, "api") : PlainTextArticleReader.Default.Read(text, "api");
            if (published is not null)
            {
                article = article with { Published = published, PublishedSource = "request" };
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw ApiProblem.Unprocessable($"the article cannot be read: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(article.Body))
        {
            throw ApiProblem.Unprocessable("no article text was found in the body");
        }
        // Extraction is CPU work: at most one per core at a time, the others wait without holding
        // a thread, so a burst of POSTs cannot starve the thread pool that answers the GETs.
        await Gate.WaitAsync(http.RequestAborted).ConfigureAwait(false);
        ExtractionResult result;
        try
        {
            result = await Task.Run(() => pipeline.Extract(article), http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
        var body = JsonSerializer.SerializeToNode(result, MarsadJson.Compact)!.AsObject();
        if (store)
        {
            var hash = MarsadStore.ContentHash(article.Body);
            using var lease = await pool.RentAsync(http.RequestAborted).ConfigureAwait(false);
            var (documents, _) = EventsApi.Guard(lease, s => s.WriteBatch([new StoredDocument(hash, "api", null, "POST /api/extract", result)]));
            if (documents > 0)
            {
                EventsApi.Guard(lease, s => s.Rebuild());
            }
            body["stored"] = new JsonObject
            {
                ["document_id"] = EventsApi.Guard(lease, s => s.DocumentIdOf(hash)),
                ["duplicate"] = documents == 0,
            };
        }
        return Results.Text(body.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8");
    }
}
