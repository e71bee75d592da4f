using Marsad.Learning;
using Marsad.Lexicons;

namespace Marsad.Tests.Learning;

public class GsrTests
{
    [Theory]
    [InlineData("AAW_ARB_20080913.0007-59", "AAW_ARB_20080913.0007")]
    [InlineData("e6874d82b9c4_36", "e6874d82b9c4")]
    [InlineData("no-number-here", "no-number-here")]
    public void A_sentence_id_without_its_trailing_number_names_its_source_document(string id, string document)
    {
        Assert.Equal(document, GsrSentences.DocumentOf(id));
    }

    [Fact]
    public void Sentences_of_one_document_always_fall_in_the_same_fold()
    {
        var a = GsrSentences.FoldOf(GsrSentences.DocumentOf("AAW_ARB_20080913.0007-1"), 5);
        var b = GsrSentences.FoldOf(GsrSentences.DocumentOf("AAW_ARB_20080913.0007-59"), 5);

        Assert.Equal(a, b);
        Assert.InRange(a, 0, 4);
    }

    [Fact]
    public void A_quoted_csv_field_keeps_its_commas_and_doubled_quotes()
    {
        var rows = GsrSentences.ReadCsv(new StringReader("accept,text\n3,\"قال، \"\"نعم\"\" ثم\"\n0,بسيط\n"));

        Assert.Equal(3, rows.Count);
        Assert.Equal(["3", "قال، \"نعم\" ثم"], rows[1]);
        Assert.Equal(["0", "بسيط"], rows[2]);
    }

    [Fact]
    public void Unanimous_figures_leave_out_difficult_no_sentences_and_ambiguous_ones_never_count()
    {
        var report = new GsrReport(
        [
            Outcome("yes", true),
            Outcome("yes", false),
            Outcome("difficult no", true),
            Outcome("easy no", true),
            Outcome("ambiguous", true),
        ]);

        Assert.Equal(new GsrCounts(1, 2, 1), report.Counts("ASSAULT", unanimous: false));
        Assert.Equal(new GsrCounts(1, 1, 1), report.Counts("ASSAULT", unanimous: true));
        Assert.Equal(default, report.Counts("PROTEST", unanimous: false));
    }

    [Fact]
    public void Remote_violence_and_violence_against_civilians_count_as_an_assault_but_not_as_a_protest()
    {
        Assert.True(GsrScoring.Matches("ASSAULT", "REMOTE"));
        Assert.True(GsrScoring.Matches("ASSAULT", "ATTACK_CIVILIANS"));
        Assert.False(GsrScoring.Matches("ASSAULT", "ARREST"));
        Assert.False(GsrScoring.Matches("PROTEST", "ASSAULT"));
    }

    [Fact]
    public void A_verb_has_its_dual_past_form_except_where_it_is_spelled_like_a_time_word()
    {
        var attack = TriggerLexicon.Conjugate("هاجم", "يهاجم").Select(f => f.Form).ToList();
        var detonate = TriggerLexicon.Conjugate("فجر", "يفجر", new HashSet<string>(["فجر"], StringComparer.Ordinal)).Select(f => f.Form).ToList();

        Assert.Contains("هاجما", attack);
        Assert.DoesNotContain("فجرا", detonate);
        Assert.Contains("فجروا", detonate);
    }

    private static GsrOutcome Outcome(string label, bool detected) =>
        new(new GsrSentence("d-1", "ASSAULT", label, "نص"), detected, detected ? ["ASSAULT"] : [], []);
}
