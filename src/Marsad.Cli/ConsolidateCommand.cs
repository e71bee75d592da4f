using System.CommandLine;
using System.Diagnostics;
using Marsad.Store;

namespace Marsad.Cli;

/// <summary><c>marsad consolidate</c>: rebuilds the consolidated events from the stored mentions.</summary>
internal static class ConsolidateCommand
{
    public static Command Create()
    {
        var store = IngestCommand.StoreOption();
        var command = new Command("consolidate", "Rebuild the consolidated events (one per real event, every source listed) from the stored mentions.") { store };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            var watch = Stopwatch.StartNew();
            using var db = IngestCommand.OpenStore(path, create: false);
            var count = db.Rebuild();
            var counts = db.Counts();
            parse.InvocationConfiguration.Error.WriteLine(FormattableString.Invariant(
                $"marsad consolidate: {counts.Events} events -> {count} consolidated events in {watch.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
