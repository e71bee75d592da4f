using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The province a sentence opens with («وفي محافظة دير الزور (شرق)، يقصف المقاتلون …»): a report that
/// goes province by province turns to a new one, so the places told in the sentence before it, in
/// another province, are no place of its deeds.
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens a bracketed compass word after the province may span («(شمال غرب)»).</summary>
    private const int FrameBracket = 4;

    /// <summary>
    /// Whether the place <paramref name="mention"/> at <paramref name="token"/> (the article's focus when
    /// negative), told in another sentence than <paramref name="e"/>'s trigger, lies
    /// in another province than the one the trigger's sentence opens with: «وفي محافظة كركوك، أصيب
    /// جندي …» after a sentence about al-Saidiya in Baghdad is not at al-Saidiya. Only a region fronted
    /// alone before a comma (a preposition and a cue before it, a bracketed compass word after it) frames
    /// the sentence; a place with no province (a country) is left to the choice.
    /// </summary>
    internal static bool OutsideFramingProvince(ArticleIndex index, EventCandidate e, PlaceMention mention, int token)
    {
        var sentence = index.Token(e.First).Sentence;
        if ((token >= 0 && index.Token(token).Sentence == sentence) || mention.Admin1 is not { Length: > 0 } admin1)
        {
            return false;
        }
        return FramingProvince(index, sentence, e.First) is { } frame && !string.Equals(frame, admin1, StringComparison.Ordinal);
    }

    /// <summary>The province (admin1) of a region fronted at the start of sentence <paramref name="sentence"/> before token <paramref name="before"/>, or null.</summary>
    private static string? FramingProvince(ArticleIndex index, int sentence, int before)
    {
        var unit = index.Text.Sentences[sentence];
        var i = index.FirstPlaceFrom(unit.First);
        if (i >= index.Places.Count || index.Places[i] is not { } frame || frame.End > before
            || frame.Mention.Precision != "region" || ProvinceOf(index, frame) is not { } admin1)
        {
            return null;
        }
        var lexicon = Geo.PlaceLexicon.Default;
        var preposition = frame.Span.Start > index.Token(frame.First).Span.Start;
        for (var k = unit.First; k < frame.First; k++)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                return null;
            }
            var word = Text.Proclitics.WithoutOne(t.Norm, Text.Proclitics.And, 2);
            if (lexicon.Prepositions.Contains(word))
            {
                preposition = true;
            }
            else if (!lexicon.Cues.ContainsKey(word))
            {
                return null;
            }
        }
        var next = frame.End;
        if (next < before && index.Token(next).Norm == "(")
        {
            var close = next + 1;
            while (close < Math.Min(before, next + FrameBracket) && index.Token(close).Norm != ")")
            {
                close++;
            }
            next = close + 1;
        }
        return preposition && next < before && index.Token(next).Norm is "،" or "," ? admin1 : null;
    }

    /// <summary>
    /// The province a region stands for: its admin1, or, for a governorate the gazetteer gives none
    /// («محافظة كركوك», «محافظة صلاح الدين»), its name after the governorate word, which is how the
    /// gazetteer names the province of its towns (Tikrit's is «صلاح الدين»).
    /// </summary>
    private static string? ProvinceOf(ArticleIndex index, PlaceHit region)
    {
        if (region.Mention.Admin1 is { Length: > 0 } admin1)
        {
            return admin1;
        }
        var name = region.Mention.Name;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Geo.PlaceLexicon.Default.Cues.TryGetValue(index.Token(region.First).Norm, out var kind) && kind == "governorate" ? name[(space + 1)..] : null;
    }
}
