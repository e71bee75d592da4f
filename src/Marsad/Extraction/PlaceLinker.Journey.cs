using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The ends of a journey or of a flight told beside a deed: «في طريق عودته من دمشق إلى بيروت», «وفر آخرون إلى X».</summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens back from the word that governs the place to the word of the journey or the flight, at most.</summary>
    private const int JourneyReach = 6;

    /// <summary>Words that are none of a journey's phrase (the subject of «فر آخرون إلى») between a word of fleeing and its «إلى», at most.</summary>
    private const int FleeSubjectWords = 2;

    /// <summary>
    /// «اغتيل في طريق عودته من دمشق إلى بيروت», «قتل أثناء عودته إلى لبنان», «قتل أربعة منهم وفر آخرون
    /// إلى منطقة X»: a place that ends a journey (after «إلى», or after «من» of «من X إلى Y») which a
    /// word of the way or of travelling while (place_journey_words.tsv) opens, or where those who fled
    /// went, is no place of a deed of force told before that word: the deed was done on the way, and
    /// the flight came after it. A deed told after it («فر إلى تركيا حيث اعتقل») may be at its end, and
    /// so may a massing of forces (MOBILIZE: where they go is where they mass) or a road's closing.
    /// «عند عودته إلى X» (on arriving) is not read: a travel noun counts only after a word of while
    /// or of the way; where the fleeing came from may be the scene, so only a flight's «إلى» is read.
    /// Where the people a deed took were led («بنقلهم إلى», «واقتادوهم إلى», «كانت تنقلهم إلى»: a word of
    /// taking with their pronoun) is read as a flight's end is.
    /// So is the country those a deed met were heading to, told as their state («قافلة كانت متجهة من سوريا
    /// إلى لبنان», «وهم متوجهون إلى تركيا»): they had not crossed into it. A town they were heading to is
    /// left («عندما كانوا متوجهين إلى مدينة إدلب», «بينما كانوا متوجهين إلى بلدة جملة التي اعتقلوا على مقربة
    /// منها»: the deed is most often near it, and the text names no nearer place), and so is an attributive
    /// participle («القوات المتجهة إلى X»).
    /// </summary>
    internal static bool JourneyEnd(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        if (!EventTypes.IsUseOfForce(e.Type) || e.Type is "MOBILIZE" || EventTypes.IsRouteEvent(e.Type))
        {
            return false;
        }
        if (GoverningWord(index, p) is not { } governor)
        {
            return false;
        }
        var role = PlaceGovernors.OpensOrigin(index.Text, governor) ? PlaceRole.Origin : PlaceGovernors.RoleOfWord(index.Token(governor).Norm);
        // «في طريقها من سوريا إلى سهل البقاع في لبنان»: the country that frames an end is that end.
        if (role == PlaceRole.At && governor > 0 && index.PlaceAt(governor - 1) is { } framed && framed.End == governor && framed.First < p.First)
        {
            return JourneyEnd(index, e, framed);
        }
        if (role is not (PlaceRole.Toward or PlaceRole.Origin))
        {
            return false;
        }
        var words = Geo.PlaceLexicon.Default.JourneyWords;
        var sentence = index.Token(p.First).Sentence;
        var others = 0;
        for (var k = governor - 1; k >= Math.Max(0, governor - JourneyReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || (t.Kind == TokenKind.Punctuation && !t.IsDoubleQuote))
            {
                return false;
            }
            if (!t.IsWord)
            {
                continue;
            }
            // A participle of coming (kind from) is read by HomeOfPeople and counts here as any word.
            if (words.TryGetValue(t.Norm, out var kind) && kind != "from")
            {
                var journey = kind switch
                {
                    "way" => others == 0,
                    "travel" => others == 0 && k > 0 && words.TryGetValue(index.Token(k - 1).Norm, out var before) && before is "while" or "way",
                    "flee" => role == PlaceRole.Toward && !PriorFlight(index, k),
                    // «اختطاف 220 شخصا من القريتين … بنقلهم إلى مدينة تدمر»: where the people a deed took were led.
                    "taken" => role == PlaceRole.Toward,
                    // «استهدفت قافلة كانت متجهة من سوريا إلى لبنان»: the country those the deed met were heading to, not yet reached.
                    "bound" => role == PlaceRole.Toward && p.Mention.Precision == "country" && k > 0 && words.TryGetValue(index.Token(k - 1).Norm, out var state) && state is "before" or "while" or "being",
                    _ => false,
                };
                return journey && e.First < k;
            }
            if (index.PlaceAt(k) is null && !IsCue(t) && !PlaceGovernors.IsWordOfPlace(t.Norm) && !PlaceGovernors.OpensOrigin(index.Text, k) && ++others > FleeSubjectWords)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The token of the word that governs the place: the first word before it that is not a cue, a site's head or a quote, at most three back.</summary>
    private static int? GoverningWord(ArticleIndex index, PlaceHit p)
    {
        var sentence = index.Token(p.First).Sentence;
        for (var k = p.First - 1; k >= Math.Max(0, p.First - 4); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence)
            {
                return null;
            }
            // «إلى منطقة جزيرة الخالدية»: a cue, or the head of a site the gazetteer names without it.
            if (t.IsDoubleQuote || (t.IsWord && (IsCue(t) || Geo.PlaceLexicon.Default.FacilityHeads.ContainsKey(t.Norm))))
            {
                continue;
            }
            return t.IsWord ? k : null;
        }
        return null;
    }

    /// <summary>
    /// «هاجموا قافلة من الجنود السوريين قد فروا عبر الحدود إلى العراق»: a flight told with «قد», «كان» or a relative
    /// pronoun before it came before the deed, which may have met the fleeing where they went.
    /// </summary>
    private static bool PriorFlight(ArticleIndex index, int flee) =>
        flee > 0 && index.Token(flee - 1) is { IsWord: true } t && Geo.PlaceLexicon.Default.JourneyWords.TryGetValue(t.Norm, out var kind) && kind == "before";

}
