using System.CommandLine;
using Marsad.Cli;

// Each command lives in its own file; this list is the whole surface of the `marsad` tool.
var root = new RootCommand("مرصد — Marsad: structured, geolocated, source-linked events from Arabic conflict news.")
{
    ExtractCommand.Create(),
    GazetteerCommand.Create(),
    EvalCommand.Create(),
    ToponymsCommand.Create(),
    IngestCommand.Create(),
    ConsolidateCommand.Create(),
    QueryCommand.Create(),
    ExportCommand.Create(),
    TrainCommand.Create(),
    GsrCommand.Create(),
    RoutesCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
};
// The tool is `marsad` (./marsad in a clone), whatever the assembly is called.
root.HelpName = "marsad";
var code = CliRunner.Run(root, args);
// Opt-in, for speed work (docs/performance.md): what the run allocated and collected, which the
// load of a shared machine does not move as it moves wall time and CPU seconds.
if (string.Equals(Environment.GetEnvironmentVariable("MARSAD_GCSTATS"), "1", StringComparison.Ordinal))
{
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    Console.Error.WriteLine(FormattableString.Invariant(
        $"marsad: gc allocated {GC.GetTotalAllocatedBytes(true) / (1 << 20)} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, cpu {self.TotalProcessorTime.TotalSeconds:F2} s, peak {self.PeakWorkingSet64 / (1 << 20)} MB, jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F2} s"));
}
return code;
