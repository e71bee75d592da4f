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
return CliRunner.Run(root, args);
