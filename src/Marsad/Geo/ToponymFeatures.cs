using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// One token as the toponym tagger sees it: its folded form, the form without proclitics and the
/// clitics themselves, its kind, whether the gazetteer matched a name over it (first word or inside)
/// and of what class, whether that name is on a stoplist, and hashtag marks. No capitalization in
/// Arabic, so shape is length, digits, the article and hashtags.
/// </summary>
public readonly record struct TaggerToken(string Norm, string Stem, string Clitic, TokenKind Kind, byte GazPos, string GazClass, bool Stop, bool Hashtag)
{
    /// <summary>The token's own features, without the gazetteer (filled by <see cref="ToponymFeatures.Tokens"/>).</summary>
    public static TaggerToken Of(Token t, bool hashtag)
    {
        var stem = t.Norm;
        var prefix = 0;
        if (t.IsWord)
        {
            // By index: every token of every text comes here, and a foreach would box the list's enumerator.
            var readings = t.Segmentations;
            for (var ri = 0; ri < readings.Count; ri++)
            {
                var r = readings[ri];
                // The reading with the most proclitics stripped and no pronoun split off: «وبمدينة» → «مدينة».
                if (r.Suffix == 0 && r.Prefix > prefix && r.Base.Length >= 2)
                {
                    prefix = r.Prefix;
                    stem = r.Base;
                }
            }
        }
        return new TaggerToken(t.Norm, stem, prefix == 0 ? string.Empty : t.Norm[..Math.Min(prefix, t.Norm.Length)], t.Kind, 0, string.Empty, false, hashtag);
    }
}

/// <summary>The tagger's feature templates, hashed (FNV-1a, 64 bits) without building strings.</summary>
public static class ToponymFeatures
{
    /// <summary>Bumped whenever a template changes, so a stale model is refused rather than misread.</summary>
    public const int Version = 2;

    public const int MaxFeatures = 40;

    /// <summary>Tagger tokens of a text, with the gazetteer's candidate names marked over them.</summary>
    public static TaggerToken[] Tokens(AnalyzedText text, IEnumerable<(int First, int End, string Class, bool Stop)> candidates)
    {
        var result = new TaggerToken[text.Tokens.Count];
        Fill(text, result, 0, result.Length);
        foreach (var (first, end, cls, stop) in candidates)
        {
            Mark(result, first, end, cls, stop);
        }
        return result;
    }

    /// <summary>Fills tokens [first, end) of <paramref name="into"/> with their own features (no gazetteer marks).</summary>
    public static void Fill(AnalyzedText text, TaggerToken[] into, int first, int end)
    {
        var tokens = text.Tokens;
        for (var i = first; i < end; i++)
        {
            var hashtag = i > 0 && (tokens[i - 1].Norm is "#" or "_") && tokens[i - 1].Span.End == tokens[i].Span.Start;
            into[i] = TaggerToken.Of(tokens[i], hashtag);
        }
    }

    /// <summary>Marks a gazetteer candidate over tokens [first, end) (tokens not filled are left alone).</summary>
    public static void Mark(TaggerToken[] tokens, int first, int end, string cls, bool stop)
    {
        for (var k = first; k < end && k < tokens.Length; k++)
        {
            if (tokens[k].Norm is not null)
            {
                tokens[k] = tokens[k] with { GazPos = (byte)(k == first ? 1 : 2), GazClass = cls, Stop = stop };
            }
        }
    }

