using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Marsad.Server.Tests;

/// <summary>Limits, team mode, the OpenAPI document and what the page is allowed to load.</summary>
public sealed partial class LimitsAndSecurityTests : IDisposable
{
    private readonly TestStores _stores = new();

    public void Dispose() => _stores.Dispose();

    private static StringContent Review(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Posts_beyond_the_rate_a_client_is_allowed_are_refused_with_429_and_reads_go_on()
    {
        using var factory = new MarsadFactory(_stores.Seeded(false, "rate"), new Dictionary<string, string> { ["PostsPerMinute"] = "3" });
        using var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await client.PostAsync("/api/extract", new StringContent("قصفت طائرات حربية مدينة حلب.", Encoding.UTF8, "text/plain"))).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
        var refused = await client.PostAsync("/api/extract", new StringContent("قصف", Encoding.UTF8, "text/plain"));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task A_page_size_above_the_maximum_is_refused_and_the_maximum_is_served()
    {
        using var factory = new MarsadFactory(_stores.Seeded(false, "pages"), new Dictionary<string, string> { ["MaxPageSize"] = "7", ["DefaultPageSize"] = "3" });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/events?page_size=8")).StatusCode);
        var page = JsonNode.Parse(await client.GetStringAsync("/api/events?page_size=7"))!;
        Assert.Equal(7, page["events"]!.AsArray().Count);
        Assert.Equal(3, JsonNode.Parse(await client.GetStringAsync("/api/events"))!["events"]!.AsArray().Count);
    }

    [Fact]
    public async Task In_team_mode_a_post_needs_a_known_token_and_the_token_names_the_reviewer()
    {
        var tokens = Path.Combine(_stores.Folder, "tokens.txt");
        File.WriteAllText(tokens, "# name token\namal  0123456789abcdef0123\nsami\tfedcba9876543210fedc\n");
        using var factory = new MarsadFactory(_stores.Seeded(false, "team"), new Dictionary<string, string> { ["Auth"] = "token", ["TokensFile"] = tokens });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        var anonymous = await client.PostAsync("/api/events/1/review", Review("""{"action": "confirm", "reviewer": "someone"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/events/1/review") { Content = Review("""{"action": "confirm", "reviewer": "x"}""") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "0123456789abcdef0124");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/events/1/review") { Content = Review("""{"action": "confirm", "reviewer": "someone else"}""") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "fedcba9876543210fedc");
        var response = await client.SendAsync(right);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("sami", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["review"]!["reviewer"]!.GetValue<string>());
    }

    [Fact]
    public void Serving_beyond_loopback_without_tokens_is_refused_before_anything_listens()
    {
        var options = new ServerOptions { Store = "x.db", Urls = "http://0.0.0.0:5080" };
        Assert.Contains(options.Problems(), p => p.Contains("--auth token", StringComparison.Ordinal));
        Assert.Empty((options with { Urls = "http://127.0.0.1:5080;http://localhost:5081;http://[::1]:5082" }).Problems());
        Assert.NotEmpty((options with { Auth = "token" }).Problems());
        var stderr = new StringWriter();
        var code = Marsad.Cli.CliRunner.Run(new System.CommandLine.RootCommand { Marsad.Cli.ServeCommand.Create() },
            ["serve", "--store", TestStores.SamplePath, "--urls", "http://0.0.0.0:5999"], new StringWriter(), stderr);
        // The sample is no store: the store is checked first (a store fault, exit 1, as every store fault); a real store with a public address gives a usage error.
        Assert.Equal(1, code);
        var store = _stores.Seeded(false, "public");
        stderr = new StringWriter();
        code = Marsad.Cli.CliRunner.Run(new System.CommandLine.RootCommand { Marsad.Cli.ServeCommand.Create() },
            ["serve", "--store", store, "--urls", "http://0.0.0.0:5999"], new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("not a loopback address", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var factory = new MarsadFactory(_stores.Seeded(false, "openapi"));
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/extract", "/api/stats", "/api/events/{id}/review", "/api/places" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_allows_no_inline_script_and_no_other_origin()
    {
        using var factory = new MarsadFactory(_stores.Seeded(false, "page"));
        using var client = factory.CreateClient();
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        // Every <script> has a src on this server, and no element carries an on… handler.
        Assert.All(ScriptTag().Matches(html), m => Assert.Matches("src=\"(vendor/|[a-z]+\\.js)", m.Value));
        Assert.DoesNotMatch(" on[a-z]+=", html);
        Assert.DoesNotContain("//", string.Concat(ScriptTag().Matches(html).Select(m => m.Value)), StringComparison.Ordinal);
        Assert.Equal("nosniff", (await client.GetAsync("/api/events")).Headers.GetValues("X-Content-Type-Options").Single());
        var js = await client.GetStringAsync("/app.js");
        Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vendor/leaflet/leaflet.js")).StatusCode);
    }

    [Theory]
    [InlineData("/vendor/")]
    [InlineData("/vendor/leaflet/")]
    [InlineData("/../Marsad.Server.dll")]
    [InlineData("/vendor/../../appsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/vendor/%2e%2e/%2e%2e/Marsad.Server.csproj")]
    [InlineData("/Program.cs")]
    public async Task No_folder_is_listed_and_no_path_outside_the_bundled_files_is_served(string path)
    {
        using var factory = new MarsadFactory(_stores.Seeded(false, "paths"));
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
