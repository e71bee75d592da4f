namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s28-placefocus): a sweep of arrests its sentence spreads over the whole country («في كل
/// أنحاء البلاد») is coded at that country, not at a town of the sentence before it; «البلاد» is
/// the country of the state the sentence names.
/// </summary>
public class NationwideArrestTests
{
    private const string Sweep =
        "وكان انتحاري قد فجر نفسه يوم الاثنين في بلدة سروج الحدودية. وأعلن مكتب رئيس الحكومة التركية أن الشرطة أوقفت 120 شخصا يشتبه في انتمائهم إلى تنظيم داعش في إطار حملة أطلقت الجمعة في كل أنحاء البلاد.";

    [Fact]
    public void A_sweep_over_all_parts_of_the_country_is_placed_at_the_country()
    {
        var arrest = Events.Single(Sweep, "ARREST");

        Events.AssertPlace(arrest, "تركيا", "TR");
        Assert.Equal("country", arrest.Location!.Precision);
    }

    [Fact]
    public void An_arrest_in_a_named_town_keeps_its_town()
    {
        var arrest = Events.Single("وأعلنت السلطات التركية أن الشرطة أوقفت 12 شخصا في مدينة أضنة، فيما تتواصل الحملة في كل أنحاء البلاد.", "ARREST");

        Events.AssertPlace(arrest, "أضنة", "TR");
    }

    [Fact]
    public void A_spread_told_of_another_deed_in_a_later_clause_does_not_move_the_arrest()
    {
        // review28 finding 6: the spread belongs to the protests of the «فيما» clause, not to the arrest.
        var arrest = Events.Single("انفجرت سيارة مفخخة في مدينة أضنة التركية أمس، وأوقفت الشرطة 12 شخصا، فيما تتواصل الاحتجاجات على الحكومة في كل أنحاء البلاد.", "ARREST");

        Events.AssertPlace(arrest, "أضنة", "TR");
    }

    [Fact]
    public void A_sweep_over_the_homeland_word_of_the_lexicon_is_placed_at_the_country()
    {
        var arrest = Events.Single("وأعلنت وزارة الداخلية التركية أن الشرطة اعتقلت 80 شخصا في حملة مداهمات شملت مختلف أرجاء البلاد.", "ARREST");

        Assert.Equal("TR", arrest.Location?.Country);
        Assert.Equal("country", arrest.Location!.Precision);
    }
}