    /// <summary>Writes the feature hashes of token <paramref name="i"/> given the previous tag; returns how many.</summary>
    public static int Extract(ReadOnlySpan<TaggerToken> s, int i, int prevTag, Span<ulong> f)
    {
        var n = 0;
        var t = s[i];
        var p1 = i > 0 ? s[i - 1] : default;
        var p2 = i > 1 ? s[i - 2] : default;
        var n1 = i + 1 < s.Length ? s[i + 1] : default;
        var n2 = i + 2 < s.Length ? s[i + 2] : default;
        f[n++] = H('b', string.Empty);
        f[n++] = H('w', t.Norm);
        f[n++] = H('s', t.Stem);
        f[n++] = H('c', t.Clitic);
        f[n++] = H('p', p1.Norm ?? "<s>");
        f[n++] = H('q', p1.Stem ?? "<s>");
        f[n++] = H('P', p2.Stem ?? "<s>");
        f[n++] = H('n', n1.Norm ?? "</s>");
        f[n++] = H('r', n1.Stem ?? "</s>");
        f[n++] = H('N', n2.Stem ?? "</s>");
        f[n++] = H('a', p1.Stem ?? "<s>", t.Stem);
        f[n++] = H('z', t.Stem, n1.Stem ?? "</s>");
        var stem = t.Stem.AsSpan();
        f[n++] = H('x', stem[Math.Max(0, stem.Length - 3)..]);
        f[n++] = H('X', stem[Math.Max(0, stem.Length - 2)..]);
        f[n++] = H('y', stem[..Math.Min(3, stem.Length)]);
        f[n++] = H('h', Shape(t));
        f[n++] = H('H', Shape(t), Shape(n1));
        // The gazetteer's say, alone and with the words around it.
        var gaz = Gaz(t);
        f[n++] = H('g', gaz);
        f[n++] = H('G', gaz, t.Stop ? "stop" : "-");
        f[n++] = H('k', gaz, p1.Stem ?? "<s>");
        f[n++] = H('K', gaz, n1.Stem ?? "</s>");
        f[n++] = H('e', gaz, Gaz(p1));
        f[n++] = H('E', gaz, Gaz(n1));
        f[n++] = H('C', gaz, t.Clitic);
        f[n++] = H('w', gaz, t.Stem);
        // The previous tag, alone and with the word and the gazetteer.
        var prev = PrevTagName(prevTag);
        f[n++] = H('t', prev);
        f[n++] = H('T', prev, t.Stem);
        f[n++] = H('u', prev, gaz);
        return n;
    }

    private static string PrevTagName(int tag) => tag switch
    {
        ToponymTagger.B => "B",
        ToponymTagger.I => "I",
        _ => "O",
    };

    private static string Gaz(TaggerToken t) => t.Norm is null ? "<edge>" : t.GazPos switch
    {
        1 => Joined(GazFirst, "B:", t.GazClass),
        2 => Joined(GazInside, "I:", t.GazClass),
        _ => "-",
    };

    // Up to nine gazetteer strings and three shapes are asked per token and previous tag; the
    // gazetteer's classes and the punctuation marks are few, so each joined string is made once
    // per process instead of once per ask (the hashes read the same characters).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> GazFirst = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> GazInside = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Marks = new(StringComparer.Ordinal);

    private static string Joined(System.Collections.Concurrent.ConcurrentDictionary<string, string> cache, string head, string tail) =>
        cache.TryGetValue(tail, out var joined) ? joined : cache.GetOrAdd(tail, head + tail);

    // The word shapes: [hashtag, article, length class], spelled as the concatenation they stand for.
    private static readonly string[] WordShapes =
        [.. from hash in new[] { string.Empty, "#" }
            from al in new[] { string.Empty, "al" }
            from len in new[] { "1", "2", "3", "4" }
            select hash + al + len];

    private static string Shape(TaggerToken t)
    {
        if (t.Norm is null)
        {
            return "<edge>";
        }
        if (t.Kind != TokenKind.Word)
        {
            return t.Kind == TokenKind.Number ? "num" : Joined(Marks, "p", t.Norm);
        }
        var len = t.Stem.Length switch
        {
            <= 2 => 0,
            <= 4 => 1,
            <= 6 => 2,
            _ => 3,
        };
        var al = t.Stem.StartsWith("ال", StringComparison.Ordinal) ? 4 : 0;
        return WordShapes[(t.Hashtag ? 8 : 0) + al + len];
    }

    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private static ulong H(char template, ReadOnlySpan<char> a)
    {
        var h = (Offset ^ template) * Prime;
        foreach (var c in a)
        {
            h = (h ^ c) * Prime;
        }
        return Mix(h);
    }

    private static ulong H(char template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = (Offset ^ template ^ 0x80) * Prime;
        foreach (var c in a)
        {
            h = (h ^ c) * Prime;
        }
        h = (h ^ '\u0001') * Prime;
        foreach (var c in b)
        {
            h = (h ^ c) * Prime;
        }
        return Mix(h);
    }

    // FNV's low bits are weak; the mask keeps only low bits, so fold the high ones in.
    private static ulong Mix(ulong h) => h ^ (h >> 29) ^ (h >> 43);
}
