using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A fight whose «بين … و» pair is two quarters, two sects or two camps is between unnamed local factions:
/// UNIDENTIFIED-ARMED on both sides (docs/annotation.md, field notes; s25-assault).
/// </summary>
public class LocalSidesTests
{
    [Fact]
    public void Clashes_between_two_sects_are_between_unnamed_armed_factions()
    {
        var e = Single("قتل شاب مساء الجمعة في اشتباكات بين سنة وعلويين في مدينة طرابلس شمال لبنان.", "ASSAULT");
        AssertActors(e, "UNIDENTIFIED-ARMED", "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Clashes_between_supporters_and_opponents_of_a_regime_do_not_make_the_regime_a_side()
    {
        var e = Single("أصيب ثلاثة أشخاص بجروح أمس في اشتباكات بين أنصار ومعارضي النظام السوري في مدينة طرابلس.", "ASSAULT");
        AssertActors(e, "UNIDENTIFIED-ARMED", "UNIDENTIFIED-ARMED");
    }

    [Theory]
    [InlineData("قتل شاب مساء الجمعة في اشتباكات بين سنة و علويين في مدينة طرابلس شمال لبنان.")]
    [InlineData("قتل شاب مساء الجمعة في اشتباكات بين سنة وبين علويين في مدينة طرابلس شمال لبنان.")]
    public void The_second_sect_behind_a_waw_written_apart_or_a_repeated_bayna_is_the_second_side(string body)
    {
        var e = Single(body, "ASSAULT");
        AssertActors(e, "UNIDENTIFIED-ARMED", "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_word_whose_own_first_letter_is_waw_is_no_joined_second_side()
    {
        var events = Of("تجددت الاشتباكات أمس بين الدروز وسط مدينة السويداء جنوب سوريا.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED" && e.Actor2?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Clashes_between_an_army_and_residents_keep_the_army_as_a_side()
    {
        var events = Of("اندلعت اشتباكات بين الجيش اللبناني وسكان بلدة عرسال أمس.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && (e.Actor1?.Id == "LBN-MIL" || e.Actor2?.Id == "LBN-MIL"));
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED" && e.Actor2?.Id == "UNIDENTIFIED-ARMED");
    }

    [Theory]
    [InlineData("تجددت الاشتباكات أمس بين الدروز وادي مدينة السويداء جنوب سوريا.")]
    [InlineData("تجددت الاشتباكات أمس بين الدروز وزارة الداخلية في مدينة السويداء جنوب سوريا.")]
    public void A_place_or_body_word_whose_own_first_letter_is_waw_is_no_joined_second_side(string body)
    {
        var events = Of(body);
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED" && e.Actor2?.Id == "UNIDENTIFIED-ARMED");
    }
}
