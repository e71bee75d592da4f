using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class PlaceLinker
{
    /// <summary>Tokens back from «إلى» to the word of taking («نقل 4 جرحى من أفراد الجيش السوري النظامي إلى»: 8).</summary>
    private const int CarryReach = 8;

    /// <summary>
    /// Tokens back from the word of taking where the hurt may be named («إصابة رئيس المجلس بجروح خطيرة نقل»); the
    /// search runs from there up to «إلى», so it also covers the words between the taking and «إلى» («ونقل الجرحى إلى»).
    /// </summary>
    private const int HurtReach = 5;

    /// <summary>Words between «إلى» and the name («مستشفى», «مدينة»), at most.</summary>
    private const int DestinationSkip = 3;

    /// <summary>Tokens after the place within which «لتلقي العلاج» says what the taking was for.</summary>
    private const int TreatReach = 5;

    /// <summary>
    /// «ونقلت المصابين إلى مستشفى قريب», «أصيب بجروح خطيرة نقل على إثرها إلى مدينة السليمانية لتلقي
    /// العلاج»: where the hurt or the dead were taken is no place of the deed that hurt them. A place a
    /// few words after «إلى» (at most DestinationSkip between) with a word of taking (place_carried_to.tsv) at most
    /// CarryReach tokens before «إلى», when the hurt are named from HurtReach tokens before the taking word up to «إلى»,
    /// or the treatment within TreatReach tokens after the place. Not any taking: «ينقل الأسلحة
    /// إلى لبنان», «نقل التظاهرات إلى بغداد» name no one hurt, and there the destination may be the place.
    /// </summary>
    private static bool CarriedTo(ArticleIndex index, PlaceHit p)
    {
        // It depends on the place alone: read once per place, not once per event of the article.
        var marks = index.CarriedToPlaces ??= new Dictionary<PlaceHit, bool>(ReferenceEqualityComparer.Instance);
        if (!marks.TryGetValue(p, out var carried))
        {
            carried = ReadCarriedTo(index, p);
            marks[p] = carried;
        }
        return carried;
    }

    private static bool ReadCarriedTo(ArticleIndex index, PlaceHit p)
    {
        var words = Geo.PlaceLexicon.Default.CarriedTo;
        var sentence = index.Token(p.First).Sentence;
        var to = -1;
        for (var k = p.First - 1; k >= Math.Max(0, p.First - 1 - DestinationSkip); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || !t.IsWord)
            {
                return false;
            }
            if (index.Words.IsWholeWord(t.Norm, "to"))
            {
                to = k;
                break;
            }
        }
        if (to < 0 || KindBetween(index, words, sentence, to - CarryReach, to, "carry") is not { } carry)
        {
            return false;
        }
        return KindBetween(index, words, sentence, carry - HurtReach, to, "hurt") is not null
            || KindBetween(index, words, sentence, p.End, p.End + TreatReach, "treat") is not null;
    }

    /// <summary>The last token in [from, to) of the sentence whose word is of <paramref name="kind"/> in place_carried_to.tsv, or null.</summary>
    private static int? KindBetween(ArticleIndex index, Dictionary<string, string> words, int sentence, int from, int to, string kind)
    {
        for (var k = Math.Min(to, index.Count) - 1; k >= Math.Max(0, from); k--)
        {
            var t = index.Token(k);
            if (t.Sentence == sentence && t.IsWord && words.TryGetValue(t.Norm, out var found) && string.Equals(found, kind, StringComparison.Ordinal))
            {
                return k;
            }
        }
        return null;
    }
}
