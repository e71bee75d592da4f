using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>
/// The sentence scans the actor choices keep per sentence or per mention answer every candidate as
/// a scan of its own would, whatever order the candidates ask in.
/// </summary>
public class SentenceScanMemoTests
{
    // Tokens: 0 قصفت 1 الطائرات 2 البلدة 3 ثم 4 قال 5 الجيش 6 إن 7 القوات 8 ردت 9 . | 10 ثم 11 قصفت 12 المدفعية 13 القرية
    private const string Body = "قصفت الطائرات البلدة ثم قال الجيش إن القوات ردت. ثم قصفت المدفعية القرية";

    private static ArticleIndex Index()
    {
        var context = new ExtractionContext(new Article { Source = "test", Body = Body }, AnalyzedText.Analyze(Body));
        return new ArticleIndex(context, WordRoles.EventWords);
    }

    [Fact]
    public void A_verb_of_saying_counts_only_for_the_candidates_after_it_in_any_order_of_asking()
    {
        var index = Index();
        Assert.Equal(4, index.Text.Tokens.ToList().FindIndex(t => t.Norm == "قال"));
        Assert.Equal(1, index.Text.Tokens[11].Sentence);
        var words = new ActorArguments.FirstSourceWord(index.Text.Sentences.Count);
        // Far first, then near, then before the verb: the kept answer must not leak to an earlier token.
        foreach (var to in new[] { 8, 2, 5, 4, 0, 9, 3 })
        {
            Assert.Equal(to > 4, words.Before(index, 0, to));
        }
    }

    [Fact]
    public void A_sentence_without_a_verb_of_saying_reports_nothing_even_after_another_sentence_did()
    {
        var index = Index();
        var words = new ActorArguments.FirstSourceWord(index.Text.Sentences.Count);
        Assert.True(words.Before(index, 0, 8));
        Assert.False(words.Before(index, 1, 12));
        Assert.False(words.Before(index, 1, 14));
        Assert.True(words.Before(index, 0, 6));
        Assert.False(words.Before(index, 0, 3));
    }

    [Fact]
    public void Every_candidate_after_a_teller_in_its_sentence_reads_the_teller_as_reporting_whichever_asks_first()
    {
        // Tokens: 0 قال 1 الجيش 2 إن 3 الطائرات 4 قصفت 5 البلدة 6 وقصفت 7 المدفعية 8 القرية
        const string body = "قال الجيش إن الطائرات قصفت البلدة وقصفت المدفعية القرية";
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, AnalyzedText.Analyze(body));
        context.Actors.Add(new ActorHit(1, 2, new TextSpan(0, 1), "ARMY"));
        context.Actors.Add(new ActorHit(7, 8, new TextSpan(0, 1), "OTHER"));
        var index = new ArticleIndex(context, WordRoles.EventWords);
        var trigger = new TriggerEntry("REMOTE", true, Tense.Past, "patient", null, null, "", 1.0);
        EventCandidate At(int token) => new(token, token + 1, trigger, index.Text.Tokens[token].Segmentations[0]);

        // The later candidate asks first: the speaker's verb it keeps must serve the earlier one too.
        var later = ActorArguments.Tellers.Of(index, At(8));
        var earlier = ActorArguments.Tellers.Of(index, At(4));
        Assert.True(later["ARMY"].Reports);
        Assert.True(earlier["ARMY"].Reports);
        Assert.False(later["OTHER"].Reports);
        Assert.False(ActorArguments.Tellers.Of(index, At(0))["ARMY"].Reports);
    }
}
