using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Doers the text names that were left null (docs/events.md s40-nodoer): a definite strike noun retelling the strike of
/// the sentence right before, gunmen «من» a political opposition, and men counted dead in the attack they made.
/// </summary>
public class NamedDoerFortiethTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Raids_retold_by_their_definite_noun_in_the_next_sentence_keep_the_coalition_that_flew_them()
    {
        var events = RulesOnly("لقي عشرة من عناصر تنظيم داعش مصرعهم في غارات لطيران التحالف الدولي قرب الموصل أمس. ودمرت الغارات الجوية مستودعا للذخيرة في بلدة تلعفر.");
        Assert.Contains(events, x => x.Evidence.Text.Contains("الغارات الجوية", StringComparison.Ordinal) && x.Actor1?.Id == "USA-COALITION");
    }

    [Fact]
    public void Gunmen_of_the_syrian_opposition_who_abduct_are_the_rebels()
    {
        var events = RulesOnly("طالبت الحكومة بالإفراج عن المهندسين الذين خطفهم مسلحون من المعارضة السورية في ريف إدلب يوم السبت.");
        Assert.Contains(events, x => x.Actor1?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "SYR-OPP");
    }

    [Fact]
    public void Fighters_killed_in_the_attack_they_made_remain_its_doers()
    {
        var events = RulesOnly("قتل 30 مقاتلا من المعارضة السورية خلال هجوم فاشل قاموا به على مطار عسكري في ريف حماة يوم الأحد.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "SYR-REBELS");
    }
}
