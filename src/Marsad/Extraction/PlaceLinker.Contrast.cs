using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>A place in a clause that «في حين», «بينما» or «فيما» opens for another deed: «يتعرض حي جوبر للقصف في حين تدور اشتباكات في حي الحجر الاسود».</summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// «يتعرض حي جوبر للقصف من القوات النظامية في حين تدور اشتباكات في حي الحجر الاسود», «قصفت القوات
    /// حي الخالدية، بينما دارت اشتباكات في حي القدم»: a word of contrast (place_clause_joiners.tsv; «حين»
    /// only after «في», alone it is «when») after the deed opens a clause of its own, and a place named in
    /// it after another deed's trigger is that deed's, not the one told before the word. A clause of state
    /// («بينما كان يتنقل في سيارة قرب بلدة X», «فيما يبدو») tells where the deed met its people: its
    /// place stays; so does a place with no trigger between the word and it.
    /// </summary>
    internal static bool InOtherDeedsClause(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        if (p.First < e.End)
        {
            return false;
        }
        var sentence = index.Token(e.First).Sentence;
        if (index.Token(p.First).Sentence != sentence)
        {
            return false;
        }
        var joiners = Geo.PlaceLexicon.Default.ClauseJoiners;
        var opened = false;
        for (var k = e.End; k < p.First; k++)
        {
            var t = index.Token(k);
            if (!opened)
            {
                if (t.IsWord && joiners.Contains(t.Norm) && (t.Norm is not ("حين" or "وحين") || (k > 0 && index.Token(k - 1).Norm is "في" or "وفي")))
                {
                    // «بينما كان», «فيما يبدو»: a state of those the deed met, or an aside, not another deed.
                    var next = k + 1 < index.Count ? index.Token(k + 1) : null;
                    if (next is null || index.IsRole(k + 1, "was", true) || next.Norm is "يبدو" or "بدا")
                    {
                        return false;
                    }
                    opened = true;
                }
                continue;
            }
            if (index.IsTrigger(k))
            {
                return true;
            }
        }
        return false;
    }
}
