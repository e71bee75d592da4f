using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Ingestion;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// One operation = the whole corpus slice (500 articles). The document layer is what every
/// extraction pays before any stage runs: ingestion cleaning, normalization, tokenization,
/// sentence/clause segmentation and the clitic readings of every token. Lucene's ArabicAnalyzer
/// (normalize, stop words, light stemming) over the same texts is the baseline.
/// </summary>
[MemoryDiagnoser]
public class DocumentLayerBenchmarks
{
    private string[] _texts = [];
    private Analyzer _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = NewsCorpus.LoadOrThrow();
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>Ingestion (line cleaning, byline/dateline) then the text layer, touching every token's readings.</summary>
    [Benchmark(Description = "Marsad document layer (ReadString + Analyze + readings)")]
    public long MarsadDocumentLayer()
    {
        long n = 0;
        foreach (var text in _texts)
        {
            var article = ArticleReader.Default.ReadString(text, "bench");
            n += Touch(AnalyzedText.Analyze(article.Body));
        }
        return n;
    }

    /// <summary>The text layer alone on the raw texts, to tell ingestion cost from analysis cost.</summary>
    [Benchmark(Description = "Marsad text layer only (Analyze + readings)")]
    public long MarsadTextLayer()
    {
        long n = 0;
        foreach (var text in _texts)
        {
            n += Touch(AnalyzedText.Analyze(text));
        }
        return n;
    }

    [Benchmark(Baseline = true, Description = "Lucene.Net ArabicAnalyzer (baseline)")]
    public long LuceneArabicAnalyzer()
    {
        long n = 0;
        foreach (var text in _texts)
        {
            using var stream = _lucene.GetTokenStream("body", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                n += term.Length + offset.StartOffset;
            }
            stream.End();
        }
        return n;
    }

    private static long Touch(AnalyzedText text)
    {
        long n = text.Sentences.Count + text.Clauses.Count + text.Paragraphs.Count;
        foreach (var token in text.Tokens)
        {
            n += token.Segmentations.Count + token.Span.Start;
        }
        return n;
    }
}
