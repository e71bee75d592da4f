namespace Marsad.Tests.Geo;

/// <summary>«المملكة» stands for the article's country when that country is a kingdom it may name.</summary>
public class CountryReferenceTests
{
    [Fact]
    public void The_kingdom_in_a_Saudi_report_is_Saudi_Arabia_at_country_precision()
    {
        var places = PlaceStageRun.Places("أعلن الدفاع المدني في الرياض عن أمطار غزيرة. وتوقعت الأرصاد أن تشمل الأمطار معظم مناطق المملكة غدا.");
        var kingdom = Assert.Single(places, p => p.Text == "المملكة");
        Assert.Equal("SA", kingdom.Country);
        Assert.Equal("country", kingdom.Precision);
    }

    [Fact]
    public void The_kingdom_after_a_clitic_keeps_its_span_without_it()
    {
        const string body = "وصل الوزير إلى عمّان أمس في زيارة إلى الأردن. وقال إن بالمملكة فرصا كثيرة.";
        var kingdom = Assert.Single(PlaceStageRun.Places(body), p => p.Country == "JO" && p.Precision == "country" && p.Start > body.IndexOf("الأردن", StringComparison.Ordinal));
        Assert.Equal("المملكة", body[kingdom.Start..kingdom.End]);
    }

    [Fact]
    public void The_kingdom_in_a_report_about_a_republic_is_no_place()
    {
        var places = PlaceStageRun.Places("قصفت الطائرات أحياء مدينة حلب أمس. وقال مسؤول إن المملكة تتابع الوضع في سوريا.");
        Assert.DoesNotContain(places, p => p.Text == "المملكة");
    }

    [Fact]
    public void The_kingdom_with_no_other_place_in_the_text_is_no_place()
    {
        Assert.Empty(PlaceStageRun.Places("وقال المتحدث إن المملكة ستواصل جهودها."));
    }
}
