using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// The relative phrases that name a place by another: «ريف X», «الريف الشمالي لـX», «شمال X»,
/// «جنوب شرقي X», «شمالي البلاد», with the bearing they give.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// Relative phrases: «ريف X», «ريف X الشمالي», «الريف الشمالي لـX», «شمال X», «جنوب شرقي X»,
    /// «شمالي البلاد». A curated feature of the same words («ريف حلب الشمالي») wins over the rule.
    /// </summary>
    private Match? Relative(AnalyzedText text, int i, Match? named)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord)
        {
            return null;
        }
        var head = BaseOf(t, out var headPrefix);
        // A longer name wins over the rule, except a curated «ريف إدلب» before a direction
        // («ريف إدلب الجنوبي»), which the rule reads as the southern countryside, not all of it.
        var directedRural = head == "ريف" && named is not null && named.End < tokens.Count
            && tokens[named.End].Sentence == t.Sentence && L.DirectionAdjectives.ContainsKey(tokens[named.End].Norm);
        if (named is not null && named.End - named.First >= 2 && !directedRural)
        {
            return null;
        }
        TextSpan Start() => new(t.Span.Start + headPrefix, t.Span.End);
        if ((CompassNisba(text, i) ?? BareCompass(text, i, named)) is { } part)
        {
            return part;
        }
        if (head == "ريف" && i + 1 < tokens.Count)
        {
            var x = NameAt(text, i + 1);
            if (x is null || tokens[i + 1].Span.Start != x.Span.Start || !HasSettlementOrRegion(x))
            {
                return null;
            }
            var m = new Match { First = i, End = x.End, Span = Start().Union(x.Span), Key = x.Key, Rows = x.Rows, CueKind = "rural", Phrase = "ريف " + x.Key };
            if (x.End < tokens.Count && tokens[x.End].Sentence == t.Sentence && L.DirectionAdjectives.TryGetValue(tokens[x.End].Norm, out var b))
            {
                m.End = x.End + 1;
                m.Span = m.Span.Union(tokens[x.End].Span);
                m.Bearing = b;
                m.Phrase += " " + tokens[x.End].Norm;
                if (m.End < tokens.Count && L.DirectionAdjectives.TryGetValue(tokens[m.End].Norm, out var b2))
                {
                    m.Bearing = Combine(b, b2);
                    m.Span = m.Span.Union(tokens[m.End].Span);
                    m.Phrase += " " + tokens[m.End].Norm;
                    m.End++;
                }
                m.OffsetKm = RuralOffsetKm;
            }
            return named is not null && named.End - named.First >= 2 && m.End <= named.End ? null : m;
        }
        if (head == "الريف" && i + 2 < tokens.Count && L.DirectionAdjectives.TryGetValue(tokens[i + 1].Norm, out var bearing))
        {
            var k = i + 2;
            if (L.DirectionAdjectives.TryGetValue(tokens[k].Norm, out var b2))
            {
                bearing = Combine(bearing, b2);
                k++;
            }
            if (k >= tokens.Count || !tokens[k].Norm.StartsWith('ل'))
            {
                return null;
            }
            var x = NameAt(text, k);
            if (x is null || !HasSettlementOrRegion(x))
            {
                return null;
            }
            return new Match
            {
                First = i, End = x.End, Span = Start().Union(x.Span), Key = x.Key, Rows = x.Rows, CueKind = "rural", Bearing = bearing, OffsetKm = RuralOffsetKm,
                Phrase = text.TextOf(i, x.End),
            };
        }
        if (L.DirectionNouns.TryGetValue(head, out var nb) && i + 1 < tokens.Count)
        {
            var k = i + 1;
            if (L.DirectionNouns.TryGetValue(tokens[k].Norm, out var nb2) && nb2 % 180 != 0)
            {
                nb = Combine(nb, nb2);
                k++;
            }
            if (k >= tokens.Count || tokens[k].Sentence != t.Sentence)
            {
                return null;
            }
            if (tokens[k].Norm == "البلاد")
            {
                return new Match { First = i, End = k + 1, Span = Start().Union(tokens[k].Span), Key = "البلاد", Rows = [], Bearing = nb, OffsetKm = CountryOffsetKm, CountryRelative = true, Phrase = text.TextOf(i, k + 1) };
            }
            // «شمال العاصمة العراقية بغداد»: the capital word and its nisba stand between the compass
            // word and the name; the phrase is the same relative as «شمال بغداد».
            var n = NamedAfterLandmarkWord(text, k);
            var x = NameAt(text, n);
            // «الموصل (350 كلم شمال بغداد)» locates Mosul: Baghdad is named alone, as a landmark.
            if (x is null || x.Span.Start != tokens[n].Span.Start || !HasSettlementOrRegion(x) || L.IsLandmark(text, k))
            {
                return null;
            }
            return new Match
            {
                First = i, End = x.End, Span = Start().Union(x.Span), Key = x.Key, Rows = x.Rows, Bearing = nb, OffsetKm = CityOffsetKm, Phrase = text.TextOf(i, x.End),
                Preposition = true,
            };
        }
        return null;
    }

    /// <summary>
    /// Where the name stands after a compass word: at <paramref name="k"/>, or past a landmark word
    /// (place_landmark_words.tsv: «العاصمة») and the nisba of its country after it («شمال العاصمة
    /// العراقية بغداد»), by which news locate a place from the capital for readers far away.
    /// </summary>
    private int NamedAfterLandmarkWord(AnalyzedText text, int k)
    {
        var tokens = text.Tokens;
        var word = tokens[k];
        if (!word.IsWord || !L.LandmarkWords.Contains(word.Norm))
        {
            return k;
        }
        var n = k + 1;
        if (n < tokens.Count && tokens[n].IsWord && tokens[n].Sentence == word.Sentence && L.Nationalities.ContainsKey(tokens[n].Norm))
        {
            n++;
        }
        return n < tokens.Count && tokens[n].IsWord && tokens[n].Sentence == word.Sentence ? n : k;
    }

    /// <summary>
    /// «الشمال السوري», «بالجنوب اللبناني», «الشرق الليبي»: a compass noun with the article and a
    /// country's nisba name that country's part, as «شمال سوريا» does. Neither word is a gazetteer
    /// name, so the phrase was no place at all; it is read as «شمالي البلاد» is, of the nisba's country.
    /// The nisba agrees with the masculine compass noun: a feminine one belongs to another word
    /// («صحيفة الشرق القطرية», a newspaper).
    /// </summary>
    private Match? CompassNisba(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Sentence != t.Sentence
            || !L.Nationalities.TryGetValue(tokens[i + 1].Norm, out var country) || L.FeminineNationalities.Contains(tokens[i + 1].Norm))
        {
            return null;
        }
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            // Only the nouns (place_directions.tsv form part): «الغربي» with the article is an adjective of the word
            // before («الساحل الغربي السعودي»), not the noun.
            if (r.Suffix != 0 || !r.HasArticle || !L.DirectionParts.TryGetValue(r.Base, out var bearing))
            {
                continue;
            }
            return new Match
            {
                First = i, End = i + 2, Span = new TextSpan(t.Span.Start + r.Prefix, tokens[i + 1].Span.End), Key = "البلاد", Rows = [], Bearing = bearing,
                OffsetKm = CountryOffsetKm, CountryRelative = true, Nation = country, Phrase = text.TextOf(i, i + 2),
            };
        }
        return null;
    }

    /// <summary>«من», «منها», «منه»: the preposition of where from, alone or with a pronoun; not a word that merely starts so («منطقة», «منبج»).</summary>
    private static bool IsFromPreposition(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix == 0 && string.Equals(r.Base, "من", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «باتجاه مناطق الشمال», «كبرى مدن الشمال»: the north (or south) with the article right after a
    /// cue word of areas or towns is the article's country's part, read as «شمالي البلاد» is. The
    /// gazetteer knows «الشمال» as Lebanon's North governorate, which put Syrian, Iraqi and Yemeni
    /// norths in Lebanon (a Lebanese article's north is still Lebanon's). Only after a cue: behind a
    /// bare preposition («في الشمال», «إلى الشمال») the word was mostly no place before, and reading
    /// it as one took the direction of «على بعد 45 كيلومترا إلى الشمال» and other countries' norths
    /// («حيفا في الشمال» in a Syrian article). Not «الشرق», «الغرب»: the East and the West of politics.
    /// </summary>
    private Match? BareCompass(AnalyzedText text, int i, Match? named)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (named is null || named.End != i + 1)
        {
            return null;
        }
        // «الشمال السوري» is the nisba rule's; «إلى الشمال من حمص», «الى الجنوب منها» say where from a place, not which part of the country.
        if (i + 1 < tokens.Count && tokens[i + 1].Sentence == t.Sentence && tokens[i + 1].IsWord
            && (L.Nationalities.ContainsKey(tokens[i + 1].Norm) || L.DirectionAdjectives.ContainsKey(tokens[i + 1].Norm) || IsFromPreposition(tokens[i + 1])))
        {
            return null;
        }
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix != 0 || !r.HasArticle || r.Base.Length < 5 || !r.Base.StartsWith("ال", StringComparison.Ordinal)
                || !L.DirectionNouns.TryGetValue(r.Base[2..], out var bearing) || bearing is not (0 or 180))
            {
                continue;
            }
            // «عاصمة الشمال طرابلس»: a name after it is the place meant, and its own country's.
            if (r.Prefix > 0 || PreviousWord(text, i) is not { } prev || !(L.Cues.ContainsKey(prev.Norm) || CueKindOf(prev) is not null)
                || (i + 1 < tokens.Count && tokens[i + 1].Sentence == t.Sentence && NameAt(text, i + 1) is not null))
            {
                return null;
            }
            return new Match
            {
                First = i, End = i + 1, Span = new TextSpan(t.Span.Start + r.Prefix, t.Span.End), Key = "البلاد", Rows = [], Bearing = bearing,
                OffsetKm = CountryOffsetKm, CountryRelative = true, Phrase = text.TextOf(i, i + 1),
            };
        }
        return null;
    }

    private static bool IsDash(string norm) => norm is "-" or "–" or "—";

    private static int Combine(int a, int b)
    {
        // «شمال شرقي»: the mean of two bearings a quarter-turn apart, minding the wrap at north.
        if (a == 0 && b == 270 || a == 270 && b == 0)
        {
            return 315;
        }
        return (a + b) / 2;
    }

    private string BaseOf(Token t, out int prefix)
    {
        var readings = t.Segmentations;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            // «القاطع الشرقي شرقي الرمادي»: a compass word with the article is an adjective of the noun
            // before it and governs no name; only the bare noun («شرقي», «بشمال»; place_directions.tsv
            // form noun) opens a relative phrase.
            var compass = L.DirectionNouns.ContainsKey(r.Base);
            if (r.Suffix == 0 && (r.Base is "ريف" or "الريف" || compass && !r.HasArticle))
            {
                prefix = r.Prefix;
                return r.Base;
            }
        }
        prefix = 0;
        return t.Norm;
    }
}
