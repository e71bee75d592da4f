using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>Where a deed was only heard, or where it was calm: «يسمع سكان X أصوات انفجارات», «ساد الهدوء حي X».</summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens back from a place to the word of hearing or calm, at most («وسمعها بوضوح سكان وسط العاصمة ومناطق ركن الدين والشيخ سعد والمزة»: 9).</summary>
    private const int HeardReach = 10;

    /// <summary>Tokens back from the people who hear to the verb of hearing («وسمعها بوضوح سكان»: 2).</summary>
    private const int HearerReach = 3;

    /// <summary>
    /// «يسمع سكان العاصمة أصوات انفجارات …، وسمعها بوضوح سكان وسط العاصمة ومناطق X وY», «في حين ساد الهدوء حي X»:
    /// a place after the people who hear (behind a verb of hearing, place_hearing_words.tsv) is where the deed was heard,
    /// and a place after a word of calm is where nothing happened; neither is where the deed struck. A deed's trigger
    /// between the word and the place («سمع السكان أصوات قصف على حي X») makes the place the deed's: the walk stops there,
    /// as it does at the sentence's end. Only places told after the deed are read: the town where a blast was heard, told
    /// before it («يسمع سكان دمشق أصوات قصف»), is left a candidate (when the text says no more, the blast was near it), and
    /// «عاد الهدوء إلى حي X بعد اشتباكات» is calm after the deed at X.
    /// </summary>
    internal static bool HeardOnly(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        // «عاد الهدوء إلى حي X بعد اشتباكات»: the calm that follows a deed told after the place is no word on the deed's place.
        if (p.First <= e.First)
        {
            return false;
        }
        var words = Geo.PlaceLexicon.Default.HearingWords;
        var sentence = index.Token(p.First).Sentence;
        for (var k = p.First - 1; k >= Math.Max(0, p.First - HeardReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || index.IsTrigger(k) || (t.Kind == TokenKind.Punctuation && t.Norm is "." or "؛" or ";" or ":"))
            {
                return false;
            }
            if (!t.IsWord || !words.TryGetValue(Unjoined(t.Norm, words), out var kind))
            {
                continue;
            }
            return kind switch
            {
                "calm" => true,
                "hearer" => HeardBy(index, k, words),
                _ => false,
            };
        }
        return false;
    }

    /// <summary>True when a verb of hearing stands just before the people who hear at <paramref name="hearer"/> («وسمعها بوضوح سكان»).</summary>
    private static bool HeardBy(ArticleIndex index, int hearer, Dictionary<string, string> words)
    {
        for (var k = hearer - 1; k >= Math.Max(0, hearer - HearerReach); k--)
        {
            var t = index.Token(k);
            if (t.IsWord && words.TryGetValue(Unjoined(t.Norm, words), out var kind) && kind == "hear")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word without the conjunction written on it («وسمعها», «ويسمعه»), when the bare word is listed.</summary>
    private static string Unjoined(string norm, Dictionary<string, string> words) =>
        words.ContainsKey(norm) ? norm : Text.Proclitics.WithoutOne(norm, Text.Proclitics.Conjunctions, 3) is var bare && words.ContainsKey(bare) ? bare : norm;
}
