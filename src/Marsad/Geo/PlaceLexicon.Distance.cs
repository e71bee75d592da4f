using System.Globalization;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>Distances as the text writes them: a unit alone («400 كم») or glued to its figure («400كم»), and the landmark a distance is measured from.</summary>
public sealed partial class PlaceLexicon
{
    /// <summary>
    /// The unit a word is, with the figure written on it: «كم» (no figure), «400كم» (400). The tokenizer keeps
    /// a figure glued to letters as one word («F16»), so a distance written without its space («الواقعة على بعد
    /// 400كم شمالي العاصمة بغداد») reaches the readers of distance phrases as one token; null when the word is
    /// no unit.
    /// </summary>
    internal ((double Km, int Count) Size, double? Figure)? UnitOf(string norm)
    {
        if (DistanceUnitSizes.TryGetValue(norm, out var size))
        {
            return (size, null);
        }
        var digits = 0;
        while (digits < norm.Length && char.IsAsciiDigit(norm[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits == norm.Length || !DistanceUnitSizes.TryGetValue(norm[digits..], out size)
            || !double.TryParse(norm.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var figure))
        {
            return null;
        }
        return (size, figure);
    }

    /// <summary>
    /// Whether the place starting at token <paramref name="first"/> is a landmark that locates
    /// another place: it follows a compass word after a unit of distance («الموصل (350 كلم شمال
    /// بغداد)», «57/ كم شمال شرقي بغداد», «400كم شمالي العاصمة بغداد»). The event is at the place located, not at the landmark.
    /// </summary>
    public bool IsLandmark(AnalyzedText text, int first)
    {
        var tokens = text.Tokens;
        var k = first - 1;
        var compass = 0;
        if (tokens[first].IsWord && DirectionNouns.ContainsKey(tokens[first].Norm))
        {
            // «على بعد 400 كم شمالي العاصمة بغداد» read whole as a region: its own compass word follows the unit.
            compass = 1;
        }
        else
        {
            // «كم شمالي العاصمة بغداد», «كم جنوب مدينة الموصل»: «العاصمة» or a cue between the compass word and the name.
            for (var skipped = 0; skipped < ReferenceSkip && k >= 0 && tokens[k].IsWord && tokens[k].Sentence == tokens[first].Sentence
                && (LandmarkWords.Contains(tokens[k].Norm) || Cues.ContainsKey(tokens[k].Norm)); skipped++)
            {
                k--;
            }
        }
        while (k >= 0 && compass < 2 && tokens[k].IsWord && tokens[k].Sentence == tokens[first].Sentence && DirectionNouns.ContainsKey(tokens[k].Norm))
        {
            compass++;
            k--;
        }
        if (compass == 0)
        {
            return IsDistanceReference(text, first);
        }
        // «57/ كم»: agencies write a slash between the figure and its unit.
        while (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm == "/")
        {
            k--;
        }
        return k >= 0 && tokens[k].IsWord && UnitOf(tokens[k].Norm) is not null;
    }

    /// <summary>
    /// A distance under this still places the deed at its reference: a coder gives a town a tolerance of 10–25 km
    /// (SPEC, tol_km 25), so «مدرسة الشرطة التي تقع على بعد 10 كيلومترات من حلب» is at Aleppo, and «على بعد مئات
    /// الأمتار من مطار النيرب» at the airport.
    /// </summary>
    public const double ReferenceKm = 25;

    /// <summary>Tokens that may stand between «من»/«عن» and the reference's name: a cue, «العاصمة» and its nisba («عن العاصمة العراقية بغداد»).</summary>
    private const int ReferenceSkip = 3;

    /// <summary>Tokens a bracketed second measure may span («(35 ميلا)»).</summary>
    private const int BracketReach = 5;

    /// <summary>
    /// «في المدينة التى تبعد 390 كيلومترا إلى الشمال من بغداد», «المحمودية، التي تبعد نحو 40 كيلومترا عن
    /// العاصمة بغداد», «55 كيلومترا (35 ميلا) الى الجنوب الشرقي من بغداد»: a name that «من» or «عن» brings in
    /// after a measured distance (a figure and its unit, a compass part between or not) is the reference the
    /// writer measures the place from, not the place: the deed is that far from it. Only when the distance is at
    /// least <see cref="ReferenceKm"/>: nearer, the reference is within a town's tolerance of the place. A
    /// distance with no figure read («على بعد كيلومترات من …») is left as it was.
    /// </summary>
    private bool IsDistanceReference(AnalyzedText text, int first)
    {
        var tokens = text.Tokens;
        var sentence = tokens[first].Sentence;
        bool InSentenceWord(int i) => i >= 0 && tokens[i].IsWord && tokens[i].Sentence == sentence;
        var k = first - 1;
        for (var skipped = 0; skipped < ReferenceSkip && InSentenceWord(k)
            && (Cues.ContainsKey(tokens[k].Norm) || LandmarkWords.Contains(tokens[k].Norm) || Nationalities.ContainsKey(tokens[k].Norm)); skipped++)
        {
            k--;
        }
        if (!InSentenceWord(k) || !DistanceLinks.TryGetValue(tokens[k].Norm, out var role) || role != "from")
        {
            return false;
        }
        k--;
        // «إلى الشمال من», «الى الجنوب الشرقي من», «جنوب من»: the compass part of the measure.
        var compass = 0;
        while (compass < 2 && InSentenceWord(k)
            && (DirectionNouns.ContainsKey(tokens[k].Norm) || DirectionParts.ContainsKey(tokens[k].Norm) || DirectionAdjectives.ContainsKey(tokens[k].Norm)))
        {
            compass++;
            k--;
        }
        if (compass > 0 && InSentenceWord(k) && DistanceLinks.TryGetValue(tokens[k].Norm, out var toward) && toward == "toward")
        {
            k--;
        }
        // «55 كيلومترا (35 ميلا)»: the same measure again in another unit, in brackets.
        if (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm == ")")
        {
            var open = k - 1;
            while (open >= Math.Max(0, k - BracketReach) && tokens[open].Norm != "(")
            {
                open--;
            }
            if (open < Math.Max(0, k - BracketReach))
            {
                return false;
            }
            k = open - 1;
        }
        while (k >= 0 && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm == "/")
        {
            k--;
        }
        if (!InSentenceWord(k) || UnitOf(tokens[k].Norm) is not { } unit)
        {
            return false;
        }
        return (unit.Figure is { } glued ? glued * unit.Size.Km : DistanceKm(text, k, unit.Size)) is { } km && km >= ReferenceKm;
    }

    /// <summary>The distance a unit at token <paramref name="unit"/> measures: the figure right before it («390», «عشرة») times the unit, or the unit's own figure (a dual), or null.</summary>
    private static double? DistanceKm(AnalyzedText text, int unit, (double Km, int Count) size)
    {
        // «نحو 40», «ثلاثمئة»: a figure of up to three words ends right before the unit.
        for (var from = unit - 1; from >= Math.Max(0, unit - 3); from--)
        {
            if (Time.ArabicNumbers.Default.ReadAt(text, from) is { } n && n.End == unit && !n.IsVague)
            {
                return n.Value * size.Km;
            }
        }
        return size.Count > 0 ? size.Count * size.Km : null;
    }
}
