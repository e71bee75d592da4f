using Npgsql;

namespace Marsad.Store;

/// <summary>
/// postgres://user:password@host:port/database?key=value URLs (libpq's form, what users paste)
/// turned into Npgsql connection strings. Query keys are Npgsql keywords or their libpq names
/// (sslmode, search_path, application_name, connect_timeout).
/// </summary>
public static class PostgresUrl
{
    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new ArgumentException($"not a postgres:// URL: {Redact(url)}", nameof(url));
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "127.0.0.1" : uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            builder[key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "search_path" or "schema" => "Search Path",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            }] = value;
        }
        return builder.ConnectionString;
    }

    /// <summary>The URL without its password, for messages.</summary>
    public static string Redact(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
        {
            return url;
        }
        var colon = url.IndexOf(':', scheme + 3);
        return colon >= 0 && colon < at ? string.Concat(url.AsSpan(0, colon), ":***", url.AsSpan(at)) : url;
    }
}
