using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A day or time set between commas right after a killing word is an aside: the count after it is the killing's
/// («أعدم التنظيم، أمس، سبعة أشخاص» = 7; docs/events.md, s38b-tolls2). Words between commas that are no time still
/// part the killing from the count.
/// </summary>
public class TimeAsideTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Theory]
    [InlineData("نفذ التنظيم حكم الإعدام، أمس، بحق سبعة أشخاص في ساحة البلدة.", 7)]
    [InlineData("أعلنت الشرطة مقتل، مساء الخميس، خمسة جنود في هجوم على حاجز.", 5)]
    public void A_killing_reads_its_count_across_a_time_aside(string sentence, int dead)
    {
        Assert.Contains(All(sentence), m => m.Count == dead);
    }

    [Fact]
    public void An_aside_that_is_no_time_still_parts_the_killing_from_the_count()
    {
        Assert.DoesNotContain(All("وندد البيان بالقتل، وبالتهجير، وبحصار ثلاثة أحياء في المدينة."), m => m.Count == 3);
    }
}
