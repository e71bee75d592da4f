using System.Globalization;

namespace Marsad.Geo;

/// <summary>A unit of distance as the text writes it: alone («400 كم») or glued to its figure («400كم»).</summary>
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
}
