using System.CommandLine;
using System.Text;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Cli;

/// <summary><c>marsad export</c>: the store as ACLED-style CSV, PLOVER JSON Lines or GeoJSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = IngestCommand.StoreOption();
        var format = new Option<string>("--format") { Description = "acled-csv, plover-jsonl, geojson, parquet (needs --out), postgis (needs --pg) or gold (reviewed articles as SPEC §5 gold files, needs --out DIR).", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "plover-jsonl", "geojson", "parquet", "postgis", "gold");
        var pg = new Option<string?>("--pg") { Description = "PostgreSQL for --format postgis: postgres://user@host:port/db or Host=…;Database=…;Username=…." };
        var table = new Option<string>("--table") { Description = "Table for --format postgis (replaced).", DefaultValueFactory = _ => "marsad_events" };
        var output = new Option<string?>("--out") { Description = "Output file (default: standard output)." };
        var mentions = new Option<bool>("--mentions") { Description = "Export per-article event mentions instead of consolidated events." };
        var command = new Command("export", "Export the stored events.") { store, format, output, mentions, pg, table };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            var file = parse.GetValue(output);
            if (file is null && string.Equals(parse.GetValue(format), "parquet", StringComparison.Ordinal))
            {
                throw new UsageException("--format parquet writes a binary file: give it --out FILE");
            }
            var connection = parse.GetValue(pg);
            if (connection is null && string.Equals(parse.GetValue(format), "postgis", StringComparison.Ordinal))
            {
                throw new UsageException("--format postgis needs --pg CONNECTION-STRING");
            }
            if (string.Equals(parse.GetValue(format), "gold", StringComparison.Ordinal))
            {
                if (file is null)
                {
                    throw new UsageException("--format gold writes a folder of gold files: give it --out DIR");
                }
                if (File.Exists(file))
                {
                    throw new UsageException($"--format gold writes a folder, and {file} is a file");
                }
                using var store = IngestCommand.OpenStore(path, create: false);
                var stats = GoldExporter.Write(store, file);
                parse.InvocationConfiguration.Error.WriteLine(
                    $"marsad export: {stats.Articles} reviewed articles written to {file} ({stats.CoreEvents} reviewed events, {stats.OptionalEvents} unreviewed kept as optional, {stats.RejectedEvents} rejected left out)");
                return ExitCodes.Ok;
            }
            if (file is not null && Directory.Exists(file))
            {
                throw new UsageException($"--out {file} is a folder; give a file name");
            }
            using var db = IngestCommand.OpenStore(path, create: false, readOnly: true);
            // A rejected event is not data: exports leave it out (query still lists it, marked).
            var rows = db.Run(new EventFilter { Consolidated = !parse.GetValue(mentions), ExcludeRejected = true });
            var kind = parse.GetValue(format)!;
            int count;
            if (string.Equals(kind, "postgis", StringComparison.Ordinal))
            {
                try
                {
                    count = PostgisExporter.Write(rows, MarsadStore.IsPostgresLocation(connection!) ? PostgresUrl.ToConnectionString(connection!) : connection!, parse.GetValue(table)!);
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or ArgumentException)
                {
                    throw new InputException($"postgis: {e.Message}");
                }
            }
            else if (file is null)
            {
                count = Write(kind, rows, null, parse.InvocationConfiguration.Output);
            }
            else
            {
                count = WriteFile(kind, rows, file);
            }
            parse.InvocationConfiguration.Error.WriteLine($"marsad export: {CliRunner.Count(count, "event")} written");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes beside <paramref name="file"/> and renames at the end: a failure (a full
    /// disk, a kill) never leaves a half-written export under the name the user asked for.</summary>
    private static int WriteFile(string format, List<EventRow> rows, string file)
    {
        var full = Path.GetFullPath(file);
        var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partial");
        FileStream stream;
        try
        {
            stream = File.Create(partial);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--out {file}: cannot write there ({e.Message})");
        }
        try
        {
            int count;
            using (stream)
            {
                count = Write(format, rows, stream, null);
                stream.Flush(flushToDisk: true);
            }
            File.Move(partial, full, overwrite: true);
            return count;
        }
        catch (Exception e)
        {
            File.Delete(partial);
            if (StoreFaults.IsDiskFull(e))
            {
                throw new InputException($"--out {file}: the disk is full; nothing was written");
            }
            throw;
        }
    }

    private static int Write(string format, List<EventRow> rows, Stream? stream, TextWriter? output)
    {
        switch (format)
        {
            case "parquet":
                return ParquetExporter.Write(rows, stream!);
            case "geojson":
                if (stream is not null)
                {
                    return GeoJsonExporter.Write(rows, stream);
                }
                using (var buffer = new MemoryStream())
                {
                    var n = GeoJsonExporter.Write(rows, buffer);
                    output!.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    return n;
                }
            default:
                using (var fileWriter = stream is null ? null : new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                {
                    var writer = fileWriter ?? output!;
                    var n = string.Equals(format, "acled-csv", StringComparison.Ordinal) ? AcledCsvExporter.Write(rows, writer) : PloverExporter.Write(rows, writer);
                    writer.Flush();
                    return n;
                }
        }
    }
}
