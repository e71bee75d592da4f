using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Tests.Lexicons;

/// <summary>
/// Function words that rules read as structure, kept in the lexicons (docs/events.md, "s27-hygiene"): the
/// conjunction «و» (event_words role and), the «من» of a force's sender (role whence), «بين» of a pair of sides (role between), the dual army nouns with
/// their singular (dual_nouns.tsv role army).
/// </summary>
public class StructuralRolesTests
{
    [Fact]
    public void The_conjunction_wa_is_the_role_and_and_fa_is_not()
    {
        Assert.True(WordRoles.EventWords.IsWholeWord("و", "and"));
        Assert.False(WordRoles.EventWords.IsWholeWord("ف", "and"));
    }

    [Fact]
    public void Min_is_the_preposition_of_the_sender_and_an_is_not()
    {
        Assert.True(WordRoles.EventWords.IsWholeWord("من", "whence"));
        Assert.False(WordRoles.EventWords.IsWholeWord("عن", "whence"));
    }

    [Fact]
    public void Bayna_is_the_preposition_of_a_pair_and_the_other_prepositions_are_not()
    {
        Assert.True(WordRoles.EventWords.IsWholeWord("بين", "between"));
        Assert.False(WordRoles.EventWords.IsWholeWord("مع", "between"));
        Assert.False(WordRoles.EventWords.IsWholeWord("ضد", "between"));
    }

    [Theory]
    [InlineData("على")]
    [InlineData("إلى")]
    [InlineData("في")]
    [InlineData("من")]
    public void The_prepositions_that_make_a_killing_verb_a_verbal_noun_match_as_the_text_writes_them(string written) =>
        Assert.True(WordRoles.EventWords.IsWholeWord(ArabicNormalizer.NormalizeKey(written), "nounprep"));

    [Theory]
    [InlineData("الجيشين")]
    [InlineData("الجيشان")]
    public void Both_cases_of_the_dual_army_have_the_army_as_their_singular(string dual) =>
        Assert.Equal("الجيش", DualNouns.SingularOf(dual, "army"));

    [Theory]
    [InlineData("الجيش")]     // the singular is no dual
    [InlineData("جيشين")]     // the indefinite dual: its adjectives would be indefinite too
    [InlineData("الطرفين")]   // a dual of no army
    public void A_word_that_is_no_definite_dual_army_has_no_singular(string word) =>
        Assert.Null(DualNouns.SingularOf(word, "army"));

    [Fact]
    public void No_word_is_listed_twice_for_one_role_once_normalized()
    {
        var table = TsvTable.LoadEmbedded("event_words");
        var twice = table.Rows
            .GroupBy(r => (Word: ArabicNormalizer.NormalizeKey(r.Fields[0]), Role: r.Fields[1]))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Word} {g.Key.Role}: lines {string.Join(", ", g.Select(r => r.Line))}")
            .ToList();
        Assert.Empty(twice);
    }
}
