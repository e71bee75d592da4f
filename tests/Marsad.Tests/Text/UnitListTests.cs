using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// The analyzed text hands its paragraphs, sentences and clauses out as sealed
/// <see cref="SealedList{T}"/>s (a direct call per read instead of an interface dispatch): they must
/// read exactly as the segmenter's lists do, by index, by <c>foreach</c>, and through the interface.
/// </summary>
public sealed class UnitListTests
{
    private const string Body = "قتل ثلاثة مدنيين في قصف على بلدة قرب حلب أمس، وأصيب آخرون.\n\nوقال مصدر محلي إن الطائرات عادت اليوم.";

    [Fact]
    public void The_text_units_read_by_index_are_the_segmenter_units_in_order()
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(Body));
        var paragraphs = new List<TextUnit>();
        var sentences = new List<TextUnit>();
        var clauses = new List<TextUnit>();
        SentenceSegmenter.Segment(Body, tokens, paragraphs, sentences, clauses);
        var text = AnalyzedText.Analyze(Body);

        Assert.Equal(paragraphs, Enumerable.Range(0, text.Paragraphs.Count).Select(i => text.Paragraphs[i]));
        Assert.Equal(sentences, Enumerable.Range(0, text.Sentences.Count).Select(i => text.Sentences[i]));
        Assert.Equal(clauses, Enumerable.Range(0, text.Clauses.Count).Select(i => text.Clauses[i]));
        Assert.Equal(2, text.Paragraphs.Count);
    }

    [Fact]
    public void Foreach_and_the_interface_see_the_same_sentences_as_the_indexer()
    {
        var sentences = AnalyzedText.Analyze(Body).Sentences;
        var byForeach = new List<TextUnit>();
        foreach (var unit in sentences)
        {
            byForeach.Add(unit);
        }
        IReadOnlyList<TextUnit> asInterface = sentences;

        Assert.Equal(Enumerable.Range(0, sentences.Count).Select(i => sentences[i]), byForeach);
        Assert.Equal(byForeach, asInterface.ToList());
        Assert.Equal(sentences[^1], asInterface[asInterface.Count - 1]);
    }

    [Fact]
    public void Reading_past_the_last_clause_throws_as_a_list_does()
    {
        var clauses = AnalyzedText.Analyze(Body).Clauses;

        Assert.Throws<ArgumentOutOfRangeException>(() => clauses[clauses.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => clauses[-1]);
    }
}
