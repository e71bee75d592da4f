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
    WorkerCommand.Create(),
};
return CliRunner.Run(root, args);
