using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>A place a deed's aim names: another side's deed it would stop or answer, the people it stands for.</summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens back from the place to the word that opens the aim, at most («لإيقاف هجومه ضد الزبداني»: 3; «ردا، بحسب قولها، على تعرض بلدة X»: 7).</summary>
    private const int AimReach = 8;

    /// <summary>
    /// «شنت قوات المعارضة هجوما ضد أربع بلدات، بهدف الضغط على حزب الله لإيقاف هجومه ضد الزبداني», «قصفوا
    /// معسكري نبل والزهراء نصرة لأهلنا في الزبداني»: a place inside a clause of aim (place_aim_words.tsv)
    /// told after the deed's trigger is where another deed the deed would stop, relieve or answer takes place,
    /// or where the people it stands for live; the deed itself was elsewhere. For the words of stopping or
    /// answering, another deed's trigger must stand between the word and the place: «بهدف استعادة تكريت» is
    /// the doer's own aim at the place it attacks, and no such word is listed. A word of suffering a deed
    /// («ردا، بحسب قولها، على تعرض بلدة X لهجوم») stands for that trigger: the deed it answers is told after X.
    /// </summary>
    internal static bool AimElsewhere(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        // «ردا على تعرض بلدة الزبداني في ريف دمشق لهجوم»: the region that frames the aim's place is the aim's too.
        if (GoverningWord(index, p) is { } governor && governor > 0 && PlaceGovernors.RoleOfWord(index.Token(governor).Norm) == PlaceRole.At
            && index.PlaceAt(governor - 1) is { } framed && framed.End == governor && framed.First < p.First && AimElsewhere(index, e, framed))
        {
            return true;
        }
        var words = Geo.PlaceLexicon.Default.AimWords;
        var sentence = index.Token(p.First).Sentence;
        var other = false;
        for (var k = p.First - 1; k >= Math.Max(e.End, p.First - AimReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || (t.Kind == TokenKind.Punctuation && t.Norm is "." or "؛" or ";" or ":"))
            {
                return false;
            }
            if (!t.IsWord)
            {
                continue;
            }
            if (words.TryGetValue(t.Norm, out var kind))
            {
                // «ردا على تعرض بلدة X لهجوم»: the place suffered the deed answered, whose own word comes after it.
                if (kind is "suffer")
                {
                    other = true;
                    continue;
                }
                return kind is "people" || other;
            }
            other |= index.IsTrigger(k);
        }
        return false;
    }
}
