using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Clash nouns that tell no clash of their own: in the genitive of a noun of place («مناطق
/// الاشتباكات») they name where fighting goes on, and with the article, no party in their clause,
/// after a clash already kept, they take that clash back («وبالتزامن مع الاشتباكات»). Both are hard
/// gates; the rows of the candidate log say which candidate a gate held, whatever the keep decision.
/// </summary>
public class RetoldClashTests
{
    private const string First = "واندلعت اشتباكات عنيفة بين الجيش ومسلحين في بلدة عرسال أمس";

    private static CandidateRow RowOf(string body, string trigger)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }, log);
        return Assert.Single(log.Rows, r => string.Equals(body[r.Trigger.Start..r.Trigger.End], trigger, StringComparison.Ordinal));
    }

    [Fact]
    public void Clashes_named_as_the_place_a_shelling_hits_are_no_clash_of_their_own()
    {
        var body = First + "، ترافقت مع قصف مدفعي على مناطق الاشتباكات.";
        Assert.True(RowOf(body, "الاشتباكات").Gated);
        Assert.False(RowOf(body, "اشتباكات").Gated);
    }

    [Fact]
    public void A_clash_the_article_takes_back_without_a_party_is_no_second_clash()
    {
        var body = First + ". وبالتزامن مع الاشتباكات، قصف الطيران مواقع في جرود البلدة.";
        Assert.True(RowOf(body, "الاشتباكات").Gated);
        Assert.Contains(Of(body), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_clash_told_first_with_the_article_is_not_taken_back()
    {
        var body = "وقال مصدر أمني إن الاشتباكات اندلعت بين الجيش ومسلحين في بلدة عرسال أمس.";
        Assert.False(RowOf(body, "الاشتباكات").Gated);
    }

    [Fact]
    public void Clashes_that_go_on_at_another_place_are_not_taken_back()
    {
        var body = First + ". وتواصلت الاشتباكات مساء اليوم في حي جوبر بدمشق.";
        Assert.False(RowOf(body, "الاشتباكات").Gated);
    }

    [Fact]
    public void A_clash_told_again_with_its_parties_named_is_not_taken_back()
    {
        var body = First + ". واستمرت المواجهات بين الجيش والمسلحين في جرود البلدة حتى الفجر.";
        Assert.False(RowOf(body, "المواجهات").Gated);
    }

    private const string Bombing = "قتل أربعة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف دورية للشرطة في منطقة التاجي شمال بغداد.\n";

    [Fact]
    public void The_attack_in_which_the_wounded_of_a_bombing_fell_is_that_bombing()
    {
        var body = Bombing + "وأكد مصدر طبي أنه تسلم جثث أربعة أشخاص بينهم ثلاثة جنود أصيبوا في الهجوم.";
        Assert.True(RowOf(body, "الهجوم").Gated);
        Assert.DoesNotContain(Of(body), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_after_a_bombing_with_its_doer_after_the_noun_is_not_taken_back()
    {
        var body = Bombing + "وأكد مصدر طبي أنه تسلم جثث أربعة أشخاص قتلوا في الهجوم الذي شنه مسلحو تنظيم داعش على حاجز للجيش.";
        Assert.False(RowOf(body, "الهجوم").Gated);
    }

    [Fact]
    public void The_attack_told_with_a_finer_place_right_after_a_bombing_is_that_bombing()
    {
        var body = "قتل عشرة أشخاص عندما فجر انتحاري نفسه في سوق شعبي في محافظة ديالى أمس.\n"
            + "وأسفر الهجوم الذي وقع في مدينة بعقوبة عن إصابة ثلاثين آخرين.";
        Assert.True(RowOf(body, "الهجوم").Gated);
    }
}
