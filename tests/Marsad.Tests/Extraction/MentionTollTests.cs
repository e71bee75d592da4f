using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A toll told in another mention of the same happening (docs/events.md, "Tolls, eighth step").</summary>
public class MentionTollTests
{
    [Fact]
    public void The_blast_named_again_where_it_is_placed_takes_the_toll_told_before()
    {
        var events = Of("وقتل 12 شخصا في تفجير وقع وسط البلاد يوم الأربعاء.\nوقال مسؤول إن الانفجار وقع في بلدة السلمية قرب حماة.");
        var blast = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(12, blast.Fatalities);
    }

    [Fact]
    public void An_attack_recalled_takes_the_toll_a_later_sentence_gives_it()
    {
        // «بالهجوم»: the article behind a clitic preposition still names the happening again.
        var events = Of("ندد الحزب بالهجوم الانتحاري في بلدة سروج التركية.\nوقال مسؤول في الحزب إن البلدة شهدت احتجاجات واسعة أمس.\nوكان الهجوم الذي أوقع 32 قتيلا قد وقع يوم الاثنين في سروج.");
        Assert.Contains(events, e => e.Type is "REMOTE" or "ASSAULT" && e.Fatalities == 32);
        Assert.DoesNotContain(events, e => e.Type is "REMOTE" or "ASSAULT" && e.Fatalities is null);
    }

    [Fact]
    public void A_shelling_named_again_far_away_keeps_no_toll()
    {
        // The second sentence tells the shelling of another country: the first toll is not its.
        var events = Of("وقتل 30 شخصا في قصف استهدف حي المرجة في حلب.\nوقالت القناة إن القصف طال بلدة عرسال في لبنان.");
        Assert.DoesNotContain(events, e => e.Location?.Country == "LB" && e.Fatalities == 30);
    }

    [Fact]
    public void A_new_blast_told_between_ends_the_first_telling()
    {
        // «انفجرت عبوة» without the article is another happening: the blast named after it is that one.
        var events = Of("وقتل 12 شخصا في تفجير وقع وسط البلاد يوم الأربعاء.\nوانفجرت عبوة ناسفة في بلدة السلمية قرب حماة.\nوقال مسؤول إن الانفجار لم يوقع ضحايا.");
        Assert.DoesNotContain(events, e => e.Location?.Name is { } n && n.Contains("سلمية", StringComparison.Ordinal) && e.Fatalities == 12);
    }

    [Fact]
    public void An_officer_retelling_the_attack_at_its_village_takes_the_toll_of_the_lead()
    {
        // «هاجموا» has no article: the officer's account names the village of the attack the lead counted.
        var events = Of("قتل سبعة أشخاص في هجوم شنه مسلحون مجهولون وسط البلاد يوم الأحد.\nوقال ضابط في الشرطة إن مسلحين مجهولين هاجموا حاجزا عند مدخل بلدة السلمية.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Location?.Name is { } n && n.Contains("سلمية", StringComparison.Ordinal) && e.Fatalities == 7);
    }

    [Fact]
    public void Two_strikes_on_two_towns_keep_their_own_tolls()
    {
        var events = Of("قتل خمسة مدنيين في قصف على بلدة تلبيسة.\nوقال ناشطون إن الطائرات قصفت مدينة الرستن أيضا.");
        Assert.DoesNotContain(events, e => e.Location?.Name is { } n && n.Contains("رستن", StringComparison.Ordinal) && e.Fatalities == 5);
    }

    [Fact]
    public void A_blast_first_told_without_a_toll_takes_the_count_a_later_sentence_gives_it()
    {
        // «انفجار» without the article introduces the happening; «هذا الانفجار» two sentences on names it again.
        var events = Of("وقع انفجار مساء الخميس في بلدة السلمية قرب حماة.\nوهرعت سيارات الإسعاف إلى المكان.\nوذكر المرصد سقوط تسعة قتلى في هذا الانفجار.");
        var blast = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(9, blast.Fatalities);
    }

    [Fact]
    public void A_new_blast_told_after_another_does_not_take_the_toll_of_the_first()
    {
        // The second «انفجار» opens its own happening: the 9 counted for «الانفجار الأول» before it is not its.
        var events = Of("وقال مسؤول إن الانفجار الأول أسفر عن مقتل تسعة أشخاص في بلدة السلمية.\nووقع انفجار آخر مساء الخميس في بلدة الرستن.\nوهرعت سيارات الإسعاف إلى المكان.");
        Assert.DoesNotContain(events, e => e.Location?.Name is { } n && n.Contains("رستن", StringComparison.Ordinal) && e.Fatalities == 9);
    }
}
