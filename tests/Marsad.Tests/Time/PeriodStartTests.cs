using Marsad.Time;

namespace Marsad.Tests.Time;

public class PeriodStartTests
{
    [Theory]
    [InlineData("2014-09-23", DateExpression.Day, "2014-09-23")]
    [InlineData("2014-07", DateExpression.Month, "2014-07-01")]
    [InlineData("2013", DateExpression.Year, "2013-01-01")]
    public void The_start_of_a_day_a_month_or_a_year_is_its_first_day(string value, string precision, string first) =>
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateExpression.StartOf(value, precision));

    [Fact]
    public void A_year_has_no_first_day_for_the_readers_of_days_ahead_but_has_a_start() =>
        Assert.Equal((null, new DateOnly(2013, 1, 1)), (DateExpression.FirstDay("2013", DateExpression.Year), DateExpression.StartOf("2013", DateExpression.Year)));

    [Fact]
    public void An_unknown_date_has_no_start() =>
        Assert.Null(DateExpression.StartOf("x", DateExpression.Unknown));
}
