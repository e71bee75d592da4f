using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// The members of a list of quarters (s32-quarters): «أحياء جوبر والقدم والتضامن», «حيي القدم
/// والعسالي». A plural or dual quarter word says that every member after it is a quarter, so a
/// member the gazetteer holds only with its quarter word («حي القدم»: bare, «القدم» is the foot and
/// a Yemeni village; «التضامن» is solidarity) is read as that quarter.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>How far back from a member the quarter word that opens its list may stand.</summary>
    private const int QuarterListReach = 8;

    /// <summary>
    /// The quarter a list member names, right after a plural or dual quarter word or after «و» right
    /// after the member before it, when a row names «حي» with it; a single word the gazetteer also holds bare keeps those rows
    /// beside the quarter's, and the article's places choose. Anything else is returned as found.
    /// </summary>
    private Match? QuarterListMember(AnalyzedText text, int i, Match? named, Match? before)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (named is not null && named.End > i + 1 || !t.IsWord || L.QuarterHeads.Count == 0)
        {
            return named;
        }
        // The first member stands right after the quarter word; a later one, after «و», right after
        // the member before it (a comma between or not), itself read as a quarter, so «أحياء دمشق
        // للقصف والتضامن» lists nothing («للقصف» may be a village's name, never a quarter of the list).
        var first = i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Sentence == t.Sentence && L.QuarterListCues.Contains(tokens[i - 1].Norm);
        var later = !first && t.Norm.Length >= 3 && t.Norm[0] == 'و' && before is { CueKind: "district" }
            && (before.End == i || before.End == i - 1 && tokens[i - 1].IsComma) && OpensQuarterList(text, i);
        if (!first && !later)
        {
            return named;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix != (first ? 0 : 1) || r.Suffix != 0)
            {
                continue;
            }
            foreach (var head in L.QuarterHeads)
            {
                var key = head + " " + r.Base;
                var rows = G.Lookup(key);
                if (rows.Count == 0)
                {
                    continue;
                }
                var quarter = rows.ToArray();
                return new Match
                {
                    First = i,
                    End = i + 1,
                    Span = text.BaseSpan(t, r),
                    Key = key,
                    Rows = named is null ? quarter : Union(quarter, named.Rows),
                };
            }
        }
        return named;
    }

    /// <summary>Whether a plural or dual quarter word stands before the member, with only words and commas between.</summary>
    private bool OpensQuarterList(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        var sentence = tokens[i].Sentence;
        for (var k = i - 1; k >= 0 && k >= i - QuarterListReach && tokens[k].Sentence == sentence; k--)
        {
            var w = tokens[k];
            if (w.IsWord)
            {
                if (L.QuarterListCues.Contains(w.Norm))
                {
                    return true;
                }
                if (L.Prepositions.Contains(w.Norm))
                {
                    return false;
                }
                continue;
            }
            if (!w.IsComma)
            {
                return false;
            }
        }
        return false;
    }
}
