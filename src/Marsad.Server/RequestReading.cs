using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Server;

/// <summary>Reads what a request carries (query parameters, bodies), refusing what is wrong with a 4xx and a sentence.</summary>
internal static class RequestReading
{
    /// <summary>The filters of <c>marsad query</c>, as GET parameters.</summary>
    public static readonly string[] FilterParameters =
        ["from", "to", "type", "modality", "actor", "country", "admin1", "bbox", "near", "km", "text", "reviewed", "mentions"];

    public static void OnlyKnown(IQueryCollection query, params string[] known)
    {
        foreach (var key in query.Keys)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw ApiProblem.BadRequest($"unknown parameter '{key}' (known: {string.Join(", ", known)})");
            }
        }
    }

    public static string? One(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }
        if (values.Count > 1)
        {
            throw ApiProblem.BadRequest($"'{name}' is given {values.Count} times");
        }
        return string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    public static EventFilter Filter(IQueryCollection query)
    {
        var type = One(query, "type")?.ToUpperInvariant();
        if (type is not null && !GoldLoader.EventTypes.Contains(type))
        {
            throw ApiProblem.BadRequest($"type must be one of {string.Join(", ", GoldLoader.EventTypes)}, not '{type}'");
        }
        var modality = One(query, "modality")?.ToLowerInvariant();
        if (modality is not null && !GoldLoader.Modalities.Contains(modality))
        {
            throw ApiProblem.BadRequest($"modality must be one of {string.Join(", ", GoldLoader.Modalities)}, not '{modality}'");
        }
        var reviewed = One(query, "reviewed")?.ToLowerInvariant();
        if (reviewed is not null and not ("yes" or "no" or "confirmed" or "rejected" or "corrected"))
        {
            throw ApiProblem.BadRequest($"reviewed must be yes, no, confirmed, rejected or corrected, not '{reviewed}'");
        }
        var country = One(query, "country")?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            throw ApiProblem.BadRequest($"country is an ISO 3166 alpha-2 code (SY, IQ), not '{country}'");
        }
        var text = One(query, "text");
        if (text is not null && EventQuery.FtsWords(text).Count == 0)
        {
            throw ApiProblem.BadRequest("text holds no word to search for");
        }
        var km = One(query, "km") is { } k ? Number(k, "km") : 25;
        if (km <= 0 || km > 20_000)
        {
            throw ApiProblem.BadRequest("km must be a distance above 0 and at most 20000");
        }
        (double, double, double, double)? box = null;
        if (One(query, "bbox") is { } b)
        {
            var v = Numbers(b, 4, "bbox takes minLon,minLat,maxLon,maxLat");
            if (v[0] > v[2] || v[1] > v[3] || v.Any(x => Math.Abs(x) > 180) || Math.Abs(v[1]) > 90 || Math.Abs(v[3]) > 90)
            {
                throw ApiProblem.BadRequest($"bbox takes minLon,minLat,maxLon,maxLat with min ≤ max, within ±180 and ±90, not '{b}'");
            }
            box = (v[0], v[1], v[2], v[3]);
        }
        (double, double, double)? near = null;
        if (One(query, "near") is { } n)
        {
            var v = Numbers(n, 2, "near takes LAT,LON");
            if (Math.Abs(v[0]) > 90 || Math.Abs(v[1]) > 180)
            {
                throw ApiProblem.BadRequest($"near takes LAT,LON within ±90 and ±180, not '{n}'");
            }
            near = (v[0], v[1], km);
        }
        return new EventFilter
        {
            From = Date(One(query, "from"), "from"),
            To = Date(One(query, "to"), "to"),
            Type = type,
            Modality = modality,
            Actor = One(query, "actor")?.ToUpperInvariant(),
            Country = country,
            Admin1 = One(query, "admin1"),
            BoundingBox = box,
            Near = near,
            Text = text,
            Reviewed = reviewed,
            Consolidated = !Bool(One(query, "mentions"), "mentions"),
        };
    }

    public static DateOnly? Date(string? value, string name) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw ApiProblem.BadRequest($"{name} takes a date as YYYY-MM-DD, not '{value}'");

    public static bool Bool(string? value, string name) => value switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw ApiProblem.BadRequest($"{name} takes true or false, not '{value}'"),
    };

    public static int PositiveInt(string? value, string name, int fallback, int max)
    {
        if (value is null)
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            throw ApiProblem.BadRequest($"{name} takes a whole number of 1 or more, not '{value}'");
        }
        return n <= max ? n : throw ApiProblem.BadRequest($"{name} is at most {max}, not {n}");
    }

    private static double Number(string value, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw ApiProblem.BadRequest($"{name} takes a number, not '{value}'");

    private static double[] Numbers(string value, int count, string usage)
    {
        var parts = value.Split(',');
        if (parts.Length != count)
        {
            throw ApiProblem.BadRequest($"{usage}, not '{value}'");
        }
        var numbers = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw ApiProblem.BadRequest($"{usage}, not '{value}'");
            }
        }
        return numbers;
    }

    /// <summary>The body as bytes, refused with 413 beyond <paramref name="limit"/> (whatever Content-Length claims).</summary>
    public static async Task<byte[]> BodyAsync(HttpRequest request, long limit, CancellationToken cancel)
    {
        if (request.ContentLength > limit)
        {
            throw ApiProblem.TooLarge(limit);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw ApiProblem.TooLarge(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw ApiProblem.TooLarge(limit);
        }
        return buffer.ToArray();
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Utf8(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw ApiProblem.BadRequest("the body is not valid UTF-8");
        }
    }
}
