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
            using var db = IngestCommand.OpenStore(path, create: false);
            // A rejected event is not data: exports leave it out (query still lists it, marked).
            var rows = db.Run(new EventFilter { Consolidated = !parse.GetValue(mentions), ExcludeRejected = true });
            using var stream = file is null ? null : File.Create(file);
            int count;
            if (string.Equals(parse.GetValue(format), "postgis", StringComparison.Ordinal))
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
            else if (string.Equals(parse.GetValue(format), "parquet", StringComparison.Ordinal))
            {
                count = ParquetExporter.Write(rows, stream!);
            }
            else if (string.Equals(parse.GetValue(format), "geojson", StringComparison.Ordinal))
            {
                if (stream is not null)
                {
                    count = GeoJsonExporter.Write(rows, stream);
                }
                else
                {
                    using var buffer = new MemoryStream();
                    count = GeoJsonExporter.Write(rows, buffer);
                    parse.InvocationConfiguration.Output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
            }
            else
            {
                using var fileWriter = stream is null ? null : new StreamWriter(stream, new UTF8Encoding(false));
                var writer = fileWriter ?? parse.InvocationConfiguration.Output;
                count = string.Equals(parse.GetValue(format), "acled-csv", StringComparison.Ordinal)
                    ? AcledCsvExporter.Write(rows, writer)
                    : PloverExporter.Write(rows, writer);
                writer.Flush();
            }
            parse.InvocationConfiguration.Error.WriteLine($"marsad export: {count} events written");
            return ExitCodes.Ok;
        });
        return command;
    }
}
