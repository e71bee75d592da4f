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

    private static readonly bool TaggerOff = Environment.GetEnvironmentVariable("MARSAD_TOPONYM_TAGGER") == "0";

    private readonly ToponymTagger? _tagger;

    private readonly bool _taggerGiven;

    /// <summary>
    /// The trained recognizer that weighs each candidate from its context: the one given, else the
    /// shipped one (data/models/toponyms.zip); null runs the rules alone (MARSAD_TOPONYM_TAGGER=0
    /// does that for a whole run, to compare). The shipped one is read only when none is given:
    /// <c>marsad train</c> gives the tagger it has just trained and reads no shipped model.
    /// </summary>
    public ToponymTagger? Tagger
    {
        get => _taggerGiven ? _tagger : TaggerOff ? null : ToponymTagger.Default;
        init => (_tagger, _taggerGiven) = (value, true);
    }

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
        public required int[] Rows;

        /// <summary>The rows of the same word read with or without its article («مشتل» for «المشتل»), when both name places; joined to <see cref="Rows"/> after a quarter or village word.</summary>
        public int[]? ArticleTwinRows;

        /// <summary>Whether <see cref="ArticleTwinRows"/> were joined to <see cref="Rows"/>: then both spellings are the name itself.</summary>
        public bool TwinsJoined;
        public string? CueKind;

        /// <summary>The cue before the name (or the name's own first word) is a village word («قرية», «بلدة», «ناحية»).</summary>
        public bool VillageCue;
        public bool Preposition;
        public bool PrepositionWord;
        public bool CliticOnly;

        /// <summary>A cue word behind «ب» or «ل» stands right before the name («بمنطقة "تل عفر"»), a cue there or not.</summary>
        public bool CueBehindClitic;
        public bool Stop;
        public int Bearing = -1;
        public double OffsetKm;
        public string? Phrase;
        public bool CountryRelative;

        /// <summary>For a word standing for the article's country («المملكة»): the countries it may stand for.</summary>
        public string[]? Countries;

        /// <summary>The country a nisba beside the name says («العاصمة الأردنية عمّان», «الرباط المغربية»), or a country told at once after it (<see cref="PlaceByCountryLabel"/>: «بلدة سروج بجنوب شرقي تركيا»).</summary>
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

        /// <summary>Where a compass phrase right after the name says it lies («التاجي شمال بغداد»), or null.</summary>
        public (double Lat, double Lon)? Near;

        /// <summary>The country and governorate of the place that contains this one, named right after it («بلدة صيدا بريف درعا», «مديات بإقليم ماردين»), or null.</summary>
        public (string Country, string Admin1)? Frame;

        /// <summary>No namesake lies where the compass phrase says: the point it gives, and the row it is given from.</summary>
        public (double Lat, double Lon, int From)? Relative;

        /// <summary>Each row's prior and population as the strongest of its twin rows (see <c>Twins</c>), once worked out.</summary>
        public (double Prior, long Population)[]? Twins;

        /// <summary>For each row, how many of the rows lie in its country (see <c>NamesakesByCountry</c>), once worked out.</summary>
        public int[]? Namesakes;

        /// <summary>The name joined to this one by «و» in a list, after a comma or not («داريا وحجيرة», «إسطنبول، وقونية»), before and after it.</summary>
        public Match? ListBefore;
        public Match? ListAfter;

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
        Coordinate(text, matches);
        // Pass 1: names strong on their own or by their immediate context anchor the document.
        foreach (var m in matches)
        {
            m.Score = Recognition(m, text, null, firstPass: true);
            m.Accepted = m.Score >= Threshold;
            m.Chosen = Choose(m, null, null, AnchorIndex.Empty, null, text);
        }
        var (country, governorate, anchorList) = Anchors(matches);
        var anchors = new AnchorIndex(anchorList) { NamedBy = NamedBy(matches) };
        if (country is null && dateline is not null)
        {
            var rows = G.Find(dateline);
            country = rows.Count == 0 ? null : G[rows.MaxBy(r => Prior(r))].Country;
        }
        // Pass 2: repetition and neighbourhood count, and homonyms choose by the anchors.
        var seen = new Neighbourhood(text, matches) { Anchors = anchors };
        foreach (var m in matches)
        {
            seen.Enter(m);
            m.Score = Recognition(m, text, seen, firstPass: false);
            m.Accepted = m.Score >= Threshold;
            seen.Leave(m);
        }
        var sentences = SettledBySentence(text, matches);
        foreach (var m in matches)
        {
            if (m.Accepted)
            {
                m.Chosen = Choose(m, country, governorate, anchors, sentences, text);
            }
        }
        // Every row is chosen before any is judged a stray: the place told after a name may locate it.
        var strays = new bool[matches.Count];
        var namedCountries = CountriesNamedAsCountries(matches, text);
        for (var i = 0; i < matches.Count; i++)
        {
            strays[i] = matches[i].Accepted && IsStray(matches[i], country, anchors) && !LocatedByWriter(matches[i], i, matches, text)
                && !InNamedCountry(matches[i], namedCountries, text);
        }
        for (var i = 0; i < matches.Count; i++)
        {
            matches[i].Accepted &= !strays[i] && !OwnedByOtherCountry(matches[i], text) && !CutToItsHead(matches[i], text)
                && !RefersBackToBuilding(matches[i], matches, text) && !RefersBackToPair(matches[i], matches, text);
        }
        AcceptFramedVillages(text, matches, country, governorate, anchors, sentences);
        ChooseLabelledVillageAtHome(text, matches, country, governorate, anchors, sentences);
        PlaceByCompass(text, matches, country, governorate, anchors, sentences);
        PlaceByFrame(text, matches, country, governorate, anchors, sentences);
        PlaceByCountryLabel(text, matches, country, governorate, anchors, sentences);
        PlaceByRegionLabel(text, matches, country, governorate, anchors, sentences);
        PlaceQuarterOfToldCity(text, matches);
        PlaceQuarterAtAnchor(matches, anchors);
        PlaceQuarterInCity(text, matches, country, governorate, anchors);
        PlaceSiteInTownAfter(text, matches);
        PlaceVillageNearTown(text, matches);
        PlaceListMemberNearPartners(matches, anchors);
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
                var confidence = 1 / (1 + Math.Exp(-(m.Score - Threshold + 0.5))) * (m.Rows.Length > 1 ? 0.95 : 1);
                var written = MentionSpan(m, text);
                hits.Add(new PlaceHit(m.First, m.End, m.Span, mention with { Confidence = Math.Round(confidence, 2) })
                {
                    Written = written == m.Span ? null : written,
                    PutByTown = m.Relative is not null,
                });
            }
        }
        AddNisbaCapitals(text, hits);
        AddFacilities(text, matches, hits, country);
        return hits;
    }

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Norm[0] is '"' or '«' or '»';

    /// <summary>Words a quoted title may have before the place name that ends it («رسائل سرت», «خطر الكيماوي في سوريا»).</summary>
    private const int TitleReach = 5;

    /// <summary>
    /// «في رسالة مصورة تحت اسم «رسائل سرت»», «بعنوان "خطر الكيماوي في سوريا"»: a name that closes
    /// a quote opened a few words before it, right after a word that introduces a title
    /// (place_title_heads.tsv), ends the title of a video, a series, a slogan or a group's chosen
    /// name, and names no place where anything happens. Without such a word the quote may hold a
    /// place's own two-word name («بلدة "تل عبيد"», «منطقة "كفر سوسة"») or a quoted report.
    /// </summary>
    private bool EndsQuotedTitle(Match m, IReadOnlyList<Token> tokens)
    {
        if (m.First == 0 || m.End >= tokens.Count || !IsQuote(tokens[m.End]) || tokens[m.End].Norm[0] == '«' || IsQuote(tokens[m.First - 1]))
        {
            return false;
        }
        for (var k = m.First - 1; k >= Math.Max(1, m.First - 1 - TitleReach); k--)
        {
            var t = tokens[k];
            if (IsQuote(t))
            {
                var head = tokens[k - 1];
                return t.Norm[0] != '»' && head.IsWord && head.Sentence == t.Sentence && L.TitleHeads.Contains(head.Norm);
            }
            if (!t.IsWord || t.Sentence != tokens[m.First].Sentence)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «بلدة الزيارة», «في بلدة "معربا"», «حي التضامن»: a town or quarter word right before a name
    /// only the NewsFANE count stoplisted (a word seldom a place in that corpus) makes it a place;
    /// the hand-made list's common words («عاصمة الدولة») keep their doubt.
    /// Not a nisba («بلدة تركية», a Turkish town), and not after «بلده» (his country), which folds
    /// to the cue's spelling.
    /// </summary>
    private bool TownWordBefore(Match m, AnalyzedText text) =>
        L.MeasuredStop.Contains(m.Key) && !L.Nationalities.ContainsKey(m.Key) && !L.Nationalities.ContainsKey("ال" + m.Key)
        && PreviousWord(text, m.First) is { } prev && CueKindOf(prev) is "settlement" or "district"
        && text.Body[prev.Span.End - 1] != 'ه';

    /// <summary>The name carries the clitic preposition «ب» itself («بالقصير», «وبالقصير»), not «ل» nor «و» alone.</summary>
    private static bool BehindBa(Match m, AnalyzedText text) =>
        m.Span.Start > text.Tokens[m.First].Span.Start && text.Body[m.Span.Start - 1] == 'ب';

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
        if (prev is not null && L.BlockBeforePairs.TryGetValue(prev.Norm, out var firsts) && PreviousWord(text, prev.Index) is { } prev2 && firsts.Contains(prev2.Norm))
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
        // «أحياء المدينة», «مطار المدينة», «داخل المدينة»: the word is the city the text named before
        // (the event linker's back-reference), never a town of that name; Medina is «المدينة المنورة».
        if (m.Stop && L.Stoplist[m.Key] == "reference")
        {
            return 0;
        }
        if (IsNoNameHere(m, text))
        {
            return 0;
        }
        var prior = 0.0;
        var rows = m.Rows;
        for (var ri = 0; ri < rows.Length; ri++)
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
        // «لـ«الشرق الأوسط»», «صحيفة «الحياة»»: a name inside its own quotes is a title (a newspaper, a
        // channel), unless a preposition word opens it («إلى "أضنة"», «ميناء «زوارة»» has its cue, and
        // so has «بمنطقة "تل عفر"», though no cue for the weighing) or, on the second pass, it joins a
        // list of accepted places («حلب» و«إدلب»).
        if (m.First > 0 && IsQuote(tokens[m.First - 1]) && m.End < tokens.Count && IsQuote(tokens[m.End]) && m.CueKind is null
            && !m.PrepositionWord && !m.CueBehindClitic && !(!firstPass && seen is not null && InListOfPlaces(m)))
        {
            return 0;
        }
        if (EndsQuotedTitle(m, tokens) && m.CueKind is null && !m.PrepositionWord && !m.CueBehindClitic && m.Bearing < 0)
        {
            return 0;
        }
        // A foreign capital that stands for its government («موسكو», «واشنطن»), or a town named like a
        // common adjective («القصير»), is a place only after a preposition or a cue word. For the
        // town, the preposition «ب» written on it is that word («بالقصير»: the adjective never takes
        // it after «المدى»), and so is «و» after an accepted place of a country, read forward
        // («بيت لحم والخليل», «حمص والقصير»): a list that begins with a place goes on naming places.
        // Not for a capital: «ب» is as often the object of a verb or noun that takes it («الاستقواء
        // بواشنطن», «علاقاتها الوثيقة بأنقرة»), and «بين واشنطن وأنقرة» lists governments.
        if (m.Stop && L.Stoplist[m.Key] is "capital" or "cued" && m.CueKind is null && !m.PrepositionWord
            && !(L.Stoplist[m.Key] == "cued" && (BehindBa(m, text) || !firstPass && seen is not null && IsListPartner(m.ListBefore))))
        {
            return 0;
        }
        // «قرية سنية», «أحياء سنية»: an adjective of sect after a settlement word describes it and names none.
        if (m.Stop && L.Stoplist[m.Key] == "nisba" && !m.PrepositionWord)
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
        else if (m.Stop && L.Stoplist[m.Key] is not ("capital" or "cued") && !TownWordBefore(m, text))
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
            // A member of a list of accepted places («قرى الحواش والعنكاوي والعمقية») is carried by
            // its list as another is by its cue word: the tagger, which never read such lists of
            // villages, does not veto it.
            // A name the writer put in quotes right after an area word behind «ب»/«ل» («بريف "تلكلخ"») is
            // introduced by that word as by a cue: the tagger, which reads the quotes as a title's,
            // does not veto it either.
            var weakOnly = prior < 3 && m.CueKind is null && !m.PrepositionWord
                && !(m.CueBehindClitic && m.First > 0 && IsQuote(tokens[m.First - 1]) && m.End < tokens.Count && IsQuote(tokens[m.End]))
                && !(!firstPass && seen is not null && (seen.AcceptedBefore(m.Key) || InListOfPlaces(m)));
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
            if (InListOfPlaces(m))
            {
                score += ListWeight;
            }
            if (IsQuarterOfAnchor(m, seen.Anchors))
            {
                score += QuarterWeight;
            }
        }
        return score;
    }
}
