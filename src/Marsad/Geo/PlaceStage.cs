using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Finds place names in the body and resolves them against the gazetteer. Precision comes first:
/// most gazetteer names are also words or first names, so a name fires only when its own weight
/// (country, governorate, large town, curated feature) or its context (a cue word such as
/// «مدينة», a preposition, an earlier mention of the same name) is strong enough. Homonyms are
/// settled by the document: its country, the other places it names, cue words and population.
/// </summary>
public sealed partial class PlaceStage(Gazetteer? gazetteer = null, PlaceLexicon? lexicon = null) : IExtractionStage
{
    private const double Threshold = 2.5;
    private const int MaxWords = 6;
    private const double CityOffsetKm = 15;
    private const double RuralOffsetKm = 22;
    private const double CountryOffsetKm = 150;

    private Gazetteer G => gazetteer ?? Gazetteer.Default;

    private PlaceLexicon L => lexicon ?? PlaceLexicon.Default;

    /// <summary>The trained recognizer (data/models/toponyms.zip) that weighs each candidate from its context; null runs the rules alone (MARSAD_TOPONYM_TAGGER=0 does that for a whole run, to compare).</summary>
    public ToponymTagger? Tagger { get; init; } = Environment.GetEnvironmentVariable("MARSAD_TOPONYM_TAGGER") == "0" ? null : ToponymTagger.Default;

    /// <summary>Whether named facilities and streets the gazetteer lacks are found around their head nouns (<c>MARSAD_PLACE_FACILITIES=0</c> turns it off for a run, to compare).</summary>
    public bool Facilities { get; init; } = Environment.GetEnvironmentVariable("MARSAD_PLACE_FACILITIES") != "0";

    /// <summary>How far the tagger's doubt lowers a candidate's score: −<c>TagWeight</c> at certainty.</summary>
    public double TagWeight { get; init; } = 1.5;

    /// <summary>
    /// How far the tagger's yes raises a candidate's score: +<c>LiftWeight</c> at certainty. A
    /// name carried over the threshold by it alone is a place, but not evidence of the document's
    /// country or an anchor for its namesakes (see <see cref="Match.Lifted"/>).
    /// </summary>
    public double LiftWeight { get; init; } = Environment.GetEnvironmentVariable("MARSAD_TOPONYM_LIFT") is { Length: > 0 } lift
        ? double.Parse(lift, System.Globalization.CultureInfo.InvariantCulture) : 2.0;

    public void Run(ExtractionContext context)
    {
        foreach (var hit in Find(context.Text, context.Article.Dateline))
        {
            // A facility located by its context is the one kind of place without a gazetteer id.
            (hit.Mention.GazetteerId is null ? context.Sites : context.Places).Add(hit);
        }
    }

    /// <summary>A name found in the text before it is accepted and resolved.</summary>
    private sealed class Match
    {
        public int First;
        public int End;
        public TextSpan Span;
        public required string Key;
        public required IReadOnlyList<int> Rows;
        public string? CueKind;
        public bool Preposition;
        public bool PrepositionWord;
        public bool CliticOnly;
        public bool Stop;
        public int Bearing = -1;
        public double OffsetKm;
        public string? Phrase;
        public bool CountryRelative;

        /// <summary>For a word standing for the article's country («المملكة»): the countries it may stand for.</summary>
        public string[]? Countries;

        /// <summary>The country a nisba beside the name says («العاصمة الأردنية عمّان», «الرباط المغربية»).</summary>
        public string? Nation;
        public int Chosen = -1;
        public double Score;
        public bool Accepted;

        /// <summary>The tagger's probability that these words are a place, or NaN without a tagger.</summary>
        public double TagP = double.NaN;

        /// <summary>What the rules alone score it in the first pass (the tagger's gazetteer feature), NaN before tagging.</summary>
        public double Rules = double.NaN;

        /// <summary>What the tagger's yes added to the last recognition score (0 when it added nothing).</summary>
        public double Lift;

        /// <summary>Accepted only because the tagger lifted it over the threshold.</summary>
        public bool Lifted => Accepted && Score - Lift < Threshold;
    }

