using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// What a list adds to a name: a town joined by «و» to an accepted place within a country
    /// («الفوعة وكفريا», «داريا وحجيرة والبحدلية بريف دمشق», «إسطنبول، وقونية») is a place of
    /// the same kind, though alone it would be a village-sized name after a bare clitic.
    /// </summary>
    private const double ListWeight = 2.5;

    private static void Coordinate(AnalyzedText text, List<Match> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            var (a, b) = (matches[i - 1], matches[i]);
            if (a.Rows.Length > 0 && b.Rows.Length > 0 && Joined(text, a, b))
            {
                a.ListAfter = b;
                b.ListBefore = a;
            }
        }
    }

    private static bool Joined(AnalyzedText text, Match a, Match b)
    {
        var tokens = text.Tokens;
        if (tokens[a.First].Sentence != tokens[b.First].Sentence)
        {
            return false;
        }
        var conjunction = b.Span.Start > tokens[b.First].Span.Start && text.Body[tokens[b.First].Span.Start] == 'و';
        // A bare comma also opens an apposition («مخمور والكوير، علي حسين قائد …»): only «و» joins.
        return conjunction && (b.First == a.End || b.First == a.End + 1 && tokens[a.End].Kind == TokenKind.Punctuation && tokens[a.End].Norm is "،" or ","
            || UnknownMembers(text, a.End, b.First));
    }

    /// <summary>How many villages the gazetteer lacks may stand between two names of one list.</summary>
    private const int MaxUnknownMembers = 3;

    /// <summary>
    /// «قرى الحواش والعنكاوي والعمقية»: a village the gazetteer lacks («والعنكاوي») is still a
    /// member of the list, so the names on either side of it are joined. Each word between must be
    /// one word behind «و», no name of its own (a match would have been taken).
    /// </summary>
    private static bool UnknownMembers(AnalyzedText text, int from, int to)
    {
        if (to <= from || to - from > MaxUnknownMembers)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            var t = text.Tokens[k];
            if (!t.IsWord || t.Norm.Length < 4 || t.Norm[0] != 'و')
            {
                return false;
            }
        }
        return true;
    }

    // Earlier names answer with their second-pass verdict, later ones with their first, so a list
    // is read forward from the place that anchors it. A common word («المدينة») or a name a cue
    // already carries gains nothing from it.
    // The partner must be a place within a country: beside a country or a continent a list
    // names countries, people and powers («إيران ونصر الله», «الولايات المتحدة وأوروبا»).
    private bool InListOfPlaces(Match m) =>
        !m.Stop && m.CueKind is null && (IsListPartner(m.ListBefore) || IsListPartner(m.ListAfter));

    /// <summary>How far from a town the document anchors a quarter of it may lie (a big city's outer quarters).</summary>
    private const double QuarterKm = 15;

    /// <summary>
    /// What a quarter of a town the document names adds to a bare name: «الحسينية والشعلة» in an
    /// article on Baghdad are its quarters (gazetteer neighbourhood or district rows within
    /// <see cref="QuarterKm"/> of an anchor), though alone each is a village-sized word.
    /// </summary>
    private const double QuarterWeight = 2;

    private bool IsQuarterOfAnchor(Match m, AnchorIndex anchors)
    {
        if (m.Stop || anchors.Count == 0)
        {
            return false;
        }
        var rows = m.Rows;
        for (var ri = 0; ri < rows.Length; ri++)
        {
            var r = rows[ri];
            if (Gazetteer.IsQuarterType(G.TypeOf(r)) && anchors.NearestKm(G.LatOf(r), G.LonOf(r), QuarterKm) <= QuarterKm)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsListPartner(Match? p) =>
        p is { Accepted: true, Chosen: >= 0 } && G.TypeOf(p.Chosen) != "country" && G.CountryOf(p.Chosen).Length > 0;

    /// <summary>
    /// What the second recognition pass asks of the other matches (an accepted earlier mention of
    /// the same name, another accepted place in the sentence), kept as running counts so that
    /// the pass is linear in the number of matches instead of comparing every pair. Earlier
    /// matches answer with their second-pass verdict and later ones with their first, as when
    /// every pair was compared in order.
    /// </summary>
    private sealed class Neighbourhood
    {
        private readonly AnalyzedText _text;
        private readonly HashSet<string> _acceptedKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _earlier = [];
        private readonly Dictionary<int, int> _later = [];

        public Neighbourhood(AnalyzedText text, List<Match> matches)
        {
            _text = text;
            foreach (var m in matches)
            {
                if (m.Accepted)
                {
                    _later[SentenceOf(m)] = _later.GetValueOrDefault(SentenceOf(m)) + 1;
                }
            }
        }

        private int SentenceOf(Match m) => _text.Tokens[m.First].Sentence;

        /// <summary>The first pass's anchors of the document (its strong places in its country).</summary>
        public AnchorIndex Anchors { get; init; } = AnchorIndex.Empty;

        /// <summary>Call before scoring <paramref name="m"/> (its first-pass verdict leaves the later ones).</summary>
        public void Enter(Match m)
        {
            if (m.Accepted)
            {
                _later[SentenceOf(m)]--;
            }
        }

        /// <summary>Call after scoring <paramref name="m"/> (its second-pass verdict joins the earlier ones).</summary>
        public void Leave(Match m)
        {
            if (m.Accepted)
            {
                _earlier[SentenceOf(m)] = _earlier.GetValueOrDefault(SentenceOf(m)) + 1;
                _acceptedKeys.Add(m.Key);
            }
        }

        public bool AcceptedBefore(string key) => _acceptedKeys.Contains(key);

        public bool OtherAcceptedInSentence(int sentence) => _earlier.GetValueOrDefault(sentence) + _later.GetValueOrDefault(sentence) > 0;
    }
}
