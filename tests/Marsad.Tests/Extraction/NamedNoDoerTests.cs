using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed whose words name no doer takes none from elsewhere (docs/events.md s38-nodoer): shells told with their kind
/// or joined to others before their verb of falling fell, and a deed noun governed by a noun of its culprits is not the
/// deed of the party arresting them.
/// </summary>
public class NamedNoDoerTests
{
    private static readonly DateOnly August = new(2015, 8, 10);

    [Theory]
    [InlineData("تواصل قوات النظام حصار مدينة حمص منذ أشهر. وقال المرصد إن قذيفة صاروخية وقذيفة هاون و(مدفع جهنم) سقطت مساء أمس على بلدة الفوعة في ريف إدلب.")]
    [InlineData("تواصل قوات النظام حصار مدينة حمص منذ أشهر. وقال المرصد إن قذيفة من نوع \"غراد\" سقطت مساء أمس على بلدة الفوعة في ريف إدلب.")]
    public void Shells_told_with_their_kind_before_their_fall_take_no_doer_from_the_sentences_before(string body)
    {
        Assert.DoesNotContain(Of(body, August), e => e.Type == "REMOTE" && e.Actor1?.Id is "SYR-MIL" or "SYR-GOV");
    }

    [Fact]
    public void The_ministry_that_arrests_the_men_involved_in_a_bombing_is_not_its_bomber()
    {
        var events = Of("أعلن وزير الداخلية العراقي اليوم اعتقال المتورطين بالتفجير الذي استهدف سوقا شعبية في ناحية بني سعد بمحافظة ديالى يوم الجمعة.", August);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "IRQ-MIL" or "IRQ-GOV");
    }
}
