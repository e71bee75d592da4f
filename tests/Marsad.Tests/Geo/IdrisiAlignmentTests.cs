using Marsad.Learning;

namespace Marsad.Tests.Geo;

public class IdrisiAlignmentTests
{
    // Code-point offsets as IDRISI gives them; these texts have no surrogate pairs, so they equal UTF-16 ones.
    private static (int Start, int End) Align(string text, string name, int occurrence, List<(int Start, int End)> placed)
    {
        var at = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }
        return ToponymData.Align(text, at, at + name.Length, placed);
    }

    [Fact]
    public void A_mention_found_inside_a_longer_word_moves_to_the_whole_word()
    {
        const string text = "قال مسؤول لبناني إن الوضع صعب في #لبنان اليوم";
        var (start, end) = Align(text, "لبنان", 0, []);
        Assert.Equal(text.IndexOf("#لبنان", StringComparison.Ordinal) + 1, start);
        Assert.Equal("لبنان", text[start..end]);
    }

    [Fact]
    public void A_second_mention_of_the_same_name_takes_the_next_free_occurrence()
    {
        const string text = "وصلت المساعدات إلى عمان ثم غادرت عمان مساء";
        var placed = new List<(int Start, int End)>();
        var first = Align(text, "عمان", 0, placed);
        var second = Align(text, "عمان", 0, placed);
        Assert.Equal(text.IndexOf("عمان", StringComparison.Ordinal), first.Start);
        Assert.Equal(text.LastIndexOf("عمان", StringComparison.Ordinal), second.Start);
    }

    [Fact]
    public void A_whole_word_with_a_proclitic_stays_where_it_is()
    {
        const string text = "سافر الوفد لبيروت ثم إلى بيروت";
        var (start, _) = Align(text, "بيروت", 0, []);
        Assert.Equal(text.IndexOf("لبيروت", StringComparison.Ordinal) + 1, start);
    }

    [Fact]
    public void A_mention_found_inside_a_joined_hashtag_moves_to_the_hashtag_of_its_own()
    {
        const string text = "انقطاع الكهرباء في عدة مناطق #سيول_عمان #عمان";
        var (start, end) = Align(text, "عمان", 0, []);
        Assert.Equal(text.LastIndexOf("#عمان", StringComparison.Ordinal) + 1, start);
        Assert.Equal("عمان", text[start..end]);
    }

    [Fact]
    public void A_mention_inside_a_joined_hashtag_stays_when_the_tweet_has_no_other()
    {
        const string text = "انقطاع الكهرباء في عدة مناطق #سيول_عمان";
        var (start, _) = Align(text, "عمان", 0, []);
        Assert.Equal(text.IndexOf("_عمان", StringComparison.Ordinal) + 1, start);
    }
}
