using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Export;

/// <summary>Per-type export codes (data/lexicons/export_types.tsv, export_subtypes.tsv).</summary>
public sealed record ExportCodes(string? AcledEventType, string? AcledSubEventType, string PloverEventType, string? PloverMode, string? PloverContext);

/// <summary>Maps a Marsad event to ACLED and PLOVER codes from data files.</summary>
public sealed class ExportMapping
{
    private readonly Dictionary<string, ExportCodes> _types = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Keyword, string AcledSub, string? Mode)> _subtypes = [];
    private readonly HashSet<string> _armies = new(StringComparer.Ordinal);

    private ExportMapping()
    {
        var types = TsvTable.LoadEmbedded("export_types");
        foreach (var row in types.Rows)
        {
            string? F(string column) => row[types.Column(column)] is { Length: > 0 } v && v != "-" ? v : null;
            _types[row[types.Column("type")]] = new ExportCodes(F("acled_event_type"), F("acled_sub_event_type"),
                F("plover_event_type") ?? throw new InvalidDataException($"export_types:{row.Line}: no plover_event_type"),
                F("plover_mode"), F("plover_context"));
        }
        var subtypes = TsvTable.LoadEmbedded("export_subtypes");
        foreach (var row in subtypes.Rows)
        {
            var mode = row[subtypes.Column("plover_mode")];
            _subtypes.Add((row[subtypes.Column("type")], ArabicNormalizer.NormalizeKey(row[subtypes.Column("keyword")]),
                row[subtypes.Column("acled_sub_event_type")], mode.Length > 0 ? mode : null));
        }
        var actors = TsvTable.LoadEmbedded("actors");
        foreach (var row in actors.Rows)
        {
            // A state's own army retaking ground is ACLED's «Government regains territory»; a
            // coalition's or another state's army taking it is not told apart here.
            if (string.Equals(row[actors.Column("class")], "army", StringComparison.Ordinal))
            {
                _armies.Add(row[actors.Column("id")]);
            }
        }
    }

    public static ExportMapping Default { get; } = new();

    /// <summary>The codes of one event: the type's defaults, refined by its evidence words and actor.</summary>
    public ExportCodes Codes(string type, string? actor1, string evidence)
    {
        if (!_types.TryGetValue(type, out var codes))
        {
            throw new InvalidDataException($"export_types has no row for event type {type}");
        }
        if (string.Equals(type, "CAPTURE", StringComparison.Ordinal) && actor1 is not null && _armies.Contains(actor1))
        {
            codes = codes with { AcledSubEventType = "Government regains territory" };
        }
        var folded = ArabicNormalizer.NormalizeKey(evidence);
        foreach (var (t, keyword, sub, mode) in _subtypes)
        {
            if (string.Equals(t, type, StringComparison.Ordinal) && folded.Contains(keyword, StringComparison.Ordinal))
            {
                return codes with { AcledSubEventType = codes.AcledEventType is null ? null : sub, PloverMode = mode ?? codes.PloverMode };
            }
        }
        return codes;
    }
}
