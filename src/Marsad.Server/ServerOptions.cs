using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Marsad.Server;

/// <summary>How <c>marsad serve</c> runs: the store, where it listens, who may write, and its limits.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store, as <c>marsad query --store</c> takes it (SQLite file or postgres:// URL). Never taken from a request.</summary>
    public required string Store { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>none (single user on loopback) or token (a bearer token for every POST, reviewer named by the token).</summary>
    public string Auth { get; init; } = "none";

    /// <summary>For token auth: a file of «name token» lines.</summary>
    public string? TokensFile { get; init; }

    /// <summary>Largest request body, in bytes (an article of 1 MB is a book).</summary>
    public long MaxBodyBytes { get; init; } = 1_000_000;

    public int DefaultPageSize { get; init; } = 100;

    public int MaxPageSize { get; init; } = 1000;

    /// <summary>POST requests each client (IP address) may make per minute.</summary>
    public int PostsPerMinute { get; init; } = 120;

    /// <summary>Store connections open at most at once; requests beyond wait their turn.</summary>
    public int StoreConnections { get; init; } = 8;

    /// <summary>Reads options from configuration keys Marsad:Store, Marsad:Urls, … (how tests and the bare server executable are configured).</summary>
    public static ServerOptions FromConfiguration(IConfiguration configuration)
    {
        var c = configuration.GetSection("Marsad");
        int Int(string key, int fallback) => c[key] is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new ServerOptions
        {
            Store = c["Store"] ?? throw new InvalidOperationException("no store configured (Marsad:Store)"),
            Urls = c["Urls"] ?? DefaultUrls,
            Auth = c["Auth"] ?? "none",
            TokensFile = c["TokensFile"],
            MaxBodyBytes = c["MaxBodyBytes"] is { } m ? long.Parse(m, CultureInfo.InvariantCulture) : 1_000_000,
            DefaultPageSize = Int("DefaultPageSize", 100),
            MaxPageSize = Int("MaxPageSize", 1000),
            PostsPerMinute = Int("PostsPerMinute", 120),
            StoreConnections = Int("StoreConnections", 8),
        };
    }

    /// <summary>Every problem with these options, in words a user can act on; empty when they are sound.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        if (Auth is not ("none" or "token"))
        {
            problems.Add($"--auth takes none or token, not '{Auth}'");
        }
        if (Auth == "token" && TokensFile is null)
        {
            problems.Add("--auth token needs --tokens FILE (lines of «name token»)");
        }
        if (Auth == "none")
        {
            foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!IsLoopback(url))
                {
                    problems.Add($"{url} is not a loopback address: serving beyond this machine needs --auth token");
                }
            }
        }
        if (MaxBodyBytes < 1024)
        {
            problems.Add("--max-body takes at least 1024 bytes");
        }
        if (PostsPerMinute < 1)
        {
            problems.Add("--posts-per-minute takes 1 or more");
        }
        if (MaxPageSize < 1 || DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            problems.Add("page sizes must be 1 or more, the default at most the maximum");
        }
        return problems;
    }

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback;
    }
}
