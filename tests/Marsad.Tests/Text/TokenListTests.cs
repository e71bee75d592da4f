using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// The analyzed text hands its tokens out as a sealed <see cref="SealedList{T}"/> (a direct call per
/// read instead of an interface dispatch): it must read exactly as the tokenizer's list does,
/// by index, by <c>foreach</c>, and through the interface older callers hold.
/// </summary>
public sealed class TokenListTests
{
    private const string Sentence = "قتل ثلاثة مدنيين في قصف على بلدة قرب حلب أمس.";

    [Fact]
    public void The_text_tokens_read_by_index_are_the_tokenizer_tokens_in_order()
    {
        var expected = Tokenizer.Tokenize(ArabicNormalizer.Normalize(Sentence)).Select(t => (t.Norm, t.Span, t.Kind)).ToList();
        var tokens = AnalyzedText.Analyze(Sentence).Tokens;

        Assert.Equal(expected.Count, tokens.Count);
        Assert.Equal(expected, Enumerable.Range(0, tokens.Count).Select(i => (tokens[i].Norm, tokens[i].Span, tokens[i].Kind)));
    }

    [Fact]
    public void Foreach_and_the_interface_see_the_same_tokens_as_the_indexer()
    {
        var tokens = AnalyzedText.Analyze(Sentence).Tokens;
        var byForeach = new List<Token>();
        foreach (var token in tokens)
        {
            byForeach.Add(token);
        }
        IReadOnlyList<Token> asInterface = tokens;

        Assert.Equal(Enumerable.Range(0, tokens.Count).Select(i => tokens[i]), byForeach);
        Assert.Equal(byForeach, asInterface.ToList());
        Assert.Equal(tokens.Count, asInterface.Count);
        Assert.Same(tokens[^1], asInterface[asInterface.Count - 1]);
    }

    [Fact]
    public void Reading_past_the_last_token_throws_as_a_list_does()
    {
        var tokens = AnalyzedText.Analyze(Sentence).Tokens;

        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[tokens.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[-1]);
    }
}
