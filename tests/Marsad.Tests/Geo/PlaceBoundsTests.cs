using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>
/// A place mention is the name as written: a singular cue word right before the name is part of
/// it («مدينة حلب»), without the cue's own clitics; a plural cue and a name behind a clitic are
/// not; a town inside a named site is listed as the site.
/// </summary>
public class PlaceBoundsTests
{
    /// <summary>The output's places list (what `marsad extract` prints), not the stage's own hits.</summary>
    private static List<PlaceMention> Places(string body)
    {
        var context = Run(body);
        return [.. PlaceHit.Output(context.Places, context.Sites, context.Text.Body)];
    }

    private static ExtractionContext Run(string body)
    {
        var article = ArticleReader.Default.ReadString(body, "test");
        var context = new ExtractionContext(article, AnalyzedText.Analyze(article.Body));
        new PlaceStage().Run(context);
        return context;
    }

    [Fact]
    public void A_town_after_the_word_city_is_written_with_it()
    {
        var body = "قصفت الطائرات مدينة حلب أمس.";
        var p = Assert.Single(Places(body), p => p.Country == "SY");
        Assert.Equal("مدينة حلب", p.Text);
        Assert.Equal("مدينة حلب", body[p.Start..p.End]);
    }

    [Fact]
    public void The_clitics_of_the_cue_stay_out_of_the_mention()
    {
        var p = Assert.Single(Places("وقعت اشتباكات عنيفة بمحافظة إدلب."), p => p.Country == "SY");
        Assert.Equal("محافظة إدلب", p.Text);
    }

    [Fact]
    public void A_cue_in_its_tweet_spelling_is_a_cue_too()
    {
        var p = Assert.Single(Places("غرقت الشوارع في منطقه الفحيحيل بعد الأمطار."), p => p.Country == "KW");
        Assert.Equal("منطقه الفحيحيل", p.Text);
    }

    [Fact]
    public void A_plural_cue_introduces_names_and_stays_out()
    {
        var places = Places("قصفت الطائرات بلدتي كفرنبل وسراقب في ريف إدلب.");
        Assert.Contains(places, p => p.Text == "كفرنبل");
    }

    [Fact]
    public void The_capital_before_its_name_is_written_with_it()
    {
        var places = Places("وصل الوفد إلى العاصمة دمشق صباح اليوم.");
        Assert.Contains(places, p => p.Text == "العاصمة دمشق" && p.Country == "SY");
    }

    [Fact]
    public void A_town_written_inside_a_named_site_is_listed_as_the_site_alone()
    {
        var context = Run("تضررت المباني القريبة من مرفأ بيروت بعد الانفجار.");
        var listed = PlaceHit.Output(context.Places, context.Sites, context.Text.Body).Select(p => p.Text).ToList();
        Assert.Contains("مرفأ بيروت", listed);
        Assert.DoesNotContain("بيروت", listed);
        // The event stage still reads the town.
        Assert.Contains(context.Places, p => p.Mention.Text == "بيروت");
    }

    [Fact]
    public void An_event_keeps_the_bare_name_of_its_place()
    {
        var events = Marsad.Tests.Extraction.Events.Of("قصفت الطائرات الحربية مدينة الرقة صباح اليوم.");
        Assert.Contains(events, e => e.Location?.Name == "الرقة");
        Assert.DoesNotContain(events, e => e.Location?.Name == "مدينة الرقة");
    }
}
