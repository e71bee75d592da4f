using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer a headline opens with, subject of the verb right after it, lent to the body's deed of that verb's type
/// that names no doer (HeadlineDoer; docs/events.md "s41-title"). Every span of the output stays in the body.
/// </summary>
public class HeadlineDoerTests
{
    [Fact]
    public void A_headline_that_opens_with_the_doer_and_its_verb_lends_the_doer_to_the_bodys_doerless_deed()
    {
        var result = Extract("طائرات النظام تقصف مدينة الرقة",
            "تعرضت مدينة الرقة صباح اليوم لقصف عنيف أسفر عن سقوط عدد من الجرحى بين المدنيين، بحسب ناشطين في المدينة.");
        var strike = Assert.Single(result.Events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", strike.Actor1?.Id);
        // The body never names the regime: its mention in the actors list is the deed's own words in the body.
        var mention = Assert.Single(result.Actors, a => a.Id == "SYR-MIL");
        Assert.Equal(strike.Evidence.Start, mention.Start);
        Assert.Equal(strike.Evidence.End, mention.End);
    }

    [Fact]
    public void A_verb_joined_to_the_headlines_first_verb_shares_its_doer()
    {
        var result = Extract("قوات الأمن تقتحم الحي الجامعي في حمص وتعتقل عشرات الطلاب",
            "اقتحمت قوة أمنية الحي الجامعي في مدينة حمص فجر اليوم، واعتقلت عشرات الطلاب، بحسب ما أفاد ناشطون.");
        Assert.Contains(result.Events, e => e.Type == "ARREST" && e.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_country_that_labels_the_headline_or_condemns_the_deed_lends_no_doer()
    {
        var labelled = Extract("سوريا: قتلى في تفجير استهدف مقرا أمنيا في حمص",
            "انفجرت سيارة ملغومة قرب مقر أمني في مدينة حمص صباح اليوم ما أدى إلى مقتل عشرة أشخاص، بحسب ناشطين.");
        Assert.DoesNotContain(labelled.Events, e => e.Type == "REMOTE" && e.Actor1 is not null);
        var condemned = Extract("واشنطن تستنكر إطلاق الصواريخ على حلب",
            "استنكرت الولايات المتحدة إطلاق الصواريخ على مدينة حلب أمس، وقالت إن الهجوم أوقع عشرات القتلى بين المدنيين.");
        Assert.DoesNotContain(condemned.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "USA");
    }

    [Fact]
    public void A_headline_doer_that_the_body_gives_a_deed_of_that_type_already_sums_that_one_up()
    {
        // The body tells the regime's shelling of Homs and a bombing nobody claims in Hama: the headline's shelling is
        // the body's own, and the bombing keeps no doer.
        var result = Extract("قوات النظام السوري تقصف أحياء سكنية",
            "قصفت قوات النظام السوري أحياء مدينة حمص صباح اليوم. وفي مدينة حماة انفجرت سيارة مفخخة قرب حاجز أمني ما أدى إلى مقتل خمسة أشخاص.");
        Assert.Contains(result.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(result.Events, e => e.Type == "REMOTE" && e.Location?.Name == "حماة" && e.Actor1 is not null);
    }

    private static ExtractionResult Extract(string title, string body)
    {
        var result = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Title = title, Body = body, Published = new DateOnly(2015, 3, 1) });
        foreach (var a in result.Actors)
        {
            Assert.Equal(body.Substring(a.Start, a.End - a.Start), a.Text);
        }
        return result;
    }
}
