using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Geo;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad gazetteer build|stats|lookup</c>: compile the shared gazetteer dumps into
/// data/geo/gazetteer.tsv.gz (or check that the committed file is what they compile to), and
/// report the embedded gazetteer's size, load time and memory.
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data directory (holds data/gazetteer).", DefaultValueFactory = _ => "../shared" };
        var output = new Option<string>("--out") { Description = "Compiled file to write (or compare with --check).", DefaultValueFactory = _ => "data/geo/gazetteer.tsv.gz" };
        var check = new Option<bool>("--check") { Description = "Do not write: rebuild in memory and compare with --out; exit 1 when they differ." };
        var build = new Command("build", "Compile shared/data/gazetteer into one compact, deterministic file.") { shared, output, check };
        build.SetAction(parse => Build(parse.GetValue(shared)!, parse.GetValue(output)!, parse.GetValue(check), parse.InvocationConfiguration.Output));

        var stats = new Command("stats", "Load the embedded gazetteer and print rows, names, load time and managed memory.");
        stats.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var g = Gazetteer.Default;
            watch.Stop();
            // CPU time tells the load's own cost apart from waiting on a busy machine.
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            o.WriteLine(FormattableString.Invariant($"rows {g.Count}, names {g.NameCount}, longest name {g.MaxWords} words"));
            o.WriteLine(FormattableString.Invariant($"load {watch.Elapsed.TotalMilliseconds:F0} ms wall, {cpuMs:F0} ms CPU (all threads, JIT included), managed memory +{(after - before) / 1048576.0:F1} MB"));
            return ExitCodes.Ok;
        });

        var name = new Argument<string>("NAME") { Description = "A place name in any spelling." };
        var lookup = new Command("lookup", "Print the gazetteer rows named NAME.") { name };
        lookup.SetAction(parse =>
        {
            var o = parse.InvocationConfiguration.Output;
            var g = Gazetteer.Default;
            foreach (var row in g.Find(parse.GetValue(name)!))
            {
                var e = g[row];
                o.WriteLine(string.Join('\t', e.Id, e.Type, e.Name, e.Lat.ToString("0.#####", CultureInfo.InvariantCulture), e.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
                    e.Country, e.Admin1, e.Admin2, e.Population.ToString(CultureInfo.InvariantCulture)));
            }
            return ExitCodes.Ok;
        });
        return new Command("gazetteer", "Build, check and inspect the compiled gazetteer.") { build, stats, lookup };
    }

    private static int Build(string shared, string output, bool check, TextWriter o)
    {
        var dir = Path.Combine(shared, "data", "gazetteer");
        if (!Directory.Exists(dir))
        {
            throw new InputException($"{dir}: no such directory (pass --shared DIR)");
        }
        var result = GazetteerBuilder.Build(dir);
        var summary = string.Join(", ", result.RowsByType.Select(kv => $"{kv.Key} {kv.Value}"));
        if (check)
        {
            if (!File.Exists(output))
            {
                throw new InputException($"{output}: not found");
            }
            var existing = File.ReadAllBytes(output);
            var sameText = string.Equals(GazetteerBuilder.Decompress(existing), result.Text, StringComparison.Ordinal);
            var sameBytes = existing.AsSpan().SequenceEqual(result.Compressed);
            o.WriteLine($"{output}: content {(sameText ? "identical" : "DIFFERS")}, bytes {(sameBytes ? "identical" : "differ")} ({result.Rows} rows)");
            return sameText ? ExitCodes.Ok : ExitCodes.Failure;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, result.Compressed);
        o.WriteLine(FormattableString.Invariant($"{output}: {result.Rows} rows ({summary}), {result.Compressed.Length / 1048576.0:F2} MB gzip, {result.Text.Length / 1048576.0:F2} M chars"));
        return ExitCodes.Ok;
    }
}
