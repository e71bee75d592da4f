using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// How names are found before they are weighed: the scan of the body, the longest gazetteer name
/// at a token, and words that stand for the article's country (the relative phrases «ريف X», «شمال
/// X» are in PlaceStage.Relative).
/// </summary>
public sealed partial class PlaceStage
{
    private List<Match> Scan(AnalyzedText text)
    {
        var tokens = text.Tokens;
        var result = new List<Match>();
        HashSet<string>? twinNamed = null;
        var i = 0;
        while (i < tokens.Count)
        {
            // The name at i is looked up once: Relative needs it too, and lookups are most of the stage's time.
            var named = QuarterListMember(text, i, NameAt(text, i), result.Count > 0 ? result[^1] : null);
            var m = Relative(text, i, named) ?? named ?? CountryReference(text, i);
            if (m is null)
            {
                i++;
                continue;
            }
            var prev = PreviousWord(text, m.First);
            var firstReading = m.Span.Start > tokens[m.First].Span.Start;
            if (prev is not null && m.CueKind is null && CueKindOf(prev) is { } kind)
            {
                m.CueKind = kind;
            }
            // «مؤتمر جنيف», «محادثات موسكو»: a gathering named by its town puts the town on the map as «في جنيف» would.
            if (prev is not null && (L.Prepositions.Contains(WithoutConjunction(prev.Norm)) || CueKindOf(prev) is not null || IsVenueNoun(prev)))
            {
                m.Preposition = true;
                m.PrepositionWord = true;
            }
            if (firstReading && "بل".Contains(text.Body[tokens[m.First].Span.Start..m.Span.Start].LastOrDefault(), StringComparison.Ordinal))
            {
                m.Preposition = true;
            }
            m.CliticOnly = firstReading;
            m.CueBehindClitic = prev is not null && IsCueBehindClitic(prev);
            // After a quarter or village word («حي المشتل», «قرى الحويز») the word is either
            // spelling's place: the sources write quarters and villages with or without the article
            // (a Baghdad quarter «مشتل», a Babil village «المشتل»), so both are its namesakes and the
            // article's places choose. Not after an area word nor bare: there the other spelling's
            // rows made common words places («في البساتين») or found a district's namesake 70 km off.
            if (m.ArticleTwinRows is { } twinRows && m.CueKind is "district" or "settlement")
            {
                m.Rows = Union(m.Rows, twinRows);
                m.TwinsJoined = true;
                (twinNamed ??= new HashSet<string>(StringComparer.Ordinal)).Add(WithoutArticle(m.Key));
            }
            // «محافظة إدلب» is a name in its own right (WOF lists it for the town too): its first word still says governorate.
            var space = m.Key.IndexOf(' ', StringComparison.Ordinal);
            if (m.CueKind is null && space > 0 && L.Cues.TryGetValue(m.Key[..space], out var ownCue))
            {
                m.CueKind = ownCue;
            }
            m.VillageCue = prev is not null && IsVillageCue(prev) || space > 0 && L.VillageCues.Contains(m.Key[..space]);
            m.Stop = L.Stoplist.ContainsKey(m.Key);
            Beside(text, m);
            result.Add(m);
            // A road is named by its ends («طريق حلب أعزاز»): the towns inside are places too.
            i = m.Rows.Length > 0 && m.End - m.First > 1 && G.TypeOf(m.Rows[0]) == "road" ? m.First + 1 : m.End;
        }
        if (twinNamed is not null)
        {
            // «حي المشتل … المجاورة للمشتل»: once the article has named the word as a quarter or a
            // village, its bare mentions (before or after) are the same place, so they get both
            // spellings' rows too and the article's places choose them alike.
            foreach (var m in result)
            {
                if (m.ArticleTwinRows is { } twinRows && m.CueKind is not ("district" or "settlement") && twinNamed.Contains(WithoutArticle(m.Key)))
                {
                    m.Rows = Union(m.Rows, twinRows);
                    m.TwinsJoined = true;
                }
            }
        }
        return result;
    }

    internal static string WithoutArticle(string key) => key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key;

