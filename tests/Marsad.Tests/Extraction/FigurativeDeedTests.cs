using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deed words in a figurative or verbal sense are gated whatever the keep model scores (s39-figurative): a blow
/// dealt to a party or an aim, a threat a thing poses, a protest told as a piece of words, an attack made by words,
/// and a deed named as what a ceasefire halts. The rows of the candidate log say which candidates the rules made
/// and which a hard gate drops, whatever the keep decision; the literal readings beside them stay.
/// </summary>
public class FigurativeDeedTests
{
    private static bool CandidateOn(string body, string type, string trigger)
    {
        var log = new CandidateLog();
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 7, 22) }, log);
        return log.Rows.Any(r => r.Type == type && !r.Gated && body[r.Trigger.Start..r.Trigger.End].Contains(trigger, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وسيطر مقاتلو المعارضة أمس على مطار عسكري في ريف حلب. إنها ضربة كبيرة لقوات النظام لأن المطار يحمي الطريق.")]
    [InlineData("ويوجه الهجوم الذي شنه مقاتلو المعارضة أمس في حي جوبر ضربة لجهود النظام في العاصمة.")]
    public void A_blow_dealt_to_a_party_or_an_aim_is_a_setback_no_strike(string body) =>
        Assert.False(CandidateOn(body, "REMOTE", "ضربة"));

    [Theory]
    [InlineData("ونفذ الطيران الأمريكي أمس ضربة دمرت مصنعا للمتفجرات في الحويجة.")]
    [InlineData("ووجه الطيران الحربي أمس ضربة لمواقع التنظيم في مدينة الرقة.")]
    public void A_blow_that_destroys_or_hits_posts_stays_a_strike(string body) =>
        Assert.True(CandidateOn(body, "REMOTE", "ضربة"));

    [Fact]
    public void A_threat_that_areas_pose_to_a_hold_is_no_threat_made() =>
        Assert.False(CandidateOn("وتسيطر فصائل المعارضة على ثلاث مناطق قرب العاصمة، وتشكل تهديدا لسيطرة النظام على دمشق.", "THREATEN", "تهديدا"));

    [Fact]
    public void A_threat_made_by_a_side_stays() =>
        Assert.True(CandidateOn("وقال القائد أمس إن تهديد الجيش الحر بقصف مواقع حزب الله في القصير جدي.", "THREATEN", "تهديد"));

    [Theory]
    [InlineData("وكلف الرئيس أمس وزير الخارجية توجيه رسالة احتجاج إلى الحكومة السورية.")]
    [InlineData("وقال رئيس الائتلاف أمس إن القرار صرخة احتجاج ضد حكومات العالم.")]
    public void A_protest_told_as_a_letter_or_a_cry_is_no_gathering(string body) =>
        Assert.False(CandidateOn(body, "PROTEST", "احتجاج"));

    [Fact]
    public void A_protest_of_people_stays() =>
        Assert.True(CandidateOn("وشارك مئات أمس في احتجاج أمام السفارة الروسية في القاهرة.", "PROTEST", "احتجاج"));

    [Theory]
    [InlineData("وقال شهود إن شابا ردد أمس عبارات تهاجم إيران أمام الجامع الأزهر في القاهرة.", "تهاجم")]
    [InlineData("وألقى قادة التنظيم في اسطنبول أمس خطابات هاجموا فيها الحكومة التركية.", "هاجموا")]
    public void Words_that_attack_a_state_are_no_assault(string body, string trigger) =>
        Assert.False(CandidateOn(body, "ASSAULT", trigger));

    [Fact]
    public void Gunmen_who_attack_a_checkpoint_stay() =>
        Assert.True(CandidateOn("وهاجم مسلحون أمس حاجزا للجيش في مدينة الرمادي.", "ASSAULT", "هاجم"));

    [Fact]
    public void Shelling_named_as_what_a_ceasefire_halts_is_no_strike() =>
        Assert.False(CandidateOn("وتوصل الطرفان أمس إلى اتفاق على أن تشهد قرية جملة غدا وقفا لإطلاق النار والقصف.", "REMOTE", "القصف"));

    [Fact]
    public void A_ceasefire_told_with_lam_is_no_gunfire() =>
        Assert.False(CandidateOn("وقال المبعوث أمس إنه يأمل أن تلتزم القوات السورية بوقف لإطلاق النار في مدينة حمص.", "ASSAULT", "إطلاق"));

    [Fact]
    public void Shelling_a_council_demands_be_stopped_stays() =>
        Assert.True(CandidateOn("وطالب مجلس المحافظة أمس الحكومة بوقف القصف على مدينة الفلوجة.", "REMOTE", "القصف"));
}
