using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server;

/// <summary>
/// The page and its bundled libraries, embedded in the assembly and served from memory: a request
/// can name only a file that was bundled (no file system path is opened, so «..» leads nowhere,
/// and there is no directory to list).
/// </summary>
internal static class StaticAssets
{
    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    private static readonly Lazy<Dictionary<string, Asset>> Assets = new(Load);

    public static IReadOnlyCollection<string> Paths => Assets.Value.Keys;

    private static Dictionary<string, Asset> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("page/", StringComparison.Ordinal))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var path = name["page/".Length..].Replace('\\', '/');
            assets[path] = new Asset(bytes, ContentType(path), "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
        }
        return assets;
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (string path, HttpContext http) => Serve(http, path)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext http, string path)
    {
        if (!Assets.Value.TryGetValue(path, out var asset))
        {
            return Results.Problem(detail: $"no such file: /{path}", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }
        http.Response.Headers.ETag = asset.ETag;
        // The page itself is revalidated (it changes with each build); bundled libraries are versioned by their path.
        http.Response.Headers.CacheControl = path.StartsWith("vendor/", StringComparison.Ordinal) ? "public, max-age=86400" : "no-cache";
        if (string.Equals(http.Request.Headers.IfNoneMatch.ToString(), asset.ETag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
