using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s22b-purpose (issue 9; annotation.md 6.2): a verbal noun behind the purpose ل after a deed told in
/// its clause is that deed's aim, not an event of its own (DropReason.Purpose, a feature the keep
/// model reads; the rules alone drop it). A purpose with no deed told before it names the event.
/// </summary>
public class PurposeOfDeedTests
{
    [Fact]
    public void Reinforcements_sent_to_besiege_a_town_are_a_mobilization_not_a_blockade()
    {
        var events = Of("أرسلت قوات النظام تعزيزات عسكرية إلى مدينة حماة أمس لمحاصرة بلدة كفرزيتا.");
        Assert.DoesNotContain(events, e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void Forces_massed_to_storm_a_town_are_no_storming()
    {
        var events = Of("حشدت قوات النظام آليات وجنودا في ريف دمشق أمس لاقتحام مدينة داريا.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Modality == "intended");
    }

    [Fact]
    public void Travellers_bussed_to_a_square_to_protest_are_a_protest()
    {
        var events = Of("قامت الحافلات بنقل المتظاهرين إلى ميدان التحرير في القاهرة أمس للتظاهر أمام مجلس الشورى.");
        Assert.Contains(events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Supporters_massed_for_a_protest_are_that_protest()
    {
        var events = Of("حشدت الجماعة الإسلامية أنصارها اليوم لمظاهرة كبرى أمام جامعة القاهرة.");
        Assert.Contains(events, e => e.Type == "PROTEST");
    }

    // «حصيلة أولية لتفجير»: a word that takes its complement with ل (event_words.tsv role lamhead, s23-noevent) makes the
    // verbal noun behind it no purpose.
    [Fact]
    public void A_bombing_behind_the_lam_of_a_toll_is_the_bombing_told_not_a_purpose()
    {
        var events = Of("وأفاد مصدر عسكري بأن خمسة جنود قتلوا في حصيلة أولية لتفجير انتحاري استهدف ثكنة عسكرية في أبو غريب أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "asserted");
    }
}
