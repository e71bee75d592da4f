using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A town a sentence fronts with a compass gloss («في مدينة دير الزور (شرق)، تدور اشتباكات») is its
/// deeds' place: the gloss is no dateline, so the learned choice may not move the deed to a facility
/// the sentence before named.
/// </summary>
public class PlaceFrontedTownTests
{
    [Theory]
    [InlineData("وقصفت الطائرات محيط مطار حلب الدولي.\nفي مدينة دير الزور (شرق)، تدور اشتباكات عنيفة بين الجيش ومسلحين.")]
    [InlineData("وقال المرصد إن اشتباكات عنيفة دارت في محيط مطار حلب الدولي.\nفي مدينة دير الزور (شرق)، تدور اشتباكات عنيفة بين القوات النظامية ومقاتلين معارضين.")]
    public void A_town_fronted_with_a_compass_gloss_keeps_its_clash_from_the_facility_of_the_sentence_before(string body)
    {
        var second = body.IndexOf('\n', StringComparison.Ordinal);
        var clashes = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2013, 3, 16) }).Events
            .Where(e => e.Type == "ASSAULT" && e.Evidence.Start > second).ToList();

        Assert.NotEmpty(clashes);
        Assert.All(clashes, e => Assert.Equal("دير الزور", e.Location?.Name));
    }

    [Theory]
    [InlineData("في مدينة دير الزور (شرق)، تدور اشتباكات عنيفة", false)]
    [InlineData("في مدينة دير الزور (شمال شرق البلاد)، تدور اشتباكات عنيفة", false)]
    [InlineData("دير الزور (ا ف ب) - تدور اشتباكات عنيفة", true)]
    [InlineData("توجه الوزير الى دير الزور (شرق) غداة اشتباكات عنيفة", true)]
    public void Only_a_parenthesis_that_is_no_compass_gloss_lets_the_choice_reopen_a_place_before_the_trigger(string body, bool reopened)
    {
        var text = AnalyzedText.Analyze(body);
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, text);
        int first = -1, trigger = -1;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (text.Tokens[i].Norm == "دير" && first < 0)
            {
                first = i;
            }
            else if (text.Tokens[i].Norm == "اشتباكات")
            {
                trigger = i;
            }
        }
        var span = new TextSpan(text.Tokens[first].Span.Start, text.Tokens[first + 1].Span.End);
        var place = new PlaceHit(first, first + 2, span,
            new PlaceMention { Text = "دير الزور", Start = span.Start, End = span.End, Name = "دير الزور", Country = "SY", Precision = "point", GazetteerId = "t:dz" });
        context.Places.Add(place);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        var e = new EventCandidate(trigger, trigger + 1, new TriggerEntry("ASSAULT", false, Tense.None, "", null, null, "", 1), new Segmentation("اشتباكات", 0, 0, false))
        {
            Place = place,
            PlaceToken = first,
            PlaceSource = "clause",
        };

        Assert.Equal(reopened, PlaceChoice.FramesReport(index, e));
    }
}
