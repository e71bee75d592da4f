using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Store;

namespace Marsad.Server.Tests;

/// <summary>The HTTP API, written once and run on each store: SQLite always, PostgreSQL when MARSAD_PG is set.</summary>
public abstract class ApiBehaviour : IDisposable
{
    private readonly TestStores _stores = new();

    protected abstract bool Postgres { get; }

    public void Dispose()
    {
        _stores.Dispose();
        GC.SuppressFinalize(this);
    }

    protected (MarsadFactory Factory, HttpClient Client, string Store) Server(string name, Dictionary<string, string>? settings = null)
    {
        var store = _stores.Seeded(Postgres, name);
        var factory = new MarsadFactory(store, settings);
        return (factory, factory.CreateClient(), store);
    }

    protected static async Task<JsonObject> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    protected static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    protected async Task Events_are_listed_in_pages_with_their_total_and_the_second_page_goes_on_from_the_first()
    {
        var (factory, client, _) = Server("paging");
        using var f = factory;
        var first = await Json(await client.GetAsync("/api/events?page_size=5"));
        var second = await Json(await client.GetAsync("/api/events?page_size=5&page=2"));
        var total = first["total"]!.GetValue<long>();
        Assert.True(total > 10, $"only {total} events in the seeded store");
        Assert.Equal(5, first["events"]!.AsArray().Count);
        var ids = first["events"]!.AsArray().Concat(second["events"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(10, ids.Distinct().Count());
    }

    protected async Task Accept_geo_json_gives_a_feature_collection_with_lon_lat_points()
    {
        var (factory, client, _) = Server("geojson");
        using var f = factory;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?type=CAPTURE");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
        var response = await client.SendAsync(request);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var collection = await Json(response);
        Assert.Equal("FeatureCollection", collection["type"]!.GetValue<string>());
        var feature = collection["features"]!.AsArray().First(x => x!["geometry"] is not null)!;
        var coordinates = feature["geometry"]!["coordinates"]!.AsArray();
        Assert.Equal(feature["properties"]!["lon"]!.GetValue<double>(), coordinates[0]!.GetValue<double>());
        Assert.Equal(feature["properties"]!["lat"]!.GetValue<double>(), coordinates[1]!.GetValue<double>());
        Assert.All(collection["features"]!.AsArray(), x => Assert.Equal("CAPTURE", x!["properties"]!["type"]!.GetValue<string>()));
    }

    protected async Task Every_filter_of_query_narrows_the_events_as_the_store_query_does()
    {
        var (factory, client, store) = Server("filters");
        using var f = factory;
        (string Query, EventFilter Filter)[] cases =
        [
            ("type=CAPTURE", new EventFilter { Type = "CAPTURE" }),
            ("actor=ISIL", new EventFilter { Actor = "ISIL" }),
            ("modality=intended", new EventFilter { Modality = "intended" }),
            ("country=SY", new EventFilter { Country = "SY" }),
            ("near=35.785,37.497&km=10", new EventFilter { Near = (35.785, 37.497, 10) }),
            ("bbox=37,35,38,36", new EventFilter { BoundingBox = (37, 35, 38, 36) }),
            ("text=" + Uri.EscapeDataString("خناصر"), new EventFilter { Text = "خناصر" }),
            ("from=2016-02-20&to=2016-02-28", new EventFilter { From = new DateOnly(2016, 2, 20), To = new DateOnly(2016, 2, 28) }),
            ("mentions=true&type=ASSAULT", new EventFilter { Type = "ASSAULT" }),
        ];
        using var db = MarsadStore.Open(store);
        foreach (var (query, filter) in cases)
        {
            var answer = await Json(await client.GetAsync("/api/events?page_size=1000&" + query));
            var expected = db.Run(filter with { Consolidated = !query.StartsWith("mentions", StringComparison.Ordinal) }).Select(r => r.Id).Order().ToList();
            var got = answer["events"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()).Order().ToList();
            Assert.True(expected.SequenceEqual(got), $"{query}: expected [{string.Join(",", expected)}], got [{string.Join(",", got)}]");
        }
        var all = await Json(await client.GetAsync("/api/events?page_size=1000"));
        var capture = await Json(await client.GetAsync("/api/events?page_size=1000&type=CAPTURE"));
        Assert.InRange(capture["total"]!.GetValue<long>(), 1, all["total"]!.GetValue<long>() - 1);
    }

    protected async Task Bad_input_is_answered_with_a_problem_and_a_4xx_code_never_a_5xx()
    {
        var (factory, client, _) = Server("bad");
        using var f = factory;
        (string Url, HttpStatusCode Code)[] gets =
        [
            ("/api/events?type=BOMBING", HttpStatusCode.BadRequest),
            ("/api/events?modality=maybe", HttpStatusCode.BadRequest),
            ("/api/events?page=0", HttpStatusCode.BadRequest),
            ("/api/events?page=abc", HttpStatusCode.BadRequest),
            ("/api/events?page_size=1000000", HttpStatusCode.BadRequest),
            ("/api/events?bbox=1,2,3", HttpStatusCode.BadRequest),
            ("/api/events?bbox=10,10,5,5", HttpStatusCode.BadRequest),
            ("/api/events?near=91,0", HttpStatusCode.BadRequest),
            ("/api/events?km=-3&near=1,1", HttpStatusCode.BadRequest),
            ("/api/events?from=2016-13-01", HttpStatusCode.BadRequest),
            ("/api/events?country=Syria", HttpStatusCode.BadRequest),
            ("/api/events?text=%21%21", HttpStatusCode.BadRequest),
            ("/api/events?tpye=CAPTURE", HttpStatusCode.BadRequest),
            ("/api/events?type=CAPTURE&type=REMOTE", HttpStatusCode.BadRequest),
            ("/api/events?reviewed=perhaps", HttpStatusCode.BadRequest),
            ("/api/events?format=xml", HttpStatusCode.BadRequest),
            ("/api/events/abc", HttpStatusCode.BadRequest),
            ("/api/events/-1", HttpStatusCode.BadRequest),
            ("/api/events/99999999999999999999999", HttpStatusCode.BadRequest),
            ("/api/events/987654", HttpStatusCode.NotFound),
            ("/api/stats?type=x", HttpStatusCode.BadRequest),
            ("/api/places", HttpStatusCode.BadRequest),
            ("/api/nothing", HttpStatusCode.NotFound),
        ];
        foreach (var (url, code) in gets)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == code, $"{url}: {(int)response.StatusCode}, expected {(int)code}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal((int)code, problem["status"]!.GetValue<int>());
        }
        (string Url, HttpContent? Body, HttpStatusCode Code)[] posts =
        [
            ("/api/extract", new StringContent("نص", Encoding.UTF8, "application/xml"), HttpStatusCode.UnsupportedMediaType),
            ("/api/extract", new ByteArrayContent([]), HttpStatusCode.UnsupportedMediaType),
            ("/api/extract", new StringContent("   ", Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest),
            ("/api/extract", new ByteArrayContent([0xD8, 0x28, 0xFF]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, HttpStatusCode.BadRequest),
            ("/api/extract?published=yesterday", new StringContent("قصف", Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest),
            ("/api/extract?store=maybe", new StringContent("قصف", Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest),
            ("/api/extract", new StringContent(new string('ق', 1_100_000), Encoding.UTF8, "text/plain"), HttpStatusCode.RequestEntityTooLarge),
            ("/api/events/1/review", JsonBody("{\"action\": \"confirm\""), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("[1, 2]"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"approve\", \"reviewer\": \"ع\"}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"confirm\"}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\"}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"type\": \"BOMBING\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"place\": \"wof:0\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"date\": \"2016-02-30\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"fatalities\": -2}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"fatalities\": \"ten\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"correct\", \"reviewer\": \"ع\", \"fields\": {\"colour\": \"red\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"confirm\", \"reviewer\": \"ع\", \"fields\": {\"type\": \"REMOTE\"}}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", JsonBody("{\"action\": \"confirm\", \"reviewer\": 7}"), HttpStatusCode.BadRequest),
            ("/api/events/1/review", new StringContent("action=confirm", Encoding.UTF8, "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType),
            ("/api/events/987654/review", JsonBody("{\"action\": \"confirm\", \"reviewer\": \"ع\"}"), HttpStatusCode.NotFound),
        ];
        foreach (var (url, body, code) in posts)
        {
            var response = await client.PostAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == code, $"POST {url}: {(int)response.StatusCode}, expected {(int)code}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    protected async Task An_event_comes_with_every_source_and_each_evidence_span_points_into_its_article_body()
    {
        var (factory, client, _) = Server("detail");
        using var f = factory;
        var list = await Json(await client.GetAsync("/api/events?page_size=1000"));
        Assert.NotEmpty(list["events"]!.AsArray());
        foreach (var e in list["events"]!.AsArray())
        {
            var detail = await Json(await client.GetAsync($"/api/events/{e!["id"]}"));
            var sources = detail["sources"]!.AsArray();
            Assert.Equal(e["document_count"]!.GetValue<int>(), sources.Select(s => s!["document"]!["id"]!.GetValue<long>()).Distinct().Count());
            foreach (var source in sources)
            {
                var body = source!["document"]!["body"]!.GetValue<string>();
                var evidence = source["mention"]!["evidence"]!;
                int start = evidence["start"]!.GetValue<int>(), end = evidence["end"]!.GetValue<int>();
                Assert.Equal(evidence["text"]!.GetValue<string>(), body[start..end]);
            }
        }
    }

    protected async Task A_pasted_article_is_extracted_and_stored_only_when_asked_and_only_once()
    {
        var (factory, client, _) = Server("extract");
        using var f = factory;
        // A strike report the learned keep/drop decision keeps (this test is about the API, not
        // about which events the model keeps: docs/learning.md says where it is weak).
        const string article = "غارات على معرة النعمان\n\nقصفت طائرات حربية روسية مدينة معرة النعمان في ريف إدلب أمس ما أدى إلى مقتل ثمانية مدنيين.\n";
        var before = (await Json(await client.GetAsync("/api/stats")))["total"]!.GetValue<long>();
        var dry = await Json(await client.PostAsync("/api/extract?published=2016-02-24", new StringContent(article, Encoding.UTF8, "text/plain")));
        Assert.Equal("2016-02-24", dry["document"]!["published"]!.GetValue<string>());
        Assert.NotEmpty(dry["events"]!.AsArray());
        Assert.Null(dry["stored"]);
        Assert.Equal(before, (await Json(await client.GetAsync("/api/stats")))["total"]!.GetValue<long>());
        var stored = await Json(await client.PostAsync("/api/extract?store=true&published=2016-02-24", new StringContent(article, Encoding.UTF8, "text/plain")));
        Assert.False(stored["stored"]!["duplicate"]!.GetValue<bool>());
        Assert.True((await Json(await client.GetAsync("/api/stats")))["total"]!.GetValue<long>() > before);
        var again = await Json(await client.PostAsync("/api/extract?store=true", new StringContent(article, Encoding.UTF8, "text/plain")));
        Assert.True(again["stored"]!["duplicate"]!.GetValue<bool>());
        Assert.Equal(stored["stored"]!["document_id"]!.GetValue<long>(), again["stored"]!["document_id"]!.GetValue<long>());
        var html = await Json(await client.PostAsync("/api/extract", new StringContent($"<html><body><article><h1>غارات</h1><p>{article}</p></article></body></html>", Encoding.UTF8, "text/html")));
        Assert.NotEmpty(html["events"]!.AsArray());
    }

    protected async Task Stats_count_the_events_by_type_day_and_country_and_add_up_to_the_total()
    {
        var (factory, client, _) = Server("stats");
        using var f = factory;
        var stats = await Json(await client.GetAsync("/api/stats"));
        var total = stats["total"]!.GetValue<long>();
        foreach (var key in new[] { "by_type", "by_day", "by_country", "by_modality" })
        {
            Assert.Equal(total, stats[key]!.AsArray().Sum(g => g!["count"]!.GetValue<long>()));
        }
        Assert.Contains(stats["by_country"]!.AsArray(), g => g!["key"]?.GetValue<string>() == "SY");
    }

    protected async Task A_correction_is_kept_beside_the_machine_output_and_shown_as_reviewed_even_after_a_rebuild()
    {
        var (factory, client, store) = Server("review");
        using var f = factory;
        var capture = (await Json(await client.GetAsync("/api/events?type=CAPTURE&actor=ISIL")))["events"]!.AsArray()[0]!;
        var id = capture["id"]!.GetValue<long>();
        var places = await Json(await client.GetAsync("/api/places?q=" + Uri.EscapeDataString("حلب")));
        var aleppo = places["places"]!.AsArray()[0]!["gazetteer_id"]!.GetValue<string>();
        var body = $$$"""{"action": "correct", "reviewer": "أمل", "note": "الهجوم لم ينجح", "fields": {"type": "ASSAULT", "actor2": "SYR-MIL", "place": "{{{aleppo}}}", "date": "2016-02-22", "fatalities": 12}}""";
        var answer = await Json(await client.PostAsync($"/api/events/{id}/review", JsonBody(body)), HttpStatusCode.Created);
        Assert.Equal("CAPTURE", answer["review"]!["before"]!["type"]!.GetValue<string>());
        Assert.Equal("ASSAULT", answer["review"]!["after"]!["type"]!.GetValue<string>());

        var shown = (await Json(await client.GetAsync("/api/events?reviewed=corrected")))["events"]!.AsArray().Single()!;
        Assert.Equal(id, shown["id"]!.GetValue<long>());
        Assert.Equal(("ASSAULT", "SYR-MIL", aleppo, "2016-02-22", 12, "أمل"),
            (shown["type"]!.GetValue<string>(), shown["actor2"]!.GetValue<string>(), shown["gazetteer_id"]!.GetValue<string>(),
             shown["date_value"]!.GetValue<string>(), shown["fatalities"]!.GetValue<int>(), shown["reviewed_by"]!.GetValue<string>()));
        Assert.DoesNotContain((await Json(await client.GetAsync("/api/events?reviewed=no&page_size=1000")))["events"]!.AsArray(),
            e => e!["id"]!.GetValue<long>() == id);

        // The machine's mention is untouched in the store; the mention view shows the reviewed value, marked.
        using (var db = MarsadStore.Open(store))
        {
            var detail = db.Detail(id)!;
            Assert.All(detail.Sources, s => Assert.Equal("CAPTURE", s.Mention.Type));
            var mention = db.Run(new EventFilter { Reviewed = "corrected" }).Single();
            Assert.Equal(("ASSAULT", "corrected"), (mention.Type, mention.Review));
            db.Rebuild();
        }
        var rebuilt = (await Json(await client.GetAsync("/api/events?reviewed=yes")))["events"]!.AsArray().Single()!;
        Assert.Equal(("ASSAULT", 12), (rebuilt["type"]!.GetValue<string>(), rebuilt["fatalities"]!.GetValue<int>()));
        var history = await Json(await client.GetAsync($"/api/events/{rebuilt["id"]}"));
        Assert.Equal("الهجوم لم ينجح", history["reviews"]!.AsArray().Single()!["note"]!.GetValue<string>());

        // A rejection is the latest word, and exports leave a rejected event out.
        await Json(await client.PostAsync($"/api/events/{rebuilt["id"]}/review", JsonBody("""{"action": "reject", "reviewer": "سامي"}""")), HttpStatusCode.Created);
        using var after = MarsadStore.Open(store);
        Assert.Equal("rejected", after.ById(rebuilt["id"]!.GetValue<long>())!.Review);
        Assert.DoesNotContain(after.Run(new EventFilter { Consolidated = true, ExcludeRejected = true }), r => r.Id == rebuilt["id"]!.GetValue<long>());
        Assert.Equal(2, after.ReviewsOf(rebuilt["id"]!.GetValue<long>()).Count);
    }
}

public sealed class SqliteApiTests : ApiBehaviour
{
    protected override bool Postgres => false;

    [Fact] public Task Events_are_listed_in_pages_with_their_total() => Events_are_listed_in_pages_with_their_total_and_the_second_page_goes_on_from_the_first();
    [Fact] public Task Accept_geo_json_gives_geo_json() => Accept_geo_json_gives_a_feature_collection_with_lon_lat_points();
    [Fact] public Task Every_query_filter_works() => Every_filter_of_query_narrows_the_events_as_the_store_query_does();
    [Fact] public Task Bad_input_gets_a_4xx_problem() => Bad_input_is_answered_with_a_problem_and_a_4xx_code_never_a_5xx();
    [Fact] public Task An_event_has_its_sources_and_spans() => An_event_comes_with_every_source_and_each_evidence_span_points_into_its_article_body();
    [Fact] public Task Extract_stores_only_when_asked() => A_pasted_article_is_extracted_and_stored_only_when_asked_and_only_once();
    [Fact] public Task Stats_add_up() => Stats_count_the_events_by_type_day_and_country_and_add_up_to_the_total();
    [Fact] public Task Reviews_are_kept_and_shown() => A_correction_is_kept_beside_the_machine_output_and_shown_as_reviewed_even_after_a_rebuild();
}

public sealed class PostgresApiTests : ApiBehaviour
{
    protected override bool Postgres => true;

    [PostgresFact] public Task Events_are_listed_in_pages_with_their_total() => Events_are_listed_in_pages_with_their_total_and_the_second_page_goes_on_from_the_first();
    [PostgresFact] public Task Accept_geo_json_gives_geo_json() => Accept_geo_json_gives_a_feature_collection_with_lon_lat_points();
    [PostgresFact] public Task Every_query_filter_works() => Every_filter_of_query_narrows_the_events_as_the_store_query_does();
    [PostgresFact] public Task Bad_input_gets_a_4xx_problem() => Bad_input_is_answered_with_a_problem_and_a_4xx_code_never_a_5xx();
    [PostgresFact] public Task An_event_has_its_sources_and_spans() => An_event_comes_with_every_source_and_each_evidence_span_points_into_its_article_body();
    [PostgresFact] public Task Extract_stores_only_when_asked() => A_pasted_article_is_extracted_and_stored_only_when_asked_and_only_once();
    [PostgresFact] public Task Stats_add_up() => Stats_count_the_events_by_type_day_and_country_and_add_up_to_the_total();
    [PostgresFact] public Task Reviews_are_kept_and_shown() => A_correction_is_kept_beside_the_machine_output_and_shown_as_reviewed_even_after_a_rebuild();
}
