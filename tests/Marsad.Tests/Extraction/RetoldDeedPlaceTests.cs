using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s38-finer): the town or site the article names for the deed, not the region around it. A compass part of
/// a country told first and a later telling in the same deed word at a town of that country, naming no doer of its own,
/// are one deed at the town (EventMerger.RetoldInCountry); «الجامعة» refers back to the university the article named
/// (place_facility_refs.tsv). Rules only.
/// </summary>
public sealed class RetoldDeedPlaceTests
{
    [Fact]
    public void An_abduction_told_in_the_east_of_the_country_and_retold_at_a_town_off_the_bearing_is_one_event_at_the_town()
    {
        // Al-Nawfaliya lies north-west of Libya's one point: the bearing alone would keep the two tellings apart.
        var events = Of("قال تنظيم الدولة الإسلامية إنه خطف أربعة عمال أجانب في شرق ليبيا. وخُطف الأربعة في النوفلية قرب سرت.");
        var e = Assert.Single(events, x => x.Type == "ATTACK_CIVILIANS");
        Assert.Equal("النوفلية", e.Location?.Name);
    }

    [Fact]
    public void A_blast_told_in_the_south_of_the_country_and_retold_at_karmat_ali_is_one_event_at_the_town_with_its_dead()
    {
        var events = Of("قالت الشرطة إن سيارة ملغومة انفجرت قرب سوق في جنوب العراق مما أسفر عن مقتل سبعة أشخاص. وانفجرت السيارة في بلدة كرمة علي شمالي البصرة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("البصرة", e.Location?.Admin1);
        Assert.Equal(7, e.Fatalities);
    }

    [Fact]
    public void A_strike_the_article_places_at_the_university_it_named_is_at_the_university()
    {
        var events = Of("دخلت القوات العراقية جامعة الانبار في جنوب مدينة الرمادي اليوم. وقال مسؤول إن القوات دخلت حرم الجامعة مدعومة بغارات مكثفة من التحالف الدولي.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("point", e.Location?.Precision);
        Assert.Contains("جامعة", e.Location?.Name ?? "", StringComparison.Ordinal);
    }
}
