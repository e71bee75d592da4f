using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Dead told without a noun of people the lexicon knows (docs/events.md, "s26-fatal"): the pronoun of «لقي … مصرعه»
/// counts them whoever the subject is, and the occupants of «مقتل من في السيارتين» are an unnumbered plural (3).
/// </summary>
public class UnnamedDeadTollTests
{
    private static IReadOnlyList<FatalityMention> All(string body) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body));

    private static int? Killed(string body) => All(body) is [var only] ? only.Count : null;

    [Theory]
    [InlineData("لقي لاعب سوري، مصرعه، جراء سقوط قذيفة هاون على ملعب في العاصمة.", 1)]
    [InlineData("لقي متظاهر مصرعه في مواجهات مع الشرطة قرب مبنى المحافظة.", 1)]
    [InlineData("ولقي طالب جامعي حتفه بانفجار عبوة ناسفة قرب سوق المدينة.", 1)]
    [InlineData("لقيت معلمة شابة مصرعها برصاص قناص في الحي الشرقي.", 1)]
    [InlineData("لقي طالبان جامعيان مصرعهما بقذيفة سقطت قرب الجامعة.", 2)]
    public void The_pronoun_after_met_counts_the_dead_whoever_the_subject(string body, int killed) => Assert.Equal(killed, Killed(body));

    [Theory]
    [InlineData("لقي لاعب كرة قدم مصرعَهُ في انفجار عبوة ناسفة قرب الملعب.", 1)]
    [InlineData("لقي عاملان في المصنع مصرعَهُما في سقوط قذيفة على الحي.", 2)]
    [InlineData("ولقي سائق الحافلة حتفَهُ بانفجار لغم على الطريق.", 1)]
    public void A_vocalised_pronoun_after_met_counts_the_dead_like_a_bare_one(string body, int killed) => Assert.Equal(killed, Killed(body));

    [Fact]
    public void The_blast_that_a_vocalised_met_death_reports_is_still_an_event()
    {
        var blast = Assert.Single(Events.Of("لقي لاعب كرة قدم مصرعَهُ في انفجار عبوة ناسفة في مدينة حلب."), e => e.Type == "REMOTE");
        Assert.Equal(1, blast.Fatalities);
    }

    [Theory]
    [InlineData("هاجم مسلحون سيارتين للجيش قرب البلدة مما أدى إلى مقتل من في السيارتين.")]
    [InlineData("استهدفت الطائرات مستودعا للذخيرة وقتلت كل من فيه.")]
    [InlineData("أسقط المسلحون طائرة نقل مما أدى إلى مقتل جميع من على متنها.")]
    public void The_occupants_killed_are_an_unnumbered_plural(string body)
    {
        var m = Assert.Single(All(body));
        Assert.Equal(3, m.Count);
        Assert.True(FatalityFinder.IsUnnumbered(m));
    }

    [Fact]
    public void The_attack_on_the_cars_takes_the_occupants_as_its_toll()
    {
        var attack = Assert.Single(Events.Of("هاجم مسلحون من المعارضة سيارتين لقوات النظام في بلدة الزبداني أمس مما أدى إلى مقتل من في السيارتين."), e => e.Type == "ASSAULT");
        Assert.Equal(3, attack.Fatalities);
    }

    [Theory]
    [InlineData("قتل 5 أشخاص في قصف على المدينة ولقي طالب جامعي مصرعه.", 5)]
    [InlineData("لقي لاعب في الفريق المحلي مصرعه بعد أن قتل مسلحون 7 أشخاص في هجوم على الملعب.", 7)]
    public void A_numbered_count_of_the_sentence_keeps_its_figure(string body, int killed) =>
        Assert.DoesNotContain(All(body), m => m.Count != killed);

    [Theory]
    [InlineData("لقي الاقتراح ترحيبا واسعا من الأطراف كافة، ومصرعه لم يكن متوقعا.")]
    [InlineData("لقي المقترح معارضة شديدة من النواب في الجلسة.")]
    [InlineData("لم يسفر القصف عن مقتل من في المبنى.")]
    [InlineData("أكد الشاهد مقتل من كان يقود السيارة في الحادث.")]
    public void Other_meetings_a_denial_or_one_driver_give_no_unnumbered_dead(string body) =>
        Assert.DoesNotContain(All(body), m => m.Count > 0);
}
