using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class PlaceLinker
{
    /// <summary>Tokens back from a place to the hospital word whose town it names, over the members of a list («مشافي القرداحة واللاذقية والسقيلبية»).</summary>
    private const int CareListReach = 8;

    /// <summary>Tokens after the place (or its list) within which the hurt are named («مشافي … بجرحى عناصرها»).</summary>
    private const int CareHurtReach = 6;

    /// <summary>
    /// «توفي جنديان اليوم بمستشفى الرمادي العام متأثرين بجروحهما», «تغص مشافي القرداحة والسقيلبية بجرحى
    /// عناصرها»: the town a hospital is named by, where the hurt lie or die, is no place of the deed that hurt
    /// them. A place right after a health word of place_facility_heads.tsv (or a later member of the list it
    /// opens), when the hurt or their treatment (place_carried_to.tsv, kinds hurt and treat) are named: anywhere
    /// in the sentence when the hospital is where someone is («بمستشفى», «في مستشفى», «إلى مستشفى»), or within
    /// CareHurtReach tokens after the place otherwise. Not a hospital struck: «قصفت الطائرات مستشفى حلب»
    /// names it as the object, with no preposition and no one lying there.
    /// </summary>
    internal static bool CaredAt(ArticleIndex index, PlaceHit p)
    {
        var sentence = index.Token(p.First).Sentence;
        var head = HealthHeadBefore(index, p.First, sentence);
        if (head < 0)
        {
            return false;
        }
        var words = Geo.PlaceLexicon.Default.CarriedTo;
        bool Cared(int from, int to) =>
            KindBetween(index, words, sentence, from, to, "hurt") is not null || KindBetween(index, words, sentence, from, to, "treat") is not null;
        if (WhereOneIs(index, head, sentence))
        {
            var first = head;
            while (first > 0 && index.Token(first - 1).Sentence == sentence)
            {
                first--;
            }
            var end = p.End;
            while (end < index.Count && index.Token(end).Sentence == sentence)
            {
                end++;
            }
            return Cared(first, end);
        }
        return Cared(p.End, p.End + CareHurtReach);
    }

    /// <summary>The health word right before the place, or before the list whose later member it is; -1 when none.</summary>
    private static int HealthHeadBefore(ArticleIndex index, int first, int sentence)
    {
        if (IsHealthHead(index.Token(Math.Max(0, first - 1))) && first > 0 && index.Token(first - 1).Sentence == sentence)
        {
            return first - 1;
        }
        // A later member of a list opens with «و»: walk back over the members before it to the list's hospital word.
        if (!index.Token(first).Norm.StartsWith('و'))
        {
            return -1;
        }
        for (var k = first - 1; k >= Math.Max(0, first - CareListReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || !(t.IsWord || t.IsComma))
            {
                return -1;
            }
            if (IsHealthHead(t))
            {
                return k;
            }
        }
        return -1;
    }

    private static bool IsHealthHead(Token t)
    {
        if (!t.IsWord)
        {
            return false;
        }
        var heads = Geo.PlaceLexicon.Default.FacilityHeads;
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && heads.TryGetValue(r.Base, out var kind) && string.Equals(kind, "health", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«بمستشفى», «في مستشفى», «إلى مستشفى»: the hospital as where someone is or is taken.</summary>
    private static bool WhereOneIs(ArticleIndex index, int head, int sentence)
    {
        var t = index.Token(head);
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && t.Norm[..r.Prefix].Contains('ب', StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (head == 0 || index.Token(head - 1).Sentence != sentence)
        {
            return false;
        }
        var before = index.Token(head - 1).Norm;
        return index.Words.IsWholeWord(before, "to") || before is "في" or "فى";
    }
}
