using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Marsad.Benchmarks;

// dotnet run -c Release --project src/Marsad.Benchmarks -- --filter '*'
var path = NewsCorpus.Locate();
if (path is null)
{
    Console.Error.WriteLine(NewsCorpus.MissingMessage);
    return 1;
}
// The benchmark process may start elsewhere: it finds the corpus through the environment.
Environment.SetEnvironmentVariable(NewsCorpus.PathVariable, path);
var texts = NewsCorpus.Load(path);
long chars = texts.Sum(t => (long)t.Length);
Console.WriteLine($"marsad-bench: {texts.Length} articles, {chars} chars from {path}");
if (args.Contains("--breakdown"))
{
    Breakdown.Run(texts);
    return 0;
}

// A short job, in process: the machine is shared, and the generated-project toolchain would
// rebuild under the repository's warnings-as-errors rules for no gain in accuracy here.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5).WithInvocationCount(8).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inproc"))
    .AddColumn(new ThroughputColumn("chars/s", chars), new ThroughputColumn("articles/s", texts.Length))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(DocumentLayerBenchmarks).Assembly).Run(args, config);
return 0;

/// <summary>Units per second from the mean time of one operation (one pass over the corpus slice).</summary>
internal sealed class ThroughputColumn(string name, long unitsPerOperation) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{name}: units processed per second (one operation = {unitsPerOperation} units)";

    public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0)
        {
            return "NA";
        }
        var perSecond = unitsPerOperation / (stats.Mean / 1e9);
        return perSecond.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
}
