using Marsad.Text;

namespace Marsad.Tests.Text;

public class OrderedTests
{
    // Token offsets: «قصفت»=0..4, «الطائرات»=5..13, «مدينة»=15..20 (two spaces before it), «حلب»=21..24.
    private static readonly AnalyzedText Strike = AnalyzedText.Analyze("قصفت الطائرات  مدينة حلب. وقتل ثلاثة.\n\nوفي حمص اشتباكات.");

    private static string Word(int token) => Strike.TextOf(token, token + 1);

    [Fact]
    public void The_lower_bound_is_the_first_item_at_or_after_the_key()
    {
        int[] firsts = [2, 5, 5, 9];
        Assert.Equal(0, Ordered.LowerBound(firsts, 0, static x => x));
        Assert.Equal(1, Ordered.LowerBound(firsts, 5, static x => x));
        Assert.Equal(3, Ordered.LowerBound(firsts, 6, static x => x));
        Assert.Equal(4, Ordered.LowerBound(firsts, 10, static x => x));
        Assert.Equal(0, Ordered.LowerBound(Array.Empty<int>(), 3, static x => x));
    }

    [Fact]
    public void The_lower_bound_with_state_reads_the_key_through_the_state()
    {
        int[] tokenOfItem = [0, 1, 3];
        int[] sentenceOfToken = [0, 0, 1, 1];
        Assert.Equal(2, Ordered.LowerBound(tokenOfItem, 1, sentenceOfToken, static (t, sentences) => sentences[t]));
    }

    [Fact]
    public void An_offset_inside_a_word_gives_that_word_both_ways()
    {
        Assert.Equal("الطائرات", Word(Ordered.TokenAtOrBefore(Strike.Tokens, 7)));
        Assert.Equal("الطائرات", Word(Ordered.TokenAtOrAfter(Strike.Tokens, 7)));
    }

    [Fact]
    public void An_offset_between_words_gives_the_word_before_or_the_word_after()
    {
        var gap = "قصفت الطائرات ".Length;
        Assert.Equal("الطائرات", Word(Ordered.TokenAtOrBefore(Strike.Tokens, gap)));
        Assert.Equal("مدينة", Word(Ordered.TokenAtOrAfter(Strike.Tokens, gap)));
    }

    [Fact]
    public void Offsets_outside_the_text_clamp_to_its_first_and_last_tokens()
    {
        Assert.Equal(0, Ordered.TokenAtOrBefore(Strike.Tokens, -5));
        Assert.Equal(Strike.Tokens.Count - 1, Ordered.TokenAtOrAfter(Strike.Tokens, 10_000));
        Assert.Equal(-1, Ordered.TokenAtOrAfter(AnalyzedText.Analyze("").Tokens, 0));
    }

    [Fact]
    public void A_token_falls_in_the_paragraph_that_opens_at_or_before_it()
    {
        var homs = Strike.Tokens.Count - 3;
        Assert.Equal("حمص", Word(homs));
        Assert.Equal(0, Ordered.UnitOf(Strike.Paragraphs, 0));
        Assert.Equal(1, Ordered.UnitOf(Strike.Paragraphs, homs));
        Assert.Equal(1, Ordered.UnitOf(Strike.Sentences, Strike.Sentences[1].First));
    }
}
