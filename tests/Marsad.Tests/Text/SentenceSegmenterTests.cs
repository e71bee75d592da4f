using Marsad.Text;

namespace Marsad.Tests.Text;

public class SentenceSegmenterTests
{
    private static List<string> Cut(string body, Func<AnalyzedText, IReadOnlyList<TextUnit>> units)
    {
        var text = AnalyzedText.Analyze(body);
        return [.. units(text).Select(u => u.Span.Cut(body))];
    }

    [Fact]
    public void Sentences_end_at_full_stop_question_and_exclamation_marks()
    {
        Assert.Equal(
            ["تقدم الجيش.", "هل انسحب التنظيم؟", "نعم!", "انتهى"],
            Cut("تقدم الجيش. هل انسحب التنظيم؟ نعم! انتهى", t => t.Sentences));
    }

    [Fact]
    public void An_Arabic_semicolon_ends_a_sentence()
    {
        Assert.Equal(["قصفت الطائرات البلدة؛", "ثم انسحبت"], Cut("قصفت الطائرات البلدة؛ ثم انسحبت", t => t.Sentences));
    }

    [Fact]
    public void An_Arabic_comma_ends_a_clause_but_not_the_sentence()
    {
        const string body = "دخل الجيش المدينة، واستعاد الطريق.";
        Assert.Single(Cut(body, t => t.Sentences));
        Assert.Equal(["دخل الجيش المدينة،", "واستعاد الطريق."], Cut(body, t => t.Clauses));
    }

    [Fact]
    public void A_blank_line_starts_a_paragraph()
    {
        Assert.Equal(["فقرة أولى. فيها جملتان.", "فقرة ثانية."], Cut("فقرة أولى. فيها جملتان.\n\nفقرة ثانية.", t => t.Paragraphs));
    }

    [Fact]
    public void A_closing_quote_after_a_full_stop_stays_with_its_sentence()
    {
        Assert.Equal(
            ["قال القائد: «انسحبنا.»", "ثم سكت."],
            Cut("قال القائد: «انسحبنا.» ثم سكت.", t => t.Sentences));
    }

    [Fact]
    public void A_run_of_marks_ends_one_sentence()
    {
        Assert.Equal(["هل انسحبوا حقاً؟!", "نعم..."], Cut("هل انسحبوا حقاً؟! نعم...", t => t.Sentences));
    }

    [Fact]
    public void Dots_in_brackets_mark_words_left_out_of_a_quote_and_end_no_sentence()
    {
        Assert.Equal(
            ["قال المرصد إن 9 أشخاص قتلوا (...) في قصف على البلدة.", "ثم هدأ القتال."],
            Cut("قال المرصد إن 9 أشخاص قتلوا (...) في قصف على البلدة. ثم هدأ القتال.", t => t.Sentences));
        Assert.Single(Cut("وقال إن الاشتباكات مستمرة […] وترافقت مع قصف (…) على الحي.", t => t.Sentences));
    }

    [Fact]
    public void Dots_after_a_bracketed_word_still_end_the_sentence()
    {
        Assert.Equal(["انسحب الجيش (من البلدة)...", "ثم عاد."], Cut("انسحب الجيش (من البلدة)... ثم عاد.", t => t.Sentences));
    }

    [Fact]
    public void An_opening_quote_after_a_full_stop_starts_the_next_sentence()
    {
        Assert.Equal(["انتهى الهجوم.", "«بدأ الانسحاب»"], Cut("انتهى الهجوم. «بدأ الانسحاب»", t => t.Sentences));
    }

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence()
    {
        Assert.Single(Cut("بلغت الخسائر 3.5 مليون دولار", t => t.Sentences));
    }

    [Fact]
    public void A_numbered_list_item_at_line_start_is_its_own_sentence()
    {
        Assert.Equal(
            ["أهداف الهجوم:", "1- قطع الطريق", "2- تخفيف الضغط"],
            Cut("أهداف الهجوم:\n1- قطع الطريق\n2- تخفيف الضغط", t => t.Sentences));
    }

    [Fact]
    public void A_list_number_with_a_full_stop_stays_with_its_item()
    {
        Assert.Equal(
            ["الأهداف", "1. قطع الطريق", "2. تخفيف الضغط"],
            Cut("الأهداف\n1. قطع الطريق\n2. تخفيف الضغط", t => t.Sentences));
    }

    [Fact]
    public void A_number_with_a_dash_inside_a_line_does_not_open_a_list_item()
    {
        Assert.Single(Cut("فازوا 3- 1 في المباراة", t => t.Sentences));
    }

    [Fact]
    public void Each_token_knows_its_sentence_and_clause()
    {
        var text = AnalyzedText.Analyze("أ ب، ج. د");
        Assert.Equal([0, 0, 0, 0, 0, 1], text.Tokens.Select(t => t.Sentence));
        Assert.Equal([0, 0, 0, 1, 1, 2], text.Tokens.Select(t => t.Clause));
    }

    [Fact]
    public void Units_cover_their_tokens_in_order()
    {
        var text = AnalyzedText.Analyze("أولى، ثانية. ثالثة\n\nرابعة؟ خامسة");
        foreach (var units in new[] { text.Paragraphs, text.Sentences, text.Clauses })
        {
            Assert.Equal(0, units[0].First);
            Assert.Equal(text.Tokens.Count, units[^1].End);
            for (var i = 1; i < units.Count; i++)
            {
                Assert.Equal(units[i - 1].End, units[i].First);
                Assert.Equal(i, units[i].Index);
            }
        }
    }

    [Fact]
    public void An_empty_body_has_no_units()
    {
        var text = AnalyzedText.Analyze("");
        Assert.Empty(text.Tokens);
        Assert.Empty(text.Sentences);
        Assert.Empty(text.Paragraphs);
    }
}
