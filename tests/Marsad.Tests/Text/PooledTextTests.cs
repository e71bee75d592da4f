using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>The text layer's buffers shared between windows or pooled between texts change no answer.</summary>
public sealed class PooledTextTests
{
    [Fact]
    public void Two_windows_of_one_body_share_a_spelling_and_its_readings()
    {
        var forms = new SharedWordForms();
        var first = AnalyzedText.Analyze("قصف الطيران مدينة حلب", forms);
        var second = AnalyzedText.Analyze("وقصفت المدفعية حلب", forms);

        Assert.Same(first.Tokens[3].Norm, second.Tokens[2].Norm);
        Assert.Same(first.Tokens[3].Segmentations, second.Tokens[2].Segmentations);
    }

    [Fact]
    public void A_full_shared_table_leaves_new_spellings_to_the_window_that_reads_them()
    {
        var forms = new SharedWordForms(maxForms: 1);
        var text = AnalyzedText.Analyze("قصف حلب ثم قصف حلب", forms);

        Assert.Equal(["قصف", "حلب", "ثم", "قصف", "حلب"], text.Tokens.Select(t => t.Norm));
        Assert.Same(text.Tokens[1].Segmentations, text.Tokens[4].Segmentations);
        Assert.Equal(AnalyzedText.Analyze("قصف حلب ثم قصف حلب").Tokens.Select(t => t.Span), text.Tokens.Select(t => t.Span));
    }

    [Fact]
    public void A_memo_page_given_back_carries_no_answer_into_the_next_text()
    {
        var old = new MatchMemo(2000);
        old.Set(matcher: 0, count: 1, index: 700, clitics: false, result: "قديم");
        old.Set(matcher: 0, count: 1, index: 701, clitics: false, result: null);
        old.Release();
        var next = new MatchMemo(2000);
        next.Set(matcher: 0, count: 1, index: 600, clitics: false, result: "جديد");

        Assert.False(old.TryGet(0, 1, 700, false, out _));
        Assert.False(next.TryGet(0, 1, 700, false, out _));
        Assert.False(next.TryGet(0, 1, 701, false, out _));
        Assert.True(next.TryGet(0, 1, 600, false, out var kept));
        Assert.Equal("جديد", kept);
    }

    [Fact]
    public void A_pooled_offset_map_answers_only_inside_its_text_and_nothing_once_released()
    {
        var normalized = ArabicNormalizer.Normalize("قُتِلَ خمسة");

        Assert.Equal("قتل خمسه", normalized.Text);
        Assert.Equal(11, normalized.SourceIndex(normalized.Text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.SourceIndex(normalized.Text.Length + 1));
        normalized.Release();
        Assert.ThrowsAny<Exception>(() => normalized.ToSourceSpan(0, 3));
    }

    [Fact]
    public void Presentation_forms_fold_into_a_pooled_map_that_points_back_at_their_character()
    {
        var normalized = ArabicNormalizer.Normalize("\uFEFB \uFDF2 ب");

        Assert.Equal("لا الله ب", normalized.Text);
        Assert.Equal([0, 0, 1, 2, 2, 2, 2, 3, 4, 5], Enumerable.Range(0, normalized.Text.Length + 1).Select(normalized.SourceIndex));
    }

    [Fact]
    public void A_key_already_folded_is_its_own_string()
    {
        const string key = "اترك تعليقا";

        Assert.Same(key, ArabicNormalizer.NormalizeKey(key));
    }

    [Fact]
    public void A_long_key_folds_as_its_short_pieces_do()
    {
        var line = string.Join("  ", Enumerable.Repeat("\uFEFB اتركْ", 150));

        Assert.Equal(string.Join(" ", Enumerable.Repeat(ArabicNormalizer.NormalizeKey("\uFEFB اتركْ"), 150)), ArabicNormalizer.NormalizeKey(line));
    }
}
