using Marsad.Geo;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>What the word governing a place says of its part in the event (data/geo/place_governors.tsv).</summary>
internal enum PlaceRole
{
    None,
    At,
    On,
    Near,
    Toward,
    Origin,
}

/// <summary>
/// The word that governs a place name: «في حلب» (at), «على دوما» (on), «قرب الرقة» (near), «نحو
/// الشدادي» (toward), «من سوريا» (origin). A launch site («أطلقت من سوريا على كيليس») or the
/// start of an advance («من نهر الفرات نحو الشدادي») is not where the event happens; the target
/// or the destination is.
/// </summary>
internal static class PlaceGovernors
{
    private static readonly Lazy<Dictionary<string, PlaceRole>> Words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Cue words («مدينة», «بلدة») and quotes between the governing word and the name, at most.</summary>
    private const int MaxSkipped = 3;

    private static Dictionary<string, PlaceRole> Load()
    {
        var table = TsvTable.LoadEmbedded("place_governors");
        var words = new Dictionary<string, PlaceRole>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            words[ArabicNormalizer.NormalizeKey(r[table.Column("word")])] = Enum.Parse<PlaceRole>(r[table.Column("role")], ignoreCase: true);
        }
        return words;
    }

    /// <summary>The role of the place starting at token <paramref name="first"/> whose name starts at body offset <paramref name="nameStart"/>.</summary>
    public static PlaceRole Of(AnalyzedText text, int first, int nameStart)
    {
        var token = text.Tokens[first];
        // «بريف حلب»: the clitic ب on the name's own token is «في».
        var n = nameStart - token.Span.Start;
        if (n > 0 && text.Body.AsSpan(token.Span.Start, Math.Min(n, token.Span.Length)).Contains('ب'))
        {
            return PlaceRole.At;
        }
        var cues = PlaceLexicon.Default.Cues;
        var skipped = 0;
        for (var i = first - 1; i >= 0 && text.Tokens[i].Sentence == token.Sentence && skipped <= MaxSkipped; i--)
        {
            var t = text.Tokens[i];
            if (!t.IsWord)
            {
                // «بلدة "خان العسل"»: a quote stands between the cue and the name; any other mark ends the phrase.
                if (t.IsQuoteMark)
                {
                    skipped++;
                    continue;
                }
                return PlaceRole.None;
            }
            var (role, cue, withB) = Read(t, cues);
            if (cue)
            {
                if (withB)
                {
                    return PlaceRole.At;
                }
                skipped++;
                continue;
            }
            if (role == PlaceRole.Origin && PreviousWord(text, i) is { } before)
            {
                if (Read(before, cues).Role == PlaceRole.Near)
                {
                    return PlaceRole.Near;
                }
                // «في عدد من مناطق حي جوبر», «اقتحموا أجزاء من مطار منغ»: after a word of quantity or part «من» takes
                // a part of the place, so the deed happened there; read as an origin, the place lost to the
                // coarser frame told after it («بريف دمشق», «في ريف حلب»).
                if (IsPartitive(text, before, i))
                {
                    return PlaceRole.At;
                }
            }
            return role;
        }
        return PlaceRole.None;
    }

    /// <summary>True when the word at token <paramref name="i"/> is an origin word («من», «انطلاقا من») not read as nearness («بالقرب من») nor as a part («أجزاء من»).</summary>
    public static bool OpensOrigin(AnalyzedText text, int i)
    {
        var cues = PlaceLexicon.Default.Cues;
        return Read(text.Tokens[i], cues).Role == PlaceRole.Origin
            && !(PreviousWord(text, i) is { } before && (Read(before, cues).Role == PlaceRole.Near || IsPartitive(text, before, i)));
    }

    /// <summary>
    /// True when <paramref name="head"/>, the word before the «من» at token <paramref name="from"/>, makes it partitive: a
    /// word of part («أجزاء من مطار منغ»), or a word of number before a plural noun of places («عدد من مناطق حي جوبر»). A
    /// number of people from a place («عشرات من داريا», «مئات من حلب») names where they come from, an origin (review29
    /// finding 3).
    /// </summary>
    private static bool IsPartitive(AnalyzedText text, Token head, int from)
    {
        var lex = PlaceLexicon.Default;
        if (Heads(head, lex.PartitiveHeads) || SideBefore(text, from))
        {
            return true;
        }
        if (!Heads(head, lex.CountHeads))
        {
            return false;
        }
        var after = from + 1;
        return after < text.Tokens.Count && text.Tokens[after].IsWord && text.Tokens[after].Sentence == text.Tokens[from].Sentence
            && lex.PartNouns.Contains(text.Tokens[after].Norm);
    }

    /// <summary>Bearings that may stand between a side and «من» («الطرف الجنوبي الشرقي من»).</summary>
    private const int MaxBearings = 2;

    /// <summary>
    /// «سيطرت القوات على الطرف الشمالي الشرقي من الرمادي», «الجانب الأيمن من مدينة الموصل»: a side of a place
    /// or a word of part, told by its bearing right before «من», takes that side of the place, so the deed
    /// happened there; read as an origin, the town lost to the province told after it («، مركز محافظة الأنبار»).
    /// A bare side («من طرف») is no part: only a bearing makes it one.
    /// </summary>
    private static bool SideBefore(AnalyzedText text, int from)
    {
        var lex = PlaceLexicon.Default;
        var k = from - 1;
        var bearings = 0;
        while (k >= 0 && bearings < MaxBearings && PreviousWord(text, k + 1) is { } t && lex.PartBearings.Contains(t.Norm))
        {
            bearings++;
            k--;
        }
        return bearings > 0 && PreviousWord(text, k + 1) is { } side && (Heads(side, lex.SideHeads) || Heads(side, lex.PartitiveHeads));
    }

    /// <summary>True when the word is in <paramref name="heads"/>, whole or behind a clitic («وعدد», «لبعض»).</summary>
    private static bool Heads(Token t, HashSet<string> heads)
    {
        if (heads.Contains(t.Norm))
        {
            return true;
        }
        foreach (var s in t.Segmentations)
        {
            if (!s.IsWhole && s.Suffix == 0 && heads.Contains(s.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="norm"/> (a normalized word) says where or whither («في», «داخل», «إلى», «نحو»).</summary>
    public static bool IsWordOfPlace(string norm) => Words.Value.TryGetValue(norm, out var role) && role is PlaceRole.At or PlaceRole.Toward;

    /// <summary>The role a governing word gives the place after it, read alone («إلى»: toward, «من»: origin), or None.</summary>
    public static PlaceRole RoleOfWord(string norm) => Words.Value.GetValueOrDefault(norm);

    /// <summary>True when <paramref name="norm"/> (a normalized word) is a word of nearness («قرب», «بالقرب»).</summary>
    public static bool IsNearness(string norm) => Words.Value.TryGetValue(norm, out var role) && role == PlaceRole.Near;

    /// <summary>True when the event is placed where it starts (SPEC: for WITHDRAW the place left), so an origin is no worse than another place.</summary>
    public static bool OriginIsPlace(string type) => string.Equals(type, "WITHDRAW", StringComparison.Ordinal);

    /// <summary>A word's role (whole or after «و»/«ف»), whether it is a cue word, and whether that cue carries «ب».</summary>
    private static (PlaceRole Role, bool Cue, bool WithB) Read(Token t, Dictionary<string, string> cues)
    {
        if (Words.Value.TryGetValue(t.Norm, out var whole))
        {
            return (whole, false, false);
        }
        if (cues.ContainsKey(t.Norm))
        {
            return (PlaceRole.None, true, false);
        }
        foreach (var s in t.Segmentations)
        {
            if (s.IsWhole || s.Suffix > 0)
            {
                continue;
            }
            var prefix = t.Norm.AsSpan(0, s.Prefix);
            if (cues.ContainsKey(s.Base))
            {
                return (PlaceRole.None, true, prefix.Contains('ب'));
            }
            if (!prefix.ContainsAny('ب', 'ل', 'ك') && Words.Value.TryGetValue(s.Base, out var role))
            {
                return (role, false, false);
            }
        }
        return (PlaceRole.None, false, false);
    }

    private static Token? PreviousWord(AnalyzedText text, int i) =>
        i > 0 && text.Tokens[i - 1].IsWord && text.Tokens[i - 1].Sentence == text.Tokens[i].Sentence ? text.Tokens[i - 1] : null;
}