    /// <summary>
    /// What the words beside a name say of it: a nisba after it («الرباط المغربية») or between a
    /// settlement word and it («العاصمة الأردنية عمّان») names its country; «العاصمة» after a
    /// country's name («الجزائر العاصمة», «الكويت العاصمة») makes it the city.
    /// </summary>
    private void Beside(AnalyzedText text, Match m)
    {
        var tokens = text.Tokens;
        if (m.End < tokens.Count && tokens[m.End].IsWord && tokens[m.End].Sentence == tokens[m.First].Sentence)
        {
            var next = tokens[m.End].Norm;
            if (L.Nationalities.TryGetValue(next, out var nation))
            {
                m.Nation = nation;
            }
            else if (m.CueKind is null && next.StartsWith("ال", StringComparison.Ordinal) && L.Cues.TryGetValue(next, out var kind) && kind == "settlement")
            {
                m.CueKind = kind;
            }
        }
        var j = m.First - 1;
        if (m.Nation is null && j > 0 && tokens[j].IsWord && tokens[j].Sentence == tokens[m.First].Sentence && L.Nationalities.TryGetValue(tokens[j].Norm, out var before)
            && PreviousWord(text, j) is { } head && L.Cues.TryGetValue(head.Norm, out var headKind))
        {
            m.Nation = before;
            m.CueKind ??= headKind;
        }
    }

