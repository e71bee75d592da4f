using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>The keep features of a roundup's item: a clause that opens with its own place, a place named for the first time.</summary>
public class ListItemFeatureTests
{
    private static readonly DateOnly Published = new(2013, 3, 20);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    private static CandidateRow At(string body, string place) =>
        CandidateLogs.Of(body, Published).Rows.First(r => r.Record.Location?.Name == place);

    [Fact]
    public void A_clause_that_opens_with_its_place_is_read_as_a_list_item()
    {
        var row = At("انفجرت قنبلة أمام مطعم في حي المشتل ببغداد. وفي مدينة الصدر، قتل خمسة أشخاص بانفجار عبوة ناسفة.", "مدينة الصدر");

        Assert.Equal(1, Feature(row, "place_opens_clause"));
        Assert.Equal(1, Feature(row, "place_new"));
    }

    [Fact]
    public void A_place_after_its_trigger_does_not_open_the_clause()
    {
        var row = At("انفجرت عبوة ناسفة في مدينة الصدر صباح اليوم.", "مدينة الصدر");

        Assert.Equal(0, Feature(row, "place_opens_clause"));
    }

    [Fact]
    public void A_place_named_before_is_not_new()
    {
        var row = CandidateLogs.Of("انفجرت سيارة مفخخة في مدينة الصدر. وقال مسؤول إن الانفجار الذي وقع في مدينة الصدر أوقع قتلى.", Published)
            .Rows.Last(r => r.Record.Location?.Name == "مدينة الصدر");

        Assert.Equal(0, Feature(row, "place_new"));
    }

    [Fact]
    public void The_dateline_that_opens_the_body_is_no_earlier_telling_of_a_deed_in_the_writers_city()
    {
        var row = CandidateLogs.Of("بغداد (ا ف ب) - قتل عشرة أشخاص أمس في انفجار سيارة مفخخة في سوق شعبي في بغداد.", Published, "بغداد")
            .Rows.Last(r => r.Record.Location?.Name == "بغداد");

        Assert.Equal(1, Feature(row, "place_new"));
    }

    [Fact]
    public void A_city_the_body_told_a_deed_in_before_is_still_not_new_under_its_dateline()
    {
        var row = CandidateLogs.Of("بغداد (ا ف ب) - انفجرت سيارة مفخخة في بغداد صباح اليوم. وفي وقت لاحق قتل ثلاثة أشخاص بانفجار عبوة ناسفة في بغداد.", Published, "بغداد")
            .Rows.Last(r => r.Record.Location?.Name == "بغداد");

        Assert.Equal(0, Feature(row, "place_new"));
    }

    [Fact]
    public void A_clause_that_opens_with_fa_and_fi_before_its_place_is_read_as_a_list_item()
    {
        var row = At("انفجرت قنبلة أمام مطعم في حي المشتل ببغداد. ففي مدينة الصدر، قتل خمسة أشخاص بانفجار عبوة ناسفة.", "مدينة الصدر");

        Assert.Equal(1, Feature(row, "place_opens_clause"));
    }

    [Fact]
    public void A_clause_that_opens_with_another_preposition_before_its_place_is_no_list_item()
    {
        var row = At("انفجرت قنبلة أمام مطعم في حي المشتل ببغداد. وقرب مدينة الصدر، قتل خمسة أشخاص بانفجار عبوة ناسفة.", "مدينة الصدر");

        Assert.Equal(0, Feature(row, "place_opens_clause"));
    }
}
