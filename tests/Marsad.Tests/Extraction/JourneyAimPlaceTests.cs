namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s34-wrongplace): a place the deed's sentence names for another reason is not where the deed
/// happened: the ends of the journey it was done on («في طريق عودته من دمشق إلى بيروت»), where those who
/// fled went («وفر آخرون إلى …»), the place of another side's deed it would stop («لإيقاف هجومه على …») or of
/// the people it stands for («نصرة لأهالي …»).
/// </summary>
public class JourneyAimPlaceTests
{
    [Theory]
    [InlineData("اغتال مسلحون مجهولون مسؤولا إيرانيا في طريق عودته من دمشق إلى بيروت.", "بيروت")]
    [InlineData("قتل جنديان بانفجار عبوة ناسفة أثناء عودتهما إلى مدينة الموصل.", "الموصل")]
    [InlineData("قتلت القوات العراقية أربعة من عناصر داعش في اشتباكات بمنطقة المضيق، وفر آخرون إلى مدينة الفلوجة.", "الفلوجة")]
    public void A_deed_is_not_placed_at_the_end_of_a_journey_or_a_flight(string body, string end)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(end, e.Location?.Name));
    }

    [Theory]
    [InlineData("قصفت فصائل المعارضة بلدة الفوعة بهدف الضغط على حزب الله لإيقاف هجومه على الزبداني.", "الزبداني")]
    [InlineData("قصفت فصائل المعارضة بلدة الفوعة نصرة لأهالي مدينة الزبداني.", "الزبداني")]
    public void A_shelling_is_not_placed_where_its_aim_lies(string body, string aim)
    {
        var events = Events.Of(body).Where(e => e.Type == "REMOTE" && e.Evidence.Text.StartsWith("قصفت", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(aim, e.Location?.Name));
    }

    [Fact]
    public void An_arrest_on_arriving_keeps_the_town_arrived_at()
    {
        var events = Events.Of("اعتقلت قوات الأمن الناشط عند عودته إلى مدينة حمص.").Where(e => e.Type == "ARREST").ToList();

        Assert.Contains(events, e => e.Location?.Name == "حمص");
    }

    [Fact]
    public void An_attack_the_doer_aims_to_retake_a_town_with_keeps_the_town()
    {
        var events = Events.Of("شن الجيش العراقي هجوما بهدف استعادة مدينة تكريت.").Where(e => e.Type is "ASSAULT" or "CAPTURE").ToList();

        Assert.Contains(events, e => e.Location?.Name == "تكريت");
    }
}