    /// <summary>«المملكة», «بالمملكة»: a word that stands for the article's country when that country is one it may name.</summary>
    private Match? CountryReference(AnalyzedText text, int i)
    {
        var t = text.Tokens[i];
        if (!t.IsWord || L.CountryReferences.Count == 0)
        {
            return null;
        }
        // By index: a foreach over the read-only list boxes its enumerator, once per word of the text.
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (IsNameReading(r) && L.CountryReferences.TryGetValue(r.Base, out var countries))
            {
                return new Match { First = i, End = i + 1, Span = text.BaseSpan(t, r), Key = r.Base, Rows = [], CountryRelative = true, Countries = countries };
            }
        }
        return null;
    }

    /// <summary>
    /// The kind of place a cue word announces, also behind the prepositions «ب» and «ل»
    /// («لناحية قره تبه», «بمحافظة ديالى», «لولاية ساكسونيا», «وبمدينة»): the preposition makes the
    /// name after it no less a place than «في ناحية» does. Only the cues place_cues.tsv marks
    /// `behind_preposition`: after «بحي», «بمنطقة» news name local sites the gazetteer lacks, which
    /// the site rule locates by their frame, and the cue made a namesake elsewhere win («بحى العبور
    /// بالعريش» became Obour City). Not behind a bare «و» or «ف» (see <see cref="WithoutConjunction"/>:
    /// «وبلدة» as a cue turned a village into an anchor).
    /// </summary>
    private string? CueKindOf(Token word)
    {
        if (L.Cues.TryGetValue(word.Norm, out var kind))
        {
            return kind;
        }
        var readings = word.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            // The article ends in «ل» too: «المدينة القديمة» is the old city, no cue for «القديمة».
            if (r.Suffix == 0 && r.Prefix > 0 && !r.HasArticle && r.Prefix <= word.Norm.Length && word.Norm[r.Prefix - 1] is 'ب' or 'ل'
                && L.CuesBehindPreposition.Contains(r.Base) && L.Cues.TryGetValue(r.Base, out kind))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>
    /// «بمنطقة "تل عفر"», «بريف "تلكلخ"»: any cue word behind the clitic «ب» or «ل», also one that is no
    /// cue there (<see cref="CueKindOf"/>: after «بمنطقة», «بحي» a namesake elsewhere must not win on the
    /// cue's weight), says the quoted name after it is a place, not a title.
    /// </summary>
    private bool IsCueBehindClitic(Token word)
    {
        var readings = word.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && r.Prefix > 0 && !r.HasArticle && r.Prefix <= word.Norm.Length && word.Norm[r.Prefix - 1] is 'ب' or 'ل' && L.Cues.ContainsKey(r.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A village word, also behind the clitic «ب» or «ل» («بقرية», «لبلدة»).</summary>
    private bool IsVillageCue(Token word)
    {
        if (L.VillageCues.Contains(word.Norm))
        {
            return true;
        }
        foreach (var r in word.Segmentations)
        {
            if (r.Suffix == 0 && r.Prefix > 0 && !r.HasArticle && r.Prefix <= word.Norm.Length && word.Norm[r.Prefix - 1] is 'ب' or 'ل' && L.VillageCues.Contains(r.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A gathering noun, also behind a conjunction or a preposition («ومؤتمرات جنيف», «بمحادثات أستانا»).</summary>
    private bool IsVenueNoun(Token word)
    {
        if (L.VenueNouns.Contains(word.Norm))
        {
            return true;
        }
        foreach (var r in word.Segmentations)
        {
            if (r.Suffix == 0 && r.Prefix > 0 && L.VenueNouns.Contains(r.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A preposition behind the conjunction «و» or «ف» is still that word: «وفي جنيف» as «في جنيف»;
    /// not every preposition (place_prepositions.tsv's `and` column: «ومن» is also «and whoever»).
    /// A word that is itself listed («وسط») is kept whole. Cue words behind «و» («وبلدة») are not
    /// read as cues: the cue's weight made a village beside Hama an anchor that turned «في القاهرة»
    /// into a Syrian hamlet (PlaceSentenceTests).
    /// </summary>
    private string WithoutConjunction(string word)
    {
        if (word.Length >= 3 && word[0] is 'و' or 'ف' && !L.Prepositions.Contains(word))
        {
            var rest = word[1..];
            if (L.PrepositionsAfterAnd.Contains(rest))
            {
                return rest;
            }
        }
        return word;
    }

    private static Token? PreviousWord(AnalyzedText text, int index)
    {
        var j = index - 1;
        // «مدينة "حلب"» and «بمنطقة #المنيل»: quotes and a hashtag mark stand between the cue and its name.
        while (j >= 0 && text.Tokens[j].Kind == TokenKind.Punctuation && text.Tokens[j].Norm[0] is '"' or '\'' or '#')
        {
            j--;
        }
        if (j < 0 || !text.Tokens[j].IsWord || text.Tokens[j].Sentence != text.Tokens[index].Sentence)
        {
            return null;
        }
        // «وبمدينة» is still the cue «مدينة».
        return text.Tokens[j];
    }

    // Names carry their own article, and a pronoun suffix on a place name is rare enough
    // that splitting one off («حماه» → حما + ه) mostly invents names.
    // The article may also be the text's where the gazetteer writes the name bare
    // («المعضمية» for «معضمية»): that reading is kept for names of four letters or more.
    private static bool IsNameReading(Segmentation r) =>
        r.Suffix == 0 && !(r.HasArticle && !r.Base.StartsWith("ال", StringComparison.Ordinal) && r.Base.Length < 4);

    /// <summary>
    /// The rows of a name read with an article the gazetteer does not write: its places in the Arab
    /// world (or of no country), the row array itself when all are; none when it names a country abroad.
    /// </summary>
    private static int[] ArabTownRows(Gazetteer g, int name)
    {
        var rows = g.RowArray(name);
        var keep = 0;
        for (var k = 0; k < rows.Length; k++)
        {
            if (!IsArabTown(g, rows[k]) && string.Equals(g.TypeOf(rows[k]), "country", StringComparison.Ordinal))
            {
                // The word is a country's name abroad with an article: a common word («البنين», the
                // boys), not one of the Arab hamlets that share the name.
                return [];
            }
            keep += IsArabTown(g, rows[k]) ? 1 : 0;
        }
        if (keep == rows.Length)
        {
            return rows;
        }
        var kept = new int[keep];
        keep = 0;
        for (var k = 0; k < rows.Length; k++)
        {
            if (IsArabTown(g, rows[k]))
            {
                kept[keep++] = rows[k];
            }
        }
        return kept;
    }

    // Arabic toponymy is where the article is dropped from a name's spelling; a curated feature or a
    // coded place of no country (a sea, a region) is written as the sources wrote it.
    private static bool IsArabTown(Gazetteer g, int row) => g.CountryOf(row) is var c && (c.Length == 0 || ArabWorld.Contains(c));

    // Keys longer than this are built as strings (none is a name: the gazetteer's longest is far shorter).
    private const int KeyBuffer = 256;

    /// <summary>The longest gazetteer name starting at token <paramref name="i"/>.</summary>
    private Match? NameAt(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        var t = tokens[i];
        if (!t.IsWord)
        {
            return null;
        }
        var g = G;
        var maxWords = Math.Min(MaxWords, g.MaxWords);
        var readings = t.Segmentations;
        Match? best = null;
        // The key of n words is the key of n − 1 words, a space and the next word: it grows in one
        // buffer, and one probe says both whether it names a place and whether a longer name
        // starts with it. Only a key that names a place becomes a string.
        Span<char> buffer = stackalloc char[KeyBuffer];
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (!IsNameReading(r))
            {
                continue;
            }
            var first = r.Base;
            // «مطاري حلب الدولي والنيرب العسكري»: a facility word's dual heads the first member's name as
            // its singular would. The dual word is both members' head, so the match starts at the name
            // («حلب الدولي»), as the list's second member does («النيرب العسكري»), and the event linker
            // sees the same words as before.
            var dual = L.DualCues.TryGetValue(first, out var singular);
            if (dual)
            {
                first = singular!;
            }
            var length = first.Length;
            string? overflow = length <= KeyBuffer ? null : first;
            if (overflow is null)
            {
                first.CopyTo(buffer);
            }
            var words = 0;
            for (var j = i; j < tokens.Count && words < maxWords; j++)
            {
                if (j > i)
                {
                    var tj = tokens[j];
                    // Hashtags join words with «_» («#حفر_الباطن»): read it as a space. A dash joins
                    // the two sides of a border or the ends of a road («الحدود السورية – التركية»),
                    // read through only while a longer name goes on, so «دمشق - أ ش أ» stays apart.
                    if (tj.Kind == TokenKind.Punctuation && (tj.Norm == "_" || IsDash(tj.Norm)) && j + 1 < tokens.Count && tokens[j + 1].IsWord)
                    {
                        continue;
                    }
                    if (!(tj.IsWord || tj.Kind == TokenKind.Number) || tj.Sentence != t.Sentence)
                    {
                        break;
                    }
                    if (overflow is null && length + 1 + tj.Norm.Length <= KeyBuffer)
                    {
                        buffer[length] = ' ';
                        tj.Norm.CopyTo(buffer[(length + 1)..]);
                    }
                    else
                    {
                        overflow = (overflow ?? buffer[..length].ToString()) + " " + tj.Norm;
                    }
                    length += 1 + tj.Norm.Length;
                }
                words++;
                var key = overflow is null ? buffer[..length] : overflow.AsSpan();
                g.Probe(key, out var name, out var longer);
                if (name < 0 || (j == i && (dual || L.Cues.ContainsKey(first) || L.Prepositions.Contains(first) || L.DirectionNouns.ContainsKey(first))))
                {
                    if (!longer)
                    {
                        break;
                    }
                    continue;
                }
                // A name the gazetteer writes bare takes the text's article only as an Arabic
                // toponym does («المعضمية» for «معضمية»): a country or a town abroad never does
                // («للبنين» is «for the boys», not Benin nor Benin City; «العناز» is no Turkish «عناز»).
                // «السورية» keeps its reading: Syria is of the Arab world.
                var rowsHere = j == i && r.HasArticle && !first.StartsWith("ال", StringComparison.Ordinal) ? ArabTownRows(g, name) : g.RowArray(name);
                if (rowsHere.Length == 0)
                {
                    if (!longer)
                    {
                        break;
                    }
                    continue;
                }
                var end = j + 1;
                // «حي المشتل»: the gazetteer writes a Baghdad quarter «مشتل» and a Babil village
                // «المشتل»; the other reading's rows are kept aside for Scan (see ArticleTwinRows).
                var twin = best is not null && end == i + 1 && best.End == end && ArticleTwins(best.Key, first);
                if (best is null || end > best.End || (end == best.End && r.Prefix < best.Span.Start - t.Span.Start))
                {
                    var span = text.BaseSpan(t, r);
                    var from = dual ? (tokens[i + 1].IsWord ? i + 1 : i + 2) : i;
                    if (end > i + 1)
                    {
                        span = new TextSpan(dual ? tokens[from].Span.Start : span.Start, tokens[end - 1].Span.End);
                    }
                    best = new Match { First = from, End = end, Span = span, Key = j == i ? first : overflow ?? key.ToString(), Rows = rowsHere, ArticleTwinRows = twin ? best!.Rows : null };
                }
                else if (twin)
                {
                    best!.ArticleTwinRows = rowsHere;
                }
                if (!longer)
                {
                    break;
                }
            }
        }
        return best;
    }

    private static bool ArticleTwins(string a, string b) =>
        a.Length == b.Length + 2 && a.StartsWith("ال", StringComparison.Ordinal) && a.AsSpan(2).SequenceEqual(b)
        || b.Length == a.Length + 2 && b.StartsWith("ال", StringComparison.Ordinal) && b.AsSpan(2).SequenceEqual(a);

    private static int[] Union(int[] first, int[] second)
    {
        var extra = 0;
        foreach (var r in second)
        {
            extra += Array.IndexOf(first, r) < 0 ? 1 : 0;
        }
        if (extra == 0)
        {
            return first;
        }
        var rows = new int[first.Length + extra];
        first.CopyTo(rows, 0);
        var k = first.Length;
        foreach (var r in second)
        {
            if (Array.IndexOf(first, r) < 0)
            {
                rows[k++] = r;
            }
        }
        return rows;
    }
}
