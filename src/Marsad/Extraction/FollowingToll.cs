using Marsad.Lexicons;
using Marsad.Text;

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
    /// stands before the toll, on either side of its subject («وأسفرت المواجهات عن», «التفجيرين تسببا في»),
    /// or when the toll's clause goes on to put the dead in a happening named with the article
    /// (<see cref="NamedAfter"/>); else null.
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
        var received = false;
        for (var k = text.Sentences[sentence].First; k < toll.First; k++)
        {
            // «واكدت مصادر طبية تلقي 14 قتيلا»: a hospital's count, in a sentence that names no happening
            // before it, is of the happening just told.
            received |= text.Tokens[k].Clause == text.Tokens[toll.First].Clause && WordRoles.Tolls.Is(text, k, "received", allowClitics: true);
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
        // A capture's dead are those of its own fight: «قتل العشرات خلال معارك تطهير المحافظة» after a town
        // taken tells the campaign's, not the capture's.
        return (named && caused) || (received && !named && e.Type != "CAPTURE") || (e.Type != "CAPTURE" && NamedAfter(index, toll)) ? toll : null;
    }

    /// <summary>
    /// A trigger with the article, or a construct made definite by its last word: «قصف الطائرات», «تبادل
    /// إطلاق النار». A preposition or a word with a clitic before the article's word ends the construct:
    /// «في اشتباكات بين الشرطة والمسلحين» are new clashes.
    /// </summary>
    private static bool Definite(AnalyzedText text, int k)
    {
        for (var j = k; j < text.Tokens.Count && j <= k + 2; j++)
        {
            var t = text.Tokens[j];
            if (!t.IsWord || t.Clause != text.Tokens[k].Clause)
            {
                return false;
            }
            if (t.Segmentations[0].HasArticle)
            {
                return true;
            }
            if (j > k && (t.Segmentations[0].Prefix > 0 || WordRoles.EventWords.IsWord(text, j, "prep")))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>How many words after the count the happening it fell in may be named.</summary>
    private const int AfterWindow = 4;

    /// <summary>
    /// «وقتل اثنان منهم خلال تبادل إطلاق النار»: a word of «during» after the dead, in their clause, then
    /// a trigger with the article: the dead fell in a happening already told. A trigger without the
    /// article there («في هجوم آخر») is a new happening, and the toll is its own.
    /// </summary>
    private static bool NamedAfter(ArticleIndex index, FatalityMention toll)
    {
        var text = index.Text;
        var clause = text.Tokens[toll.End - 1].Clause;
        var during = false;
        for (var k = toll.End; k < text.Tokens.Count && k < toll.End + AfterWindow; k++)
        {
            var t = text.Tokens[k];
            if (t.Clause != clause || t.Kind == TokenKind.Punctuation)
            {
                return false;
            }
            if (index.IsTrigger(k))
            {
                return during && Definite(text, k);
            }
            during |= WordRoles.Tolls.IsWord(text, k, "during");
        }
        return false;
    }
}
