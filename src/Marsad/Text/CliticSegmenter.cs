namespace Marsad.Text;

/// <summary>
/// Proposes clitic splits of a folded Arabic word. It never decides: a lexicon accepts the first
/// reading it knows, so «بلدة» is never read as ب + لدة unless some lexicon holds «لدة».
/// </summary>
/// <remarks>
/// Order of readings: whole word; conjunction (و ف); conjunction + preposition (ب ل ك); the
/// definite article behind any of those; then each of these with an enclitic pronoun removed.
/// Bases shorter than two letters are not proposed.
/// </remarks>
public static class CliticSegmenter
{
    private static readonly string[] Pronouns = ["هما", "هم", "هن", "ها", "كم", "كن", "نا", "ه"];

    public static IReadOnlyList<Segmentation> Segment(string norm)
    {
        var result = new List<Segmentation>(6) { new(norm, 0, 0, norm.StartsWith("ال", StringComparison.Ordinal)) };
        if (norm.Length < 3 || !IsArabicLetter(norm[0]))
        {
            return result;
        }

        AddPrefixReadings(norm, 0, result);
        var count = result.Count;
        for (var r = 0; r < count; r++)
        {
            var reading = result[r];
            foreach (var p in Pronouns)
            {
                if (reading.Base.Length - p.Length >= 2 && !reading.HasArticle
                    && reading.Base.EndsWith(p, StringComparison.Ordinal))
                {
                    var stem = reading.Base[..^p.Length];
                    Add(result, reading with { Base = stem, Suffix = p.Length });
                    // A ta marbuta is written ت before a pronoun: «سيطرتها» is سيطرة + ها.
                    if (stem.EndsWith('ت'))
                    {
                        Add(result, reading with { Base = stem[..^1] + "ه", Suffix = p.Length });
                    }
                    break;
                }
            }
        }
        return result;
    }

    private static void AddPrefixReadings(string norm, int suffix, List<Segmentation> result)
    {
        for (var conj = 0; conj <= 1; conj++)
        {
            if (conj == 1 && !(norm[0] == 'و' || norm[0] == 'ف'))
            {
                continue;
            }
            var afterConj = norm.AsSpan(conj);
            for (var prep = 0; prep <= 1; prep++)
            {
                if (prep == 1 && (afterConj.Length == 0 || !(afterConj[0] == 'ب' || afterConj[0] == 'ل' || afterConj[0] == 'ك')))
                {
                    continue;
                }
                var start = conj + prep;
                if (start > 0 && norm.Length - start >= 2)
                {
                    var rest = norm[start..];
                    // «لل» + noun is ل + ال with the alef written away.
                    if (prep == 1 && norm[conj] == 'ل' && rest.Length >= 3 && rest[0] == 'ل')
                    {
                        Add(result, new Segmentation("ا" + rest, start, suffix, true));
                        Add(result, new Segmentation(rest[1..], start + 1, suffix, true));
                    }
                    Add(result, new Segmentation(rest, start, suffix, rest.StartsWith("ال", StringComparison.Ordinal)));
                }
                var body = norm.AsSpan(start);
                if (body.Length >= 4 && body[0] == 'ا' && body[1] == 'ل')
                {
                    Add(result, new Segmentation(norm[(start + 2)..], start + 2, suffix, true));
                }
            }
        }
    }

    /// <summary>
    /// Whether the proclitics of <paramref name="reading"/> of <paramref name="norm"/> hold a preposition («بالطائرات»,
    /// «للطيران», «كطائرة»), the definite article not counted («الطيران», «والطيران»): the letters this segmenter splits off.
    /// </summary>
    public static bool HasPreposition(string norm, Segmentation reading)
    {
        var clitics = Math.Min(reading.Prefix, norm.Length);
        if (reading.HasArticle && clitics >= 2 && norm[clitics - 2] == 'ا' && norm[clitics - 1] == 'ل')
        {
            clitics -= 2;
        }
        for (var i = 0; i < clitics; i++)
        {
            if (norm[i] is 'ب' or 'ل' or 'ك')
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(List<Segmentation> list, Segmentation s)
    {
        if (s.Base.Length < 2)
        {
            return;
        }
        foreach (var existing in list)
        {
            if (string.Equals(existing.Base, s.Base, StringComparison.Ordinal) && existing.Prefix == s.Prefix && existing.Suffix == s.Suffix)
            {
                return;
            }
        }
        list.Add(s);
    }

    internal static bool IsArabicLetter(char c) => c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
}
