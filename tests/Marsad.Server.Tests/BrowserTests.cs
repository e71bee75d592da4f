using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Marsad.Server.Tests;

/// <summary>
/// Runs where Debian's chromium is installed (/usr/bin/chromium, or MARSAD_CHROMIUM). CI sets
/// MARSAD_BROWSER_REQUIRED=1, which turns a missing browser into a failure instead of a skip.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(RealServer.Chromium) && Environment.GetEnvironmentVariable("MARSAD_BROWSER_REQUIRED") != "1")
        {
            Skip = $"no browser at {RealServer.Chromium} (apt install chromium, or set MARSAD_CHROMIUM)";
        }
    }
}

/// <summary>A real <c>marsad serve</c> child process on a free loopback port, over a store holding the sample article ingested by <c>marsad ingest</c>.</summary>
public sealed class RealServer : IDisposable
{
    public static string Chromium => Environment.GetEnvironmentVariable("MARSAD_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly TestStores _stores = new();
    private readonly Process _server;

    public RealServer()
    {
        var store = Path.Combine(_stores.Folder, "browser.db");
        var ingest = Marsad(["ingest", TestStores.SamplePath, "--store", store, "--published", "2016-02-24"]);
        ingest.WaitForExit(120_000);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException("marsad ingest failed: " + ingest.StandardError.ReadToEnd());
        }
        Port = FreePort();
        Url = $"http://127.0.0.1:{Port}";
        _server = Marsad(["serve", "--store", store, "--urls", Url]);
        using var http = new HttpClient();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException("marsad serve exited: " + _server.StandardError.ReadToEnd());
            }
            try
            {
                if (http.GetAsync(Url + "/api/stats").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (watch.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException("marsad serve did not answer within 90 s");
            }
            Thread.Sleep(250);
        }
    }

    public int Port { get; }

    public string Url { get; }

