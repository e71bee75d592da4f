using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «لهم صلات بإيران والعراق ولبنان», «خلية على علاقة بسوريا», «ميليشيات مدعومة من إيران»: a place
/// behind a word of a tie between parties names whom the doer or the victim is tied to, not where
/// the deed happens (s28-placefocus).
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>The prepositions a tie word brings its party in with: the values of place_link_words.tsv's prep column.</summary>
    private static readonly HashSet<string> LinkPreps = Geo.PlaceLexicon.Default.LinkWords.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="p"/> when it is a tied party, else null: behind a tie word itself, or joined
    /// by «و» right after the tied party before it (<paramref name="linked"/>, «صلات بإيران والعراق»).
    /// </summary>
    private static PlaceHit? TiedParty(ArticleIndex index, PlaceHit p, PlaceHit? linked) =>
        AfterLink(index, p) || (linked is not null && linked.End == p.First && JoinedByAnd(index, p)) ? p : null;

    /// <summary>
    /// «اعتقلت ثمانية بحرينيين وإن لهم صلات بإيران», «خلية على علاقة بسوريا», «ميليشيات مدعومة من
    /// إيران»: a place behind a word of a tie between parties (place_link_words.tsv) and its
    /// preposition names whom the doer or the victim is tied to, not where the deed happens; the
    /// preposition stands on the place's own token («بإيران») or as a word between («بدعم من إيران»).
    /// </summary>
    private static bool AfterLink(ArticleIndex index, PlaceHit p)
    {
        var links = Geo.PlaceLexicon.Default.LinkWords;
        if (links.Count == 0 || p.First < 1)
        {
            return false;
        }
        var token = index.Token(p.First);
        var clitic = index.Text.Body.Substring(token.Span.Start, Math.Max(0, Math.Min(p.Span.Start - token.Span.Start, token.Span.Length)));
        int word;
        string prep;
        if (WawClitic.OpensWith(clitic))
        {
            clitic = clitic[1..];
        }
        // «للسعودية»: the preposition «ل» written before the article's own «ل».
        if (clitic.Length > 0 && LinkPreps.Contains(clitic[..1]) && (clitic.Length == 1 || (clitic.Length == 2 && clitic[1] == clitic[0])))
        {
            (word, prep) = (p.First - 1, clitic[..1]);
        }
        else if (clitic.Length == 0 && p.First >= 2 && index.Token(p.First - 1).IsWord && LinkPreps.Contains(index.Token(p.First - 1).Norm))
        {
            (word, prep) = (p.First - 2, index.Token(p.First - 1).Norm);
        }
        else
        {
            return false;
        }
        var w = index.Token(word);
        if (!w.IsWord || w.Sentence != token.Sentence)
        {
            return false;
        }
        // «وعلاقاتها», «ومرتبطة»: the conjunction written on the word.
        var key = w.Norm;
        return (links.TryGetValue(key, out var wanted) || (key.Length > 2 && WawClitic.OpensWith(key) && links.TryGetValue(key[1..], out wanted)))
            && string.Equals(wanted, prep, StringComparison.Ordinal);
    }

    /// <summary>The place's own token carries the conjunction before its name («والعراق», «وبلبنان»).</summary>
    private static bool JoinedByAnd(ArticleIndex index, PlaceHit p)
    {
        var token = index.Token(p.First);
        return p.Span.Start - token.Span.Start is 1 or 2 && WawClitic.OpensWith(token.Norm);
    }
}