    /// <summary>Places of one text; the dateline («دمشق», «باريس»), when given, votes for the document's country only when the body names none.</summary>
    public List<PlaceHit> Find(AnalyzedText text, string? dateline = null)
    {
        var matches = Scan(text);
        if (dateline is not null && matches.Count > 0 && matches[0].First == 0 && string.Equals(matches[0].Key, Gazetteer.KeyOf(dateline), StringComparison.Ordinal))
        {
            // A dateline names a city: «الجزائر (CNN)» is Algiers; the article's country still chooses among towns («طرابلس»).
            matches[0].CueKind ??= "settlement";
        }
        TagCandidates(text, matches);
        // Pass 1: names strong on their own or by their immediate context anchor the document.
        foreach (var m in matches)
        {
            m.Score = Recognition(m, text, null, firstPass: true);
            m.Accepted = m.Score >= Threshold;
            m.Chosen = Choose(m, null, null, AnchorIndex.Empty);
        }
        var (country, governorate, anchorList) = Anchors(matches);
        var anchors = new AnchorIndex(anchorList);
        if (country is null && dateline is not null)
        {
            var rows = G.Find(dateline);
            country = rows.Count == 0 ? null : G[rows.MaxBy(r => Prior(r))].Country;
        }
        // Pass 2: repetition and neighbourhood count, and homonyms choose by the anchors.
        var seen = new Neighbourhood(text, matches);
        foreach (var m in matches)
        {
            seen.Enter(m);
            m.Score = Recognition(m, text, seen, firstPass: false);
            m.Accepted = m.Score >= Threshold;
            seen.Leave(m);
        }
        foreach (var m in matches)
        {
            if (m.Accepted)
            {
                m.Chosen = Choose(m, country, governorate, anchors);
                m.Accepted = !IsStray(m, country, anchors);
            }
        }
        var hits = new List<PlaceHit>();
        foreach (var m in matches)
        {
            if (!m.Accepted || (m.Chosen < 0 && !m.CountryRelative))
            {
                continue;
            }
            // «#انفجار_بيروت» is a hashtag about the event, not a mention of the place.
            var tokenStart = text.Tokens[m.First].Span.Start;
            var tokenEnd = text.Tokens[m.End - 1].Span.End;
            if (tokenStart > 0 && text.Body[tokenStart - 1] == '_' || tokenEnd < text.Body.Length && text.Body[tokenEnd] == '_')
            {
                continue;
            }
            // Invisible marks at the edges of a token («الكويت⁩») are no part of the name.
            while (m.Span.Length > 1 && ArabicNormalizer.IsIgnorable(text.Body[m.Span.End - 1]))
            {
                m.Span = new TextSpan(m.Span.Start, m.Span.End - 1);
            }
            while (m.Span.Length > 1 && ArabicNormalizer.IsIgnorable(text.Body[m.Span.Start]))
            {
                m.Span = new TextSpan(m.Span.Start + 1, m.Span.End);
            }
            var mention = Mention(m, text, country);
            if (mention is not null)
            {
                // A name just over the threshold is a coin toss weighted toward yes; a country or a
                // town after «مدينة» and named again is near certain. Ambiguous names lose a little.
                var confidence = 1 / (1 + Math.Exp(-(m.Score - Threshold + 0.5))) * (m.Rows.Count > 1 ? 0.95 : 1);
                hits.Add(new PlaceHit(m.First, m.End, m.Span, mention with { Confidence = Math.Round(confidence, 2) }));
            }
        }
        AddFacilities(text, matches, hits, country);
        return hits;
    }

