using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>A deed its own sentence tells at a place it does not name.</summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// «توقيف أربعة … خلال اضطرابات جرت ليلا في قرية شيعية», «القبض على 251 شخصا … في 13 محافظة»: an
    /// indefinite settlement or area word behind «في» or «ب», after the deed's trigger in its sentence,
    /// with a count before it or, after it, a word that describes it (place_unnamed_words.tsv: «أخرى»,
    /// «متفرقة»), a nisba adjective («شيعية», «تركية») or the end of the clause, tells the deed at a
    /// place the text leaves unnamed. The places of the sentence before belong to its own deeds
    /// («في قرية شيعية قريبة من المنامة» of another day's clash), not to this one: the deed is in the country.
    /// The scan stops at a word of contrast («بينما», «فيما»: place_clause_joiners.tsv), which opens another deed's clause.
    /// </summary>
    internal static bool UnnamedPlace(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        var joiners = Geo.PlaceLexicon.Default.ClauseJoiners;
        for (var k = e.End; k < sentence.End; k++)
        {
            // «حصاراً على المدينتين بينما تستمر المعارك … في مناطق أخرى»: past a word of contrast the unnamed place is another deed's.
            if (joiners.Contains(index.Token(k).Norm))
            {
                return false;
            }
            if (index.Token(k).IsWord && index.PlaceAt(k) is null && UnnamedAt(index, k, sentence.End))
            {
                return true;
            }
        }
        return false;
    }

    private static bool UnnamedAt(ArticleIndex index, int k, int end)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        var t = index.Token(k);
        var behindIn = false;
        var settlement = false;
        foreach (var s in t.Segmentations)
        {
            if (s.Suffix != 0 || s.HasArticle || !lexicon.Cues.TryGetValue(s.Base, out var kind) || kind is not ("settlement" or "governorate" or "area" or "district"))
            {
                continue;
            }
            settlement = true;
            // «بقرية أخرى»: the preposition written on the noun.
            behindIn |= s.Prefix > 0 && t.Norm[..s.Prefix] is "ب" or "وب";
        }
        if (!settlement)
        {
            return false;
        }
        var counted = k >= 1 && (index.IsCountAt(k - 1) || lexicon.UnnamedWords.Contains(index.Token(k - 1).Norm));
        var head = counted ? k - 2 : k - 1;
        behindIn |= head >= 0 && index.Token(head).Norm is "في" or "وفي";
        if (!behindIn)
        {
            return false;
        }
        if (counted || k + 1 >= end)
        {
            return true;
        }
        var next = index.Token(k + 1);
        if (!next.IsWord)
        {
            return next.Kind == TokenKind.Punctuation && next.Norm is "." or "،" or "," or "؛";
        }
        return index.PlaceAt(k + 1) is null
            && (lexicon.UnnamedWords.Contains(next.Norm) || (!next.Norm.StartsWith("ال", StringComparison.Ordinal) && next.Norm.Length > 3 && next.Norm.EndsWith(Nisba, StringComparison.Ordinal)));
    }

    /// <summary>The feminine nisba ending, folded as token norms are («شيعية»).</summary>
    private static readonly string Nisba = ArabicNormalizer.NormalizeKey("ية");
}
