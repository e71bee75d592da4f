using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Two readings of the fourteenth step, s14-toll (docs/events.md): the happening's pronoun between a
/// killing and its one victim («قتل خلاله جندي»), and «لم يصب أحد», a strike that hurt nobody (0).
/// </summary>
public class FatalityBackReferenceTests
{
    private static int Killed(string sentence) =>
        Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence))).Count;

    [Fact]
    public void A_soldier_killed_during_it_counts_one()
    {
        Assert.Equal(1, Killed("وقع اشتباك على الحدود يوم الخميس قتل خلاله جندي."));
    }

    [Fact]
    public void A_soldier_and_one_of_the_fighters_killed_during_it_count_two()
    {
        Assert.Equal(2, Killed("وقع اشتباك على الحدود يوم الخميس قتل خلاله جندي تركي وأحد المسلحين."));
    }

    [Fact]
    public void A_count_killed_during_it_keeps_its_number()
    {
        Assert.Equal(12, Killed("استمرت العملية ثلاثة أيام قتل خلالها 12 مسلحا."));
    }

    [Fact]
    public void Nobody_hurt_by_a_shell_is_no_dead()
    {
        var none = FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze("سقطت قذيفة هاون على حي سكني في المدينة ولم يصب أحد بجروح."));
        Assert.Equal(0, Assert.Single(none).Count);
    }

    [Fact]
    public void Nobody_hurt_does_not_clear_a_killing_told_in_the_same_sentence()
    {
        const string sentence = "انفجرت عبوة قرب دورية فقتل جندي ولم يصب أحد من المارة.";
        Assert.Equal(1, Killed(sentence));
        Assert.Empty(FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze(sentence)));
    }
}