    private List<Match> Scan(AnalyzedText text)
    {
        var tokens = text.Tokens;
        var result = new List<Match>();
        var i = 0;
        while (i < tokens.Count)
        {
            // The name at i is looked up once: Relative needs it too, and lookups are most of the stage's time.
            var named = NameAt(text, i);
            var m = Relative(text, i, named) ?? named ?? CountryReference(text, i);
            if (m is null)
            {
                i++;
                continue;
            }
            var prev = PreviousWord(text, m.First);
            var firstReading = m.Span.Start > tokens[m.First].Span.Start;
            if (prev is not null && m.CueKind is null && L.Cues.TryGetValue(prev.Norm, out var kind))
            {
                m.CueKind = kind;
            }
            if (prev is not null && (L.Prepositions.Contains(prev.Norm) || L.Cues.ContainsKey(prev.Norm)))
            {
                m.Preposition = true;
                m.PrepositionWord = true;
            }
            if (firstReading && "بل".Contains(text.Body[tokens[m.First].Span.Start..m.Span.Start].LastOrDefault(), StringComparison.Ordinal))
            {
                m.Preposition = true;
            }
            m.CliticOnly = firstReading;
            // «محافظة إدلب» is a name in its own right (WOF lists it for the town too): its first word still says governorate.
            var space = m.Key.IndexOf(' ', StringComparison.Ordinal);
            if (m.CueKind is null && space > 0 && L.Cues.TryGetValue(m.Key[..space], out var ownCue))
            {
                m.CueKind = ownCue;
            }
            m.Stop = L.Stoplist.ContainsKey(m.Key);
            Beside(text, m);
            result.Add(m);
            // A road is named by its ends («طريق حلب أعزاز»): the towns inside are places too.
            i = m.Rows.Count > 0 && m.End - m.First > 1 && G.TypeOf(m.Rows[0]) == "road" ? m.First + 1 : m.End;
        }
        return result;
    }

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
                    // Hashtags join words with «_» («#حفر_الباطن»): read it as a space.
                    if (tj.Kind == TokenKind.Punctuation && tj.Norm == "_" && j + 1 < tokens.Count && tokens[j + 1].IsWord)
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
                if (name < 0 || (j == i && (L.Cues.ContainsKey(first) || L.Prepositions.Contains(first) || L.DirectionNouns.ContainsKey(first))))
                {
                    if (!longer)
                    {
                        break;
                    }
                    continue;
                }
                var end = j + 1;
                if (best is null || end > best.End || (end == best.End && r.Prefix < best.Span.Start - t.Span.Start))
                {
                    var span = text.BaseSpan(t, r);
                    if (end > i + 1)
                    {
                        span = new TextSpan(span.Start, tokens[end - 1].Span.End);
                    }
                    best = new Match { First = i, End = end, Span = span, Key = j == i ? first : overflow ?? key.ToString(), Rows = g.Rows(name) };
                }
                if (!longer)
                {
                    break;
                }
            }
        }
        return best;
    }

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
            var x = NameAt(text, k);
            // «الموصل (350 كلم شمال بغداد)» locates Mosul: Baghdad is named alone, as a landmark.
            if (x is null || x.Span.Start != tokens[k].Span.Start || !HasSettlementOrRegion(x) || L.IsLandmark(text, k))
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

    private static int Combine(int a, int b)
    {
        // «شمال شرقي»: the mean of two bearings a quarter-turn apart, minding the wrap at north.
        if (a == 0 && b == 270 || a == 270 && b == 0)
        {
            return 315;
        }
        return (a + b) / 2;
    }

    private static string BaseOf(Token t, out int prefix)
    {
        var readings = t.Segmentations;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.Suffix == 0 && r.Base is "ريف" or "الريف" or "شمال" or "جنوب" or "شرق" or "غرب" or "شمالي" or "جنوبي" or "شرقي" or "غربي")
            {
                prefix = r.Prefix;
                return r.Base;
            }
        }
        prefix = 0;
        return t.Norm;
    }

    private bool HasSettlementOrRegion(Match x) => !L.Stoplist.ContainsKey(x.Key) && HasSettlementOrRegion(x.Rows);

    private bool HasSettlementOrRegion(IReadOnlyList<int> rows)
    {
        foreach (var r in rows)
        {
            var type = G.TypeOf(r);
            if (type is "locality" or "region" or "county" or "country" && (G.PopulationOf(r) >= 20000 || type != "locality" || IsStrongFeature(r)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsStrongFeature(int row) => G.IsFeatureRow(row);

    // Each row's prior, made on first use: recognition, the tagger's class and the choice among
    // namesakes ask it of the same rows again and again. NaN marks a row not yet asked; two
    // threads may both fill a slot, with the same value.
    private double[]? _priors;

    private double Prior(int row)
    {
        var priors = _priors;
        if (priors is null)
        {
            priors = new double[G.Count];
            Array.Fill(priors, double.NaN);
            _priors = priors;
        }
        var p = priors[row];
        if (double.IsNaN(p))
        {
            priors[row] = p = PriorOf(row);
        }
        return p;
    }

    private double PriorOf(int row)
    {
        var e = G[row];
        if (e.IsFeature)
        {
            return 3;
        }
        // A coder located it once or twice in one article's context; it needs a preposition, a cue
        // or a second word to fire (many are also words: «الاتحادية», «المقطم»).
        if (e.IsCorpusPlace)
        {
            return 1.5;
        }
        return e.Type switch
        {
            "country" => 3,
            "region" or "macroregion" => 2.5,
            "county" => 1.5,
            "localadmin" => 1,
            // Far from the region these news cover, a town's name is more often a surname or a
            // word («هام», «جاكسون»): it needs some context unless it is a world city.
            "locality" when !NearRegion.Contains(e.Country) => e.Population >= 1_000_000 ? 3 : e.Population >= 20_000 ? 1.5 : 0.6,
            "locality" => e.Population switch
            {
                >= 100_000 => 3,
                >= 20_000 => 2.5,
                >= 5_000 => 1.5,
                > 0 => 1,
                _ => 0.6,
            },
            _ => 0.3,
        };
    }

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Norm[0] is '"' or '«' or '»';

    private double Recognition(Match m, AnalyzedText text, Neighbourhood? seen, bool firstPass)
    {
        if (m.CountryRelative)
        {
            return Threshold;
        }
        var tokens = text.Tokens;
        var prev = PreviousWord(text, m.First);
        if (prev is not null && L.BlockBefore.Contains(prev.Norm))
        {
            return 0;
        }
        if (m.End < tokens.Count && tokens[m.End].IsWord && tokens[m.End].Sentence == tokens[m.First].Sentence)
        {
            var next = tokens[m.End].Norm;
            if (L.BlockAfter.Contains(next))
            {
                return 0;
            }
            // «السفيرة الأمريكية»: a title followed by a nationality adjective is a person.
            if (m.Stop && L.Stoplist[m.Key] == "title" && next.StartsWith("ال", StringComparison.Ordinal) && next.EndsWith("يه", StringComparison.Ordinal))
            {
                return 0;
            }
        }
        var prior = 0.0;
        var rows = m.Rows;
        for (var ri = 0; ri < rows.Count; ri++)
        {
            prior = Math.Max(prior, Prior(rows[ri]));
        }
        var score = prior;
        if (m.Bearing >= 0 || m.Phrase is not null)
        {
            score += 1;
        }
        if (m.End - m.First >= 2 && m.Phrase is null)
        {
            score += 1;
        }
        if (m.CueKind is not null)
        {
            score += 3;
        }
        else if (m.Preposition)
        {
            score += 1;
        }
        if (m.CliticOnly && m.End - m.First == 1 && prior < 1.5)
        {
            score -= 1;
        }
        // «لـ«الشرق الأوسط»», «صحيفة «الحياة»»: a name inside its own quotes is a title (a newspaper, a channel).
        if (m.First > 0 && IsQuote(tokens[m.First - 1]) && m.End < tokens.Count && IsQuote(tokens[m.End]) && m.CueKind is null)
        {
            return 0;
        }
        // A foreign capital that stands for its government («موسكو», «واشنطن») is a place only after a preposition or a cue word.
        if (m.Stop && L.Stoplist[m.Key] == "capital" && m.CueKind is null && !m.PrepositionWord)
        {
            return 0;
        }
        if (m.Stop && L.Stoplist[m.Key] == "verb")
        {
            if (m.CueKind is null && ReadsAsVerb(m, text))
            {
                return 0;
            }
        }
        else if (m.Stop && L.Stoplist[m.Key] != "capital")
        {
            score -= L.Stoplist[m.Key] == "title" ? 1 : 2.5;
        }
        m.Lift = 0;
        if (!double.IsNaN(m.TagP))
        {
            // The tagger lifts a name the rules doubt, but not one listed as a common word
            // («المدينة» is Medina only to a tagger that never read Syrian news). It vetoes only a
            // name the rules accept on its weight alone: not a country, large town or curated
            // feature, not a name a cue word or a preposition word introduces (a clitic «ب» is no
            // such word: «باراك» is Barak, not «ب» + Arak), not a repeat of a name already
            // accepted; the tagger learned from tweets and general news, and conflict news
            // names villages its training never saw.
            var say = (m.TagP > 0.5 ? LiftWeight : TagWeight) * (2 * m.TagP - 1);
            var weakOnly = prior < 3 && m.CueKind is null && !m.PrepositionWord && !(!firstPass && seen is not null && seen.AcceptedBefore(m.Key));
            if (say > 0 && !m.Stop || say < 0 && weakOnly)
            {
                score += say;
                m.Lift = Math.Max(say, 0);
            }
        }
        if (!firstPass && seen is not null)
        {
            if (seen.AcceptedBefore(m.Key) && (!m.Stop || m.Preposition))
            {
                score += 3;
            }
            if (seen.OtherAcceptedInSentence(tokens[m.First].Sentence))
            {
                score += 0.5;
            }
        }
        return score;
    }
}
