using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Dead told «also» after a toll of the same deed are more of its dead (docs/events.md, s37-tolls; docs/annotation.md 6.5:
/// all the dead of the event count, whichever side).
/// </summary>
public class AlsoKilledTollTests
{
    private static IReadOnlyList<FatalityMention> All(string body) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body));

    private static string Show(IReadOnlyList<FatalityMention> all) => string.Join(" | ", all.Select(m => $"{m.Count}:{m.Text}"));

    [Fact]
    public void Guards_killed_also_in_the_attack_are_added_to_the_named_victim()
    {
        var all = All("قال المسؤول إن والي المدينة قتل بعد تعرضه لهجوم مسلح في الوادي، مضيفا أن خمسة من مرافقيه قتلوا أيضا في الهجوم.");
        Assert.True(all.Any(m => m.Count == 6), Show(all));
    }

    [Fact]
    public void The_killing_of_a_governor_told_first_is_counted_with_his_guards_killed_also()
    {
        var all = All("قتل والي المدينة متأثرا بجراحه بعد تعرضه لهجوم مسلح في الوادي، مضيفا أن خمسة من مرافقيه قتلوا أيضا في الهجوم.");
        Assert.True(all.Any(m => m.Count == 6), Show(all));
    }

    [Fact]
    public void An_attacker_killed_also_in_the_next_sentence_is_added_to_the_toll()
    {
        var all = All("هاجم مسلحون مركزا للشرطة في المدينة مما أسفر عن مقتل ضابطين. وأضاف المصدر أن عنصرا من المهاجمين قتل أيضا خلال الاشتباك.");
        Assert.True(all.Count > 0 && all.All(m => m.Count == 3), Show(all));
    }

    [Fact]
    public void One_killed_also_by_another_blast_keeps_his_own_count()
    {
        var all = All("انفجرت سيارة مفخخة في سوق المدينة مما أسفر عن مقتل ثلاثة أشخاص. وأضاف أن عنصرا في الأمن قتل أيضا بانفجار عبوة لاصقة.");
        Assert.True(all.Any(m => m.Count == 3) && all.Any(m => m.Count == 1) && all.All(m => m.Count != 4), Show(all));
    }
}
