using Marsad.Text;

namespace Marsad.Tests.Text;

public class ProcliticsTests
{
    [Theory]
    [InlineData("وسمعها", "سمعها")]
    [InlineData("فسمعها", "سمعها")]
    [InlineData("وفد", "وفد")]
    [InlineData("سمعها", "سمعها")]
    public void A_conjunction_comes_off_only_when_enough_letters_stay(string norm, string bare)
    {
        Assert.Equal(bare, Proclitics.WithoutOne(norm, Proclitics.Conjunctions, 3));
        Assert.Equal(bare, Proclitics.WithoutOne(norm.AsSpan(), Proclitics.Conjunctions, 3).ToString());
    }

    [Fact]
    public void A_reader_of_wa_alone_leaves_a_fa_that_begins_a_word()
    {
        Assert.Equal("فندق", Proclitics.WithoutOne("فندق", Proclitics.And, 2));
        Assert.Equal("فندق", Proclitics.WithoutOne("وفندق", Proclitics.And, 2));
    }

    [Fact]
    public void An_uncut_word_is_the_same_string()
    {
        var word = "مدينه";
        Assert.Same(word, Proclitics.WithoutOne(word, Proclitics.Conjunctions, 2));
        Assert.Same(word, Proclitics.WithoutArticle(word, 2));
    }

    [Theory]
    [InlineData("الحيدريه", "حيدريه")]
    [InlineData("للحيدريه", "حيدريه")]
    [InlineData("بالحيدريه", "حيدريه")]
    [InlineData("كالحيدريه", "حيدريه")]
    [InlineData("فالحيدريه", "حيدريه")]
    [InlineData("حيدريه", "حيدريه")]
    [InlineData("بلده", "بلده")]
    public void The_article_comes_off_with_the_clitic_written_before_it(string norm, string bare)
    {
        Assert.Equal(bare, Proclitics.WithoutArticle(norm, 2));
        Assert.Equal(bare, Proclitics.WithoutArticle(norm.AsSpan(), 2).ToString());
    }

    [Theory]
    [InlineData("والي")]
    [InlineData("بالي")]
    [InlineData("لله")]
    public void An_article_with_too_short_a_stem_behind_it_stays(string norm) =>
        Assert.Equal(norm, Proclitics.WithoutArticle(norm, 2));

    [Fact]
    public void A_conjunction_then_the_article_leave_the_name_itself() =>
        Assert.Equal("حيدريه", Proclitics.WithoutArticle(Proclitics.WithoutOne("وبالحيدريه", Proclitics.And, 4), 2).ToString());
}
