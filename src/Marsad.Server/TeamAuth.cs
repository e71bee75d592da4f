using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server;

/// <summary>
/// Team mode (<c>--auth token</c>): every POST needs «Authorization: Bearer TOKEN» with a token of
/// the tokens file, and the token's name is the reviewer. Reading needs no token.
/// </summary>
internal sealed class TeamAuth
{
    public const string ReviewerKey = "marsad.reviewer";

    private readonly List<(byte[] Hash, string Name)> _tokens = [];

    private TeamAuth()
    {
    }

    /// <summary>Reads «name token» lines (# starts a comment); a token shorter than 16 characters is refused.</summary>
    public static TeamAuth Load(string path)
    {
        var auth = new TeamAuth();
        var n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"{path}:{n}: expected «name token»");
            }
            if (parts[1].Length < 16)
            {
                throw new FormatException($"{path}:{n}: the token of {parts[0]} is shorter than 16 characters");
            }
            auth._tokens.Add((SHA256.HashData(Encoding.UTF8.GetBytes(parts[1])), parts[0]));
        }
        return auth._tokens.Count > 0 ? auth : throw new FormatException($"{path}: no token");
    }

    /// <summary>The reviewer a request's bearer token names, or null.</summary>
    public string? Reviewer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // Hashes of equal length compared in constant time: the answer's timing tells nothing of a token.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        string? name = null;
        foreach (var (known, who) in _tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(known, hash))
            {
                name = who;
            }
        }
        return name;
    }
}
