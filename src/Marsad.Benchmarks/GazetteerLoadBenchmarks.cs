using BenchmarkDotNet.Attributes;
using Marsad.Geo;

namespace Marsad.Benchmarks;

/// <summary>
/// Loading the embedded gazetteer (decompress, parse, index): paid once per process, on the first
/// article. Allocated bytes stand for its memory cost; the loaded instance is kept alive by the
/// benchmark only for the length of one operation.
/// </summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmarks
{
    [Benchmark]
    public int LoadEmbeddedGazetteer() => Gazetteer.LoadEmbedded().Count;
}
