using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Resolution by what the sentence around a name says: the countries and governorates its other
/// places lie in, and a compass phrase right after it («التاجي شمال بغداد») that says where it lies.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>A namesake in a country another place of its sentence lies in.</summary>
    private const double SentenceCountryWeight = 1.5;

    /// <summary>A namesake in a governorate another place of its sentence names or lies in.</summary>
    private const double SentenceGovernorateWeight = 1;

    /// <summary>Beyond this a namesake does not lie where «X شمال Y» says X lies.</summary>
    private const double RelativeFarKm = 100;

    /// <summary>How far from the compass word's bearing a namesake may lie and still be "that way" (eight words, 45° apart).</summary>
    private const double CompassToleranceDeg = 30;

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
        private readonly Dictionary<int, List<(Match Owner, string Country, string Admin1)>> _bySentence = [];

        public void Add(int sentence, Match owner, string country, string admin1)
        {
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                _bySentence[sentence] = list = [];
            }
            list.Add((owner, country, admin1));
        }

        /// <summary>
        /// The nearest settled place on each side of <paramref name="m"/> in its sentence (none,
        /// one or two): a sentence that lists «الحسكة والرقة في سوريا، وقرب … سنجار وتل عفر … في
        /// العراق» speaks of two countries, each in its own part. Asked once per choice, not per row.
        /// </summary>
        public List<(string Country, string Admin1)>? Near(Match m, int sentence)
        {
            if (!_bySentence.TryGetValue(sentence, out var list))
            {
                return null;
            }
            // Matches are added in text order, so the nearest on each side is found by bisection:
            // a long sentence (text without punctuation is one sentence per window) names thousands
            // of places, and a scan per choice made the pass quadratic in them.
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (list[mid].Owner.First < m.First)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            var before = Nearest(list, m, lo - 1, -1);
            var after = Nearest(list, m, lo, 1);
            if (before is null && after is null)
            {
                return null;
            }
            var near = new List<(string, string)>(2);
            if (before is { } b)
            {
                near.Add((b.Country, b.Admin1));
            }
            if (after is { } a)
            {
                near.Add((a.Country, a.Admin1));
            }
            return near;
        }

        /// <summary>The first entry from <paramref name="from"/> in direction <paramref name="step"/> that is
        /// another name than <paramref name="m"/>; a name repeated back to back is skipped a bounded number of times.</summary>
        private static (Match Owner, string Country, string Admin1)? Nearest(List<(Match Owner, string Country, string Admin1)> list, Match m, int from, int step)
        {
            for (int k = from, seen = 0; k >= 0 && k < list.Count && seen < MaxSkipped; k += step, seen++)
            {
                var entry = list[k];
                if (!ReferenceEquals(entry.Owner, m) && !string.Equals(entry.Owner.Key, m.Key, StringComparison.Ordinal))
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
        /// Syrian hamlet.
        /// </summary>
        public static double Weigh(List<(string Country, string Admin1)> near, GazetteerEntry e, string? articleCountry)
        {
            if (e.Country.Length == 0)
            {
                return 0;
            }
            bool sameCountry = false, sameGovernorate = false;
            foreach (var (country, admin1) in near)
            {
                sameCountry |= string.Equals(country, e.Country, StringComparison.Ordinal);
                sameGovernorate |= admin1.Length > 0 && string.Equals(admin1, e.Admin1, StringComparison.Ordinal)
                    && string.Equals(country, e.Country, StringComparison.Ordinal);
            }
            sameCountry &= !string.Equals(e.Country, articleCountry, StringComparison.Ordinal);
            return (sameCountry ? SentenceCountryWeight : 0) + (sameGovernorate ? SentenceGovernorateWeight : 0);
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
            if (e.Country.Length == 0 || e.Type != "country" && SpansCountries(m))
            {
                continue;
            }
            var settledAdmin = e.Type != "country" && (m.Rows.Length == 1 || Prior(m.Chosen) >= 2.5) ? e.Admin1 : string.Empty;
            places.Add(text.Tokens[m.First].Sentence, m, e.Country, settledAdmin);
        }
        places.Seal();
        return places;
    }

    /// <summary>
    /// «X شمال Y», «X، جنوب Y»: X lies that way from Y, a short distance off. Among X's namesakes
    /// the one near that point wins; when none is near and X is a small place (no town a reader
    /// would know), X is put at that point with region precision rather than at a namesake
    /// hundreds of kilometres away (only Diyala has a «التاجي» in the gazetteer; the one north of
    /// Baghdad is missing). A known town stays itself: «الرقة شرق حلب» is Raqqa, 160 km off.
    /// </summary>
    private void PlaceByCompass(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        var tokens = text.Tokens;
        for (var j = 1; j < matches.Count; j++)
        {
            var d = matches[j];
            if (!d.Accepted || d.Bearing < 0 || d.Phrase is null || d.CueKind == "rural" || d.CountryRelative || d.Chosen < 0)
            {
                continue;
            }
            var y = G[d.Chosen];
            if (y.Precision != "point")
            {
                continue;
            }
            var x = matches[j - 1];
            if (!x.Accepted || x.Chosen < 0 || x.Bearing >= 0 || x.Phrase is not null || x.End > d.First
                || tokens[x.First].Sentence != tokens[d.First].Sentence || !OnlyPunctuation(tokens, x.End, d.First))
            {
                continue;
            }
            var point = GeoMath.Offset(y.Lat, y.Lon, d.Bearing, d.OffsetKm);
            x.Near = point;
            if (x.Rows.Length > 1)
            {
                x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
            }
            var e = G[x.Chosen];
            // Writers also place a far town by the capital («قضاء البعاج شمال غرب بغداد», 400 km):
            // a namesake that lies the way the phrase says is kept however far it is.
            var way = Math.Abs((GeoMath.Bearing(y.Lat, y.Lon, e.Lat, e.Lon) - d.Bearing + 540) % 360 - 180);
            if (Prior(x.Chosen) < 2.5 && e.Precision == "point" && way > CompassToleranceDeg
                && GeoMath.DistanceKm(e.Lat, e.Lon, point.Lat, point.Lon) > RelativeFarKm)
            {
                x.Relative = (point.Lat, point.Lon, d.Chosen);
            }
        }
    }

    private static bool OnlyPunctuation(SealedList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>What «X شمال Y» says of namesake <paramref name="e"/> of X: near the point it gives, or not.</summary>
    private static double NearFit(Match m, GazetteerEntry e)
    {
        if (m.Near is not { } p || e.Precision == "country")
        {
            return 0;
        }
        var km = GeoMath.DistanceKm(e.Lat, e.Lon, p.Lat, p.Lon);
        return km < 40 ? 4 : km < RelativeFarKm ? 2 : 0;
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
        var lexicon = PlaceLexicon.Default;
        for (var j = 1; j < matches.Count; j++)
        {
            var y = matches[j];
            var x = matches[j - 1];
            if (!y.Accepted || y.Chosen < 0 || y.Bearing >= 0 || !x.Accepted || x.Chosen < 0 || x.Rows.Length < 2 || x.Near is not null
                || x.End > y.First || y.First - x.End > FrameGap || tokens[x.First].Sentence != tokens[y.First].Sentence)
            {
                continue;
            }
            var frame = G[y.Chosen];
            if (frame.Precision == "country" || frame.Country.Length == 0 || frame.Admin1.Length == 0 || G[x.Chosen].Precision == "country")
            {
                continue;
            }
            var between = true;
            for (var k = x.End; k < y.First && between; k++)
            {
                var t = tokens[k];
                between = t.IsWord && (t.Norm == "في" || lexicon.Cues.ContainsKey(t.Norm));
            }
            // «X بY» or «X في Y»: the container follows a preposition, never «و» (a list) or nothing at all.
            var first = tokens[y.First];
            var introduced = y.First > x.End || first.Norm.StartsWith('ب') && y.Span.Start > first.Span.Start;
            if (!between || !introduced)
            {
                continue;
            }
            x.Frame = (frame.Country, frame.Admin1);
            x.Chosen = Choose(x, country, governorate, anchors, sentences, text);
        }
    }

    /// <summary>As much as a nisba beside the name («الرباط المغربية»): the text says in so many words where the place lies.</summary>
    private const double FrameWeight = 8;

    /// <summary>What «X بريف Y» says of namesake <paramref name="e"/> of X: in Y's governorate, or not.</summary>
    private static double FrameFit(Match m, GazetteerEntry e) =>
        m.Frame is { } f && e.Precision != "country" && string.Equals(e.Country, f.Country, StringComparison.Ordinal) && string.Equals(e.Admin1, f.Admin1, StringComparison.Ordinal) ? FrameWeight : 0;
}
