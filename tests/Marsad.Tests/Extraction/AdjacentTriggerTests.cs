using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Two adjacent triggers of one type tell one happening; the word that names it carries the event.</summary>
public class AdjacentTriggerTests
{
    [Fact]
    public void Soldiers_killed_in_clashes_give_one_clash_told_by_the_clashes()
    {
        var e = Single("قتل جنديان في اشتباكات مع مسلحين قرب مدينة حمص.", "ASSAULT");
        Assert.Contains("اشتباكات", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explosion_of_a_roadside_bomb_is_told_by_the_bomb()
    {
        var e = Single("انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة بعقوبة.", "REMOTE");
        Assert.Contains("عبوة ناسفة", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Air_strikes_are_remote_violence_whoever_is_named()
    {
        var e = Single("استهدفت ضربات جوية مواقع قرب مدينة الرقة.", "REMOTE");
        Assert.Contains("ضربات جوية", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_equally_trusted_words_the_first_carries_the_event()
    {
        var e = Single("هاجم مسلحون وهاجموا حاجزا للجيش في مدينة درعا.", "ASSAULT");
        Assert.StartsWith("هاجم مسلحون", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_on_a_truce_is_told_by_the_agreement()
    {
        var e = Single("أعلن الاتفاق الروسي حول هدنة في مدينة حلب.", "AGREE");
        Assert.StartsWith("الاتفاق", e.Evidence.Text, StringComparison.Ordinal);
    }
}