    /// <summary>Where screenshots go: MARSAD_SCREENSHOTS (CI keeps them with the test results), else beside the tests.</summary>
    public static string Screenshots => Directory.CreateDirectory(Environment.GetEnvironmentVariable("MARSAD_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private static Process Marsad(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }
        _server.Dispose();
        _stores.Dispose();
    }
}

/// <summary>The page in Debian's chromium, driven by Playwright against a real <c>marsad serve</c>.</summary>
public sealed class BrowserTests(RealServer server) : IClassFixture<RealServer>
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page)> OpenAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = RealServer.Chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(20_000);
        // Anything the page asks of another origin is a failure of "fully offline".
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(server.Url, StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                Offsite.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Dialog += (_, dialog) => Dialogs.Add(dialog.Message);
        await page.GotoAsync(server.Url + "/");
        await page.WaitForSelectorAsync("body[data-loaded]:not([data-loaded='0'])");
        return (playwright, browser, page);
    }

    private List<string> Offsite { get; } = [];

    private List<string> Dialogs { get; } = [];

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RealServer.Screenshots, name + ".png"), FullPage = true });

    /// <summary>Opens clusters until a single event marker shows, then clicks it.</summary>
    private static async Task ClickAMarkerAsync(IPage page)
    {
        for (var i = 0; i < 6 && await page.Locator(".mk").CountAsync() == 0; i++)
        {
            await page.Locator(".marker-cluster").First.ClickAsync();
            await page.WaitForTimeoutAsync(900);
        }
        await page.Locator(".mk").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel .source mark.evidence");
    }

    [BrowserFact]
    public async Task The_sample_articles_events_appear_on_the_map_and_clicking_one_highlights_its_evidence()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var p = playwright;
        await using var b = browser;
        Assert.True(await page.Locator(".mk, .marker-cluster").CountAsync() > 0, "no marker on the map");
        Assert.True(await page.Locator("path.country").CountAsync() > 100, "the Natural Earth basemap is not drawn");
        Assert.True(await page.Locator("#timeline rect.bar").CountAsync() > 0, "the timeline has no bar");
        await Shot(page, "map");

        // Brushing the timeline's last tenth (mid-January to 24 February 2016) narrows the map to those days; clearing restores all.
        var all = await page.Locator("#count").TextContentAsync();
        var box = (await page.Locator("#timeline").BoundingBoxAsync())!;
        var y = box.Y + box.Height / 2;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.9f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.95f, y);
        await page.Mouse.MoveAsync(box.X + box.Width - 1, y);
        await page.Mouse.UpAsync();
        await page.Locator("#dates-clear").WaitForAsync();
        // The brush ends at the timeline's last day, the publication day.
        Assert.Contains("2016-02-24", await page.Locator("#dates").TextContentAsync(), StringComparison.Ordinal);
        for (var i = 0; i < 40 && await page.Locator("#count").TextContentAsync() == all; i++)
        {
            await page.WaitForTimeoutAsync(250);
        }
        Assert.NotEqual(all, await page.Locator("#count").TextContentAsync());
        await Shot(page, "timeline-brushed");
        await page.ClickAsync("#dates-clear");
        for (var i = 0; i < 40 && await page.Locator("#count").TextContentAsync() != all; i++)
        {
            await page.WaitForTimeoutAsync(250);
        }
        Assert.Equal(all, await page.Locator("#count").TextContentAsync());

        await ClickAMarkerAsync(page);
        var mark = await page.Locator("#panel .source mark.evidence").First.TextContentAsync();
        var line = await page.Locator("#panel .evidence-line").First.TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(mark));
        Assert.Contains(mark!, line!, StringComparison.Ordinal);
        Assert.Equal("rtl", await page.Locator("#panel .article").First.GetAttributeAsync("dir"));
        await Shot(page, "event-panel");
        await page.ClickAsync("#lang");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await Shot(page, "event-panel-english");
        Assert.Empty(Offsite);
    }

    [BrowserFact]
    public async Task A_correction_made_in_the_form_shows_as_reviewed_after_a_reload()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var p = playwright;
        await using var b = browser;
        await ClickAMarkerAsync(page);
        var form = page.Locator("#panel form.review");
        await form.Locator("input[name=action][value=correct]").CheckAsync();
        await form.Locator("input[name=reviewer]").FillAsync("مراجع الاختبار");
        await form.Locator("input[name=fatalities]").FillAsync("7");
        await form.Locator("input[name=note]").FillAsync("عدد القتلى من مصدر ثانٍ");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#panel .badge.corrected");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-loaded]:not([data-loaded='0'])");
        await page.SelectOptionAsync("#f-reviewed", "corrected");
        // Polled from here: the page's CSP forbids the string evaluation WaitForFunction would use.
        for (var i = 0; i < 80 && !((await page.Locator("#count").TextContentAsync()) ?? string.Empty).StartsWith("1 ", StringComparison.Ordinal); i++)
        {
            await page.WaitForTimeoutAsync(250);
        }
        Assert.StartsWith("1 ", await page.Locator("#count").TextContentAsync(), StringComparison.Ordinal);
        await ClickAMarkerAsync(page);
        await page.WaitForSelectorAsync("#panel .badge.corrected");
        Assert.Contains("مراجع الاختبار", await page.Locator("#panel .review-line").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("7", await page.Locator("#panel dl.fields").TextContentAsync(), StringComparison.Ordinal);
        await Shot(page, "reviewed-after-reload");
    }

    [BrowserFact]
    public async Task A_pasted_article_shows_its_events_and_markup_in_it_shows_as_text()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var p = playwright;
        await using var b = browser;
        await page.ClickAsync("#paste-toggle");
        const string article = """
            غارات على حلب <script>window.__marsadXss = 1</script>

            قصفت طائرات حربية روسية أحياء في مدينة حلب أمس، ما أدى إلى مقتل خمسة مدنيين. <img src=x onerror="window.__marsadXss = 2">

            وسيطر تنظيم «داعش» على بلدة خناصر بعد هجوم مباغت.
            """;
        await page.FillAsync("#paste-text", article);
        await page.FillAsync("#paste-published", "2016-02-24");
        await page.ClickAsync("#paste-go");
        await page.WaitForSelectorAsync("#paste-results .pasted-events li");
        Assert.True(await page.Locator("#paste-results .pasted-events li").CountAsync() >= 1);
        var text = await page.Locator("#paste-results").TextContentAsync();
        Assert.Contains("<script>", text!, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#paste-results img, #paste-results script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.__marsadXss === undefined"));
        Assert.True(await page.Locator(".mk.pasted").CountAsync() > 0, "the pasted article's events are not on the map");
        Assert.Empty(Dialogs);
        await Shot(page, "pasted-article");
    }
}
