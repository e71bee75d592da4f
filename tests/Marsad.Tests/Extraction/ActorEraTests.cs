using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Which id a named doer takes (docs/events.md, "s31-actorid"): «القاعدة في العراق» is the Islamic State of Iraq
/// (ISIL) in 2013 news and the past al-Qaeda branch (AQ) in later ones, by the article's publication date; the
/// parent an apposition names a group by («الجبهة -وهي جناح تنظيم القاعدة-») is listed but does no deed.
/// </summary>
public class ActorEraTests
{
    private static ExtractionResult RulesOnly(string body, DateOnly published) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = published });

    private const string Claim = "أعلن تنظيم القاعدة في العراق مسؤوليته عن التفجيرات التي ضربت أحياء في بغداد وأدت إلى مقتل عشرين شخصا.";

    [Fact]
    public void Al_qaeda_in_iraq_in_a_2013_article_is_isil()
    {
        var result = RulesOnly(Claim, new DateOnly(2013, 3, 20));
        Assert.Contains(result.Actors, a => a.Id == "ISIL" && a.Text.Contains("العراق", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Actors, a => a.Id == "AQ");
    }

    [Fact]
    public void Al_qaeda_in_iraq_in_a_2015_article_is_the_past_al_qaeda_branch()
    {
        var result = RulesOnly(Claim, new DateOnly(2015, 8, 6));
        Assert.Contains(result.Actors, a => a.Id == "AQ");
        Assert.DoesNotContain(result.Actors, a => a.Id == "ISIL");
    }

    [Fact]
    public void Al_qaeda_in_mesopotamia_in_quotes_is_isil_in_2013()
    {
        var result = RulesOnly("أعلن تنظيم \"القاعدة في بلاد الرافدين\" مسؤوليته عن التفجيرات الانتحارية في بغداد.", new DateOnly(2013, 3, 20));
        Assert.Contains(result.Actors, a => a.Id == "ISIL");
        Assert.DoesNotContain(result.Actors, a => a.Id == "AQ");
    }

    [Fact]
    public void The_parent_an_apposition_names_does_not_do_the_attack()
    {
        var result = RulesOnly("وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما على مقر الفصيل في بلدة اعزاز شمالي حلب الليلة الماضية.", new DateOnly(2015, 8, 1));
        Assert.Contains(result.Actors, a => a.Id == "AQ");
        Assert.DoesNotContain(result.Events, e => e.Actor1?.Id == "AQ");
    }

    [Fact]
    public void A_branch_with_no_group_before_it_is_the_doer()
    {
        var result = RulesOnly("أعلن فرع تنظيم القاعدة في العراق مسؤوليته عن الهجمات التي قتل فيها 34 شخصا في بغداد.", new DateOnly(2013, 3, 2));
        Assert.Contains(result.Actors, a => a.Id == "ISIL");
        // An aside parent stays among the actors by design: only the claimed deed shows it is the doer.
        Assert.Contains(result.Events, e => e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_group_named_as_the_predicate_after_a_bare_pronoun_is_no_aside()
    {
        // The copula's predicate names the bomber: it must stay a party the event stages see (the rules alone do not
        // link a doer after the deed here, so the mark is read from the actor stage).
        const string body = "وقال المسؤول إن الجماعة التي نفذت التفجير الانتحاري في مدينة عدن أمس هي فرع تنظيم القاعدة في جزيرة العرب.";
        var context = new ExtractionContext(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 8, 1) }, AnalyzedText.Analyze(body));
        new ActorStage(ActorLexicon.Default, WordRoles.EventWords).Run(context);
        Assert.Contains(context.Actors, a => a.ActorId == "AQAP" && !a.IsAside);
    }

    [Fact]
    public void A_parent_after_a_comma_and_a_bare_pronoun_is_still_an_aside()
    {
        const string body = "وشنت جبهة النصرة، هي جناح تنظيم القاعدة في البلاد، هجوما على مقر الفصيل في بلدة اعزاز.";
        var context = new ExtractionContext(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 8, 1) }, AnalyzedText.Analyze(body));
        new ActorStage(ActorLexicon.Default, WordRoles.EventWords).Run(context);
        Assert.Contains(context.Actors, a => a.ActorId == "AQ" && a.IsAside);
    }
}
