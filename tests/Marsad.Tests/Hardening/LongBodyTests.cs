using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Hardening;

/// <summary>A very long body is extracted window by window, with every offset still into the whole body.</summary>
public sealed class LongBodyTests
{
    private const string Paragraph = "قصفت قوات النظام مدينة حلب أمس وقتل خمسة مدنيين، وقال ناشطون إن تنظيم داعش سيطر على بلدة تل رفعت.";

    [Fact]
    public void A_body_no_longer_than_a_window_is_one_window()
    {
        var body = new string('ب', BodyWindows.WindowChars);

        Assert.Equal([0], BodyWindows.Starts(body));
    }

    [Fact]
    public void Windows_end_at_paragraph_breaks_and_cover_the_body()
    {
        var body = string.Join('\n', Enumerable.Repeat(Paragraph, 5000));

        var starts = BodyWindows.Starts(body);

        Assert.True(starts.Count > 1);
        Assert.Equal(0, starts[0]);
        for (var k = 1; k < starts.Count; k++)
        {
            Assert.Equal('\n', body[starts[k] - 1]);
            Assert.InRange(starts[k] - starts[k - 1], BodyWindows.WindowChars / 2, BodyWindows.WindowChars);
        }
        Assert.InRange(body.Length - starts[^1], 1, BodyWindows.WindowChars);
    }

    [Fact]
    public void Text_without_line_breaks_or_sentence_ends_is_cut_after_a_space()
    {
        var body = string.Join(' ', Enumerable.Repeat("قصفت قوات النظام مدينة حلب", 10_000));

        var starts = BodyWindows.Starts(body);

        Assert.True(starts.Count > 1);
        Assert.All(starts.Skip(1), s => Assert.Equal(' ', body[s - 1]));
    }

    [Fact]
    public void One_endless_word_is_cut_but_never_inside_a_surrogate_pair()
    {
        // «𝐀» is one character written as two UTF-16 units; a cut between them would leave halves.
        var body = string.Concat(Enumerable.Repeat("𝐀", BodyWindows.WindowChars));

        var starts = BodyWindows.Starts(body);

        Assert.True(starts.Count > 1);
        Assert.All(starts, s => Assert.False(char.IsLowSurrogate(body[s])));
    }

    [Fact]
    public void A_long_article_keeps_every_offset_into_its_whole_body()
    {
        var body = string.Join("\n", Enumerable.Repeat(Paragraph, 2 * BodyWindows.WindowChars / Paragraph.Length));
        var article = new Article { Source = "test", Body = body, Published = new DateOnly(2015, 6, 1) };

        var result = MarsadPipeline.CreateDefault().Extract(article);

        Assert.Same(body, result.Document.Body);
        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e => Assert.Equal(e.Evidence.Text, body[e.Evidence.Start..e.Evidence.End]));
        Assert.All(result.Places, p => Assert.Equal(p.Text, body[p.Start..p.End]));
        Assert.All(result.Actors, a => Assert.Equal(a.Text, body[a.Start..a.End]));
        // The last window's findings point past the first window.
        Assert.Contains(result.Places, p => p.Start > BodyWindows.WindowChars);
        Assert.Contains(result.Events, e => e.Evidence.Start > BodyWindows.WindowChars);
        // Places and actors come out in body order, as for a short article.
        Assert.Equal(result.Places.Select(p => p.Start).Order(), result.Places.Select(p => p.Start));
    }

    [Fact]
    public void Windows_extracted_at_once_give_what_windows_in_turn_give()
    {
        var body = string.Join("\n", Enumerable.Repeat(Paragraph, 3 * BodyWindows.WindowChars / Paragraph.Length));
        var article = new Article { Source = "test", Body = body, Published = new DateOnly(2015, 6, 1) };

        var inTurn = MarsadPipeline.CreateDefault(windowThreads: 1).Extract(article);
        var atOnce = MarsadPipeline.CreateDefault(windowThreads: 2).Extract(article);

        Assert.Equal(Output.MarsadJson.Serialize(inTurn), Output.MarsadJson.Serialize(atOnce));
    }
}
