using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Resolution by what the sentence around a name says: the countries and governorates its other
/// places lie in, and the governorate or city that frames it («حي القدم في دمشق»); the compass phrase
/// after a name is PlaceStage.Compass.cs.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>A namesake in a country another place of its sentence lies in.</summary>
    private const double SentenceCountryWeight = 1.5;

    /// <summary>A namesake in a governorate another place of its sentence names or lies in.</summary>
    private const double SentenceGovernorateWeight = 1;

    /// <summary>
    /// A namesake within <see cref="SentenceNearKm"/> of a settled town or site of its own sentence
    /// weighs as much as one near the article's anchors, and outweighs the article's focus
    /// governorate and the namesake that bears the name itself rather than as a variant.
    /// </summary>
    private const double SentenceNearWeight = 2;

    /// <summary>How close «nearby» is: a village beside a small town, not the next district (30 km carried a Ghab village to the plain's far edge beside al-Lataminah).</summary>
    private const double SentenceNearKm = 15;

    /// <summary>
    /// The countries and governorates the settled places of each sentence lie in: a country, a
    /// name whose namesakes all lie in one country, and for the governorate a place named once
    /// or strong on its own. The article's majority country and anchors say where most of it
    /// is; this says where one sentence is, which matters in reports that cross borders («في
    /// العراق لا سيما في الرمادي، عاصمة الأنبار» in a report on Syria's east, «ثوار مصر …
    /// وثوار الإسماعيلية» after a misread Syrian name).
    /// </summary>
    private sealed class SentencePlaces
    {
        private readonly Dictionary<int, List<Entry>> _bySentence = [];

        /// <summary>A settled place of a sentence: its country, its governorate when settled, and its point when it is a town or a site (NaN otherwise); a point only, for a town with namesakes abroad.</summary>
        public readonly record struct Entry(Match Owner, string Country, string Admin1, double Lat, double Lon, bool PointOnly)
        {
            public bool HasPoint => !double.IsNaN(Lat);
        }

        /// <summary>What the sentence says around one name: the nearest settled place on each side, and the nearest with a point on each side.</summary>
        public sealed class Neighbours
        {
            public readonly List<(string Country, string Admin1)> Places = new(2);
            public readonly List<(double Lat, double Lon)> Points = new(2);
        }

        public void Add(int sentence, Entry entry)
        {
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                _bySentence[sentence] = list = [];
            }
            list.Add(entry);
        }

        /// <summary>
        /// The nearest settled place on each side of <paramref name="m"/> in its sentence (none,
        /// one or two): a sentence that lists «الحسكة والرقة في سوريا، وقرب … سنجار وتل عفر … في
        /// العراق» speaks of two countries, each in its own part. Also the nearest town or site on
        /// each side («في مدينة اعزاز في ريف حلب الشمالي إلى مقرهم في قرية X القريبة»: X's namesake
        /// near Azaz), in the same clause. Asked once per choice, not per row.
        /// </summary>
        public Neighbours? Near(Match m, int sentence, SealedList<Token> tokens)
        {
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                return null;
            }
            // Matches are added in text order, so the nearest on each side is found by bisection:
            // a long sentence (text without punctuation is one sentence per window) names thousands
            // of places, and a scan per choice made the pass quadratic in them.
            var lo = Ordered.LowerBound(list, m.First, static x => x.Owner.First);
            var before = Nearest(list, m, lo - 1, -1, points: false);
            var after = Nearest(list, m, lo, 1, points: false);
            if (before is null && after is null)
            {
                return null;
            }
            var near = new Neighbours();
            foreach (var side in (ReadOnlySpan<Entry?>)[before, after])
            {
                if (side is { } x)
                {
                    near.Places.Add((x.Country, x.Admin1));
                }
            }
            foreach (var side in (ReadOnlySpan<Entry?>)[Nearest(list, m, lo - 1, -1, points: true), Nearest(list, m, lo, 1, points: true)])
            {
                // Only a town of the same clause: «… بلدة X بريف حمص، كذلك استهدفت … قرية Y» speaks of two spots.
                if (side is { } x && !ClauseBreak(tokens, Math.Min(x.Owner.End, m.End), Math.Max(x.Owner.First, m.First)))
                {
                    near.Points.Add((x.Lat, x.Lon));
                }
            }
            return near;
        }

        /// <summary>The first entry from <paramref name="from"/> in direction <paramref name="step"/> that is
        /// another name than <paramref name="m"/> (and has a point, when asked); a bounded number are skipped.</summary>
        private static Entry? Nearest(List<Entry> list, Match m, int from, int step, bool points)
        {
            for (int k = from, seen = 0; k >= 0 && k < list.Count && seen < MaxSkipped; k += step, seen++)
            {
                var entry = list[k];
                if (!ReferenceEquals(entry.Owner, m) && !string.Equals(entry.Owner.Key, m.Key, StringComparison.Ordinal) && (points ? entry.HasPoint : !entry.PointOnly))
                {
                    return entry;
                }
            }
            return null;
        }

        private const int MaxSkipped = 64;

        /// <summary>Puts each sentence's entries in text order once, before the first question.</summary>
        public void Seal()
        {
            foreach (var list in _bySentence.Values)
            {
                for (var i = 1; i < list.Count; i++)
                {
                    if (list[i].Owner.First < list[i - 1].Owner.First)
                    {
                        // Stable, so names that start at one token keep their order.
                        var sorted = list.OrderBy(static x => x.Owner.First).ToList();
                        list.Clear();
                        list.AddRange(sorted);
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// What the sentence's places beside a name say of namesake <paramref name="e"/>. Their
        /// country counts only when it is not the article's: the article's country already weighs
        /// every choice, and a second say for it let «دمشق» in a sentence carry «القاهرة» to a
        /// Syrian hamlet. A namesake close to a town or site of its own sentence is where the
        /// sentence is: that outweighs the article's focus governorate (a report on Damascus's
        /// countryside that follows men from Azaz to a village «القريبة» of Azaz).
        /// </summary>
        public static double Weigh(Neighbours near, GazetteerEntry e, string? articleCountry)
        {
            if (e.Country.Length == 0)
            {
                return 0;
            }
            bool sameCountry = false, sameGovernorate = false;
            foreach (var (country, admin1) in near.Places)
            {
                sameCountry |= string.Equals(country, e.Country, StringComparison.Ordinal);
                sameGovernorate |= admin1.Length > 0 && string.Equals(admin1, e.Admin1, StringComparison.Ordinal)
                    && string.Equals(country, e.Country, StringComparison.Ordinal);
            }
            sameCountry &= !string.Equals(e.Country, articleCountry, StringComparison.Ordinal);
            var close = false;
            if (e.Precision != "country")
            {
                foreach (var (lat, lon) in near.Points)
                {
                    close |= GeoMath.DistanceKm(lat, lon, e.Lat, e.Lon) < SentenceNearKm;
                }
            }
            return (sameCountry ? SentenceCountryWeight : 0) + (sameGovernorate ? SentenceGovernorateWeight : 0) + (close ? SentenceNearWeight : 0);
        }
    }

    private SentencePlaces SettledBySentence(AnalyzedText text, List<Match> matches)
    {
        var places = new SentencePlaces();
        foreach (var m in matches)
        {
            if (!m.Accepted || m.Chosen < 0 || m.Lifted || m.CountryRelative)
            {
                continue;
            }
            var e = G[m.Chosen];
            if (e.Country.Length == 0)
            {
                continue;
            }
            var settled = e.Type != "country" && (m.Rows.Length == 1 || Prior(m.Chosen) >= 2.5);
            // Only a settled town or site has a point to be near: a governorate's centroid lies tens of
            // kilometres from its towns, and a city is named as the landmark of a wide area («قرى
            // سهل الغاب … في ريف حماة», Hama 60 km off), a small town only for what lies beside it.
            var point = settled && e.Precision == "point" && m.Bearing < 0 && m.Phrase is null && e.Population < WorldCityPopulation;
            var (lat, lon) = point ? (e.Lat, e.Lon) : (double.NaN, double.NaN);
            if (e.Type != "country" && SpansCountries(m))
            {
                // A name with namesakes abroad says nothing of the sentence's country, but a town strong
                // on its own («اعزاز», also a village of Iran) still says where its neighbours lie.
                if (point && Prior(m.Chosen) >= 2.5)
                {
                    places.Add(text.Tokens[m.First].Sentence, new SentencePlaces.Entry(m, string.Empty, string.Empty, lat, lon, PointOnly: true));
                }
                continue;
            }
            places.Add(text.Tokens[m.First].Sentence, new SentencePlaces.Entry(m, e.Country, settled ? e.Admin1 : string.Empty, lat, lon, PointOnly: false));
        }
        places.Seal();
        return places;
    }

    /// <summary>Tokens that may stand between a place and the governorate or city containing it: «في», a cue word («محافظة», «إقليم»).</summary>
    private const int FrameGap = 2;

    /// <summary>
    /// «بلدة صيدا بريف درعا», «في بلدة مديات بإقليم ماردين», «حي القدم في دمشق»: a name followed at
    /// once by the governorate or city that contains it («ب», «في», a cue word between, no «و») lies
    /// in that governorate. Among its namesakes the one there wins over a bigger one elsewhere (Sidon
    /// in Lebanon for the village of Daraa). The container is resolved first, on its own.
    /// </summary>
    private void PlaceByFrame(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.Rows.Length < 2 || x.Near is not null || G[x.Chosen].Precision == "country")
            {
                continue;
            }
            var y = ImmediateFrame(tokens, x, matches[i + 1]) ? matches[i + 1] : FarFrame(tokens, matches, i);
            if (y is null)
            {
                continue;
            }
            var frame = G[y.Chosen];
            x.Frame = (frame.Country, frame.Admin1);
            x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
        }
    }

    /// <summary>Whether <paramref name="y"/> can contain other places: resolved, not a compass phrase, inside a country and one of its governorates.</summary>
    private bool IsContainer(Match y)
    {
        if (!y.Accepted || y.Chosen < 0 || y.Bearing >= 0)
        {
            return false;
        }
        var frame = G[y.Chosen];
        return frame.Precision != "country" && frame.Country.Length > 0 && frame.Admin1.Length > 0;
    }

    /// <summary>«X بY», «X في Y», «X في محافظة Y»: the container follows at once a preposition, never «و» (a list) or nothing at all.</summary>
    private bool ImmediateFrame(SealedList<Token> tokens, Match x, Match y)
    {
        if (!IsContainer(y) || x.End > y.First || y.First - x.End > FrameGap || tokens[x.First].Sentence != tokens[y.First].Sentence)
        {
            return false;
        }
        var lexicon = PlaceLexicon.Default;
        for (var k = x.End; k < y.First; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.Norm != "في" && !lexicon.Cues.ContainsKey(t.Norm))
            {
                return false;
            }
        }
        return y.First > x.End || BaBefore(tokens, y);
    }

    /// <summary>«بريف حلب»: the name begins inside its token, behind the clitic ب.</summary>
    private static bool BaBefore(SealedList<Token> tokens, Match y)
    {
        var first = tokens[y.First];
        return first.Norm.StartsWith('ب') && y.Span.Start > first.Span.Start;
    }

    /// <summary>How many tokens may stand between a place and a governorate named later in its clause.</summary>
    private const int FarFrameGap = 8;

    /// <summary>
    /// «بلدة صيدا على طريق دمشق عمان في محافظة درعا»: a governorate or countryside named by its own
    /// word («محافظة», «ريف», «إقليم», «ولاية») after «في» or «ب» a few words later in the same
    /// clause contains the places before it, whatever stands between (a road, a base, another
    /// name). Only a container said to be one: a bare town later in the clause may be the next
    /// stop of a list. A comma or a full stop ends the clause.
    /// </summary>
    private Match? FarFrame(SealedList<Token> tokens, List<Match> matches, int i)
    {
        var x = matches[i];
        for (var j = i + 1; j < matches.Count; j++)
        {
            var y = matches[j];
            if (y.First < x.End)
            {
                continue;
            }
            if (y.First - x.End > FarFrameGap || tokens[x.First].Sentence != tokens[y.First].Sentence || ClauseBreak(tokens, x.End, y.First))
            {
                return null;
            }
            if (y.CueKind is not ("governorate" or "rural") || !IsContainer(y))
            {
                continue;
            }
            var before = y.First > 0 ? tokens[y.First - 1] : null;
            var introduced = before is { IsWord: true, Norm: "في" } || BaBefore(tokens, y);
            return introduced ? y : null;
        }
        return null;
    }

    /// <summary>A comma, a full stop or a semicolon between two tokens (<see cref="PlaceClauses.Break"/>).</summary>
    private static bool ClauseBreak(SealedList<Token> tokens, int from, int to) => PlaceClauses.Break(tokens, from, to);

    /// <summary>Beyond this from the city a namesake is no quarter of it, nor of its outskirts («حي الطراح», 35 km from al-Fallujah, is of the Tharthar area it names).</summary>
    private const double QuarterFarKm = 40;

    /// <summary>
    /// «حي المغاير الشعبي في حلب», «حي الشريعة بمدينة حماة»: a name a quarter word introduces is a
    /// quarter of the city its sentence names. When the gazetteer has no row of it in that city
    /// (only a village 50 km off, a quarter of Riyadh or Manama) nor a quarter row near any town the
    /// article anchors («حي بابا عمرو» of Homs in a sentence that names Aleppo), the quarter is put at the city
    /// with region precision, as a compass phrase puts a small place (see <see cref="PlaceByCompass"/>):
    /// the city's point lies within a few kilometres of its quarters, a namesake hundreds away.
    /// The city is the nearest town of the sentence with a town's weight (prior 2.5 or more: 20,000
    /// people, a governorate seat) or a quarter («في حلب القديمة»); not a village, a country or a region.
    /// </summary>
    private void PlaceQuarterInCity(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors)
    {
        var tokens = text.Tokens;
        HashSet<string>? named = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.CueKind != "district" || x.Relative is not null || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative
                || Prior(x.Chosen) >= 2.5 || IsQuarterOfAnchor(x, anchors))
            {
                continue;
            }
            var sentence = tokens[x.First].Sentence;
            Match? city = null;
            var best = int.MaxValue;
            for (var j = 0; j < matches.Count; j++)
            {
                var y = matches[j];
                if (j == i || !y.Accepted || y.Chosen < 0 || y.Bearing >= 0 || y.Phrase is not null || y.Relative is not null || tokens[y.First].Sentence != sentence)
                {
                    continue;
                }
                var type = G.TypeOf(y.Chosen);
                if (!(type == "locality" && Prior(y.Chosen) >= 2.5 || Gazetteer.IsQuarterType(type)))
                {
                    continue;
                }
                var gap = y.First >= x.End ? y.First - x.End : x.First - y.End;
                if (gap < best && !JoinerBetween(tokens, Math.Min(x.End, y.End), Math.Max(x.First, y.First)))
                {
                    (city, best) = (y, gap);
                }
            }
            city ??= ArticleCity(text, matches, i, country, governorate, anchors, ref named);
            if (city is null)
            {
                continue;
            }
            PlaceAtWhenRowsFar(x, city.Chosen, QuarterFarKm);
        }
    }

    /// <summary>
    /// The city of a quarter whose own sentence names no other place («وشهد حي برزة اشتباكات»): the
    /// town of the article's focus governorate told last before it. A report names its city once and
    /// then its quarters. Not when a row of the quarter lies within <see cref="QuarterFarKm"/> of an
    /// anchor or of any town the article names (in a compass phrase or not): that row is the quarter;
    /// nor when the quarter was put in another country the article names.
    /// </summary>
    private Match? ArticleCity(AnalyzedText text, List<Match> matches, int i, string? country, string? governorate, AnchorIndex anchors, ref HashSet<string>? named)
    {
        if (country is null || governorate is null)
        {
            return null;
        }
        var x = matches[i];
        // A quarter put in another country the article names («منطقة البجدلية بحي السيدة زينب» of
        // Damascus in a Syrian press review the focus reads as Egyptian) is that country's; a namesake
        // in a country it never names (an Egyptian «الشيخ سعيد» for the Aleppo quarter) is not.
        var home = G[x.Chosen].Country;
        if (!string.Equals(home, country, StringComparison.Ordinal) && (named ??= NamedCountries(matches)).Contains(home))
        {
            return null;
        }
        var sentence = text.Tokens[x.First].Sentence;
        foreach (var r in x.Rows)
        {
            if (anchors.Count > 0 && anchors.NearestKm(G.LatOf(r), G.LonOf(r), QuarterFarKm + 1) <= QuarterFarKm)
            {
                return null;
            }
        }
        Match? city = null;
        for (var j = 0; j < matches.Count; j++)
        {
            var y = matches[j];
            if (j == i || !y.Accepted || y.Chosen < 0)
            {
                continue;
            }
            if (text.Tokens[y.First].Sentence == sentence)
            {
                return null;
            }
            if (G.TypeOf(y.Chosen) != "locality" || Prior(y.Chosen) < 2.5)
            {
                continue;
            }
            var c = G[y.Chosen];
            foreach (var r in x.Rows)
            {
                if (GeoMath.DistanceKm(G.LatOf(r), G.LonOf(r), c.Lat, c.Lon) <= QuarterFarKm)
                {
                    return null;
                }
            }
            if (y.End <= x.First && y.Bearing < 0 && y.Phrase is null && y.Relative is null
                && string.Equals(c.Country, country, StringComparison.Ordinal) && string.Equals(c.Admin1, governorate, StringComparison.Ordinal))
            {
                city = y;
            }
        }
        return city;
    }

    /// <summary>
    /// «حي الشرطة في جنوب بغداد، بينما انفجرت سيارة في العزيزية»: a word that opens a second
    /// happening's clause stands between the two, and the town told there is not the quarter's.
    /// </summary>
    private bool JoinerBetween(SealedList<Token> tokens, int from, int to) => PlaceClauses.JoinerBetween(tokens, from, to, L.ClauseJoiners);

    /// <summary>
    /// Puts <paramref name="x"/> at the town <paramref name="town"/> when none of its rows lies within
    /// <paramref name="farKm"/> of it: the sources lack the quarter or village its sentence places there,
    /// and every row they have is a namesake elsewhere (<see cref="PlaceQuarterInCity"/>, <see cref="PlaceVillageNearTown"/>).
    /// </summary>
    private void PlaceAtWhenRowsFar(Match x, int town, double farKm)
    {
        var c = G[town];
        foreach (var r in x.Rows)
        {
            if (GeoMath.DistanceKm(G.LatOf(r), G.LonOf(r), c.Lat, c.Lon) <= farKm)
            {
                return;
            }
        }
        x.Relative = (c.Lat, c.Lon, town);
    }

    /// <summary>As much as a nisba beside the name («الرباط المغربية»): the text says in so many words where the place lies.</summary>
    private const double FrameWeight = 8;

    /// <summary>What «X بريف Y» says of namesake <paramref name="e"/> of X: in Y's governorate, or not.</summary>
    private static double FrameFit(Match m, GazetteerEntry e) =>
        m.Frame is { } f && e.Precision != "country" && string.Equals(e.Country, f.Country, StringComparison.Ordinal) && string.Equals(e.Admin1, f.Admin1, StringComparison.Ordinal) ? FrameWeight : 0;
}
