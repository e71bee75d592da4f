using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// The toll of an event told in the sentence after it, where that sentence names the same happening
/// again with the article and states what it caused: «اقتحمت القوات الجامعة فجر اليوم.» then
/// «وأسفرت المواجهات عن مقتل 29 مسلحا.»; «… فجر انتحاريان نفسيهما داخل الثكنة.» then «وأضاف أن
/// التفجيرين تسببا في مقتل 21». Vocabulary: the consequence words of data/lexicons/toll_words.tsv.
/// </summary>
internal static class FollowingToll
{
    /// <summary>
    /// The first numbered toll of the sentence after the event's, when every trigger before it in that
    /// sentence has the article (the happening named again, not a new one) and a consequence word
    /// stands before the toll, on either side of its subject («وأسفرت المواجهات عن», «التفجيرين تسببا في»); else null.
    /// </summary>
    public static FatalityMention? Find(ArticleIndex index, EventCandidate e)
    {
        var text = index.Text;
        var sentence = text.Tokens[e.First].Sentence + 1;
        if (sentence >= text.Sentences.Count || FatalityFinder.FirstNumberedIn(index.Fatalities, text, sentence) is not { } toll)
        {
            return null;
        }
        var named = false;
        var caused = false;
        for (var k = text.Sentences[sentence].First; k < toll.First; k++)
        {
            if (index.IsTrigger(k))
            {
                // «وأسفر هجوم آخر عن …»: a happening named without the article is a new one, with its own toll.
                if (!text.Tokens[k].Segmentations[0].HasArticle)
                {
                    return null;
                }
                named = true;
            }
            else if (WordRoles.Tolls.Is(text, k, "consequence", allowClitics: true))
            {
                caused = true;
            }
        }
        return named && caused ? toll : null;
    }
}
