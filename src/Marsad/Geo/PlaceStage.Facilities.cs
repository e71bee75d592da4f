using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Named places no gazetteer lists: hospitals, streets, bridges, ports, embassies, squares
/// («مستشفى الجامعة الأميركية», «شارع الحمرا», «جسر المنقف»). Around each head noun of
/// data/geo/place_facility_heads.tsv the toponym tagger reads where the name ends; a name of two
/// words or more that it calls a place is kept, located by the gazetteer place it holds or the
/// nearest one of its context (its sentence first), with that place's precision and no gazetteer id.
/// </summary>
public sealed partial class PlaceStage
{
    private const int FacilityBefore = 2;
    private const int FacilityAfter = 5;

    /// <summary>How much less sure a place located by its context is than the tagger's own probability.</summary>
    private const double FacilityConfidence = 0.8;

    /// <summary>The least probability the tagger gives each word of a site's name after its head.</summary>
    private const double MinSiteWordP = 0.6;

    private void AddFacilities(AnalyzedText text, List<Match> matches, List<PlaceHit> hits, string? country)
    {
        if (Tagger is not { } tagger || !Facilities || L.FacilityHeads.Count == 0)
        {
            return;
        }
        var tokens = text.Tokens;
        TagScratch? scratch = null;
        var anchors = hits.Count;
        var covered = new bool[tokens.Count];
        foreach (var h in hits)
        {
            covered.AsSpan(h.First, h.End - h.First).Fill(true);
        }
        var found = new List<PlaceHit>();
        var after = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A head the gazetteer already named with its facility («مطار كويرس», «مخيم اليرموك») is that place.
            if (i < after || covered[i] || !tokens[i].IsWord || HeadKind(tokens[i]) is not { } kind)
            {
                continue;
            }
            // A name needs a word after its head; after a settlement word a name the gazetteer
            // already placed is that place («حي الميدان»): neither needs the tagger.
            var next = i + 1 < tokens.Count && tokens[i + 1].Norm is "_" or "#" ? i + 2 : i + 1;
            if (next >= tokens.Count || !(tokens[next].IsWord || tokens[next].Kind == TokenKind.Number) || kind == "settlement" && covered[next])
            {
                continue;
            }
            var unit = text.Sentences[tokens[i].Sentence];
            var first = Math.Max(unit.First, i - FacilityBefore);
            var end = Math.Min(unit.End, i + FacilityAfter + 1);
            if (end - first < 2)
            {
                continue;
            }
            scratch ??= new TagScratch(tokens.Count);
            var (tagged, filled, tags, probability) = (scratch.Value.Tokens, scratch.Value.Filled, scratch.Value.Tags, scratch.Value.Probability);
            for (var k = first; k < end; k++)
            {
                if (!filled[k])
                {
                    ToponymFeatures.Fill(text, tagged, k, k + 1);
                    filled[k] = true;
                }
            }
            // The gazetteer's candidates as the tagger learned to see them (what the rules alone make of them).
            foreach (var m in matches)
            {
                if (m.First < end && first < m.End)
                {
                    var rules = double.IsNaN(m.Rules) ? Recognition(m, text, null, firstPass: true) : m.Rules;
                    ToponymFeatures.Mark(tagged, m.First, m.End, ClassOf(m) + "|" + Bucket(rules), m.Stop);
                }
            }
            tagger.Tag(tagged.AsSpan(first, end - first), tags.AsSpan(first, end - first), probability.AsSpan(first, end - first));
            if (tags[i] == ToponymTagger.O)
            {
                continue;
            }
            var runFirst = i;
            while (runFirst > first && tags[runFirst] == ToponymTagger.I)
            {
                runFirst--;
            }
            var runEnd = i + 1;
            while (runEnd < end && tags[runEnd] == ToponymTagger.I)
            {
                runEnd++;
            }
            after = runEnd;
            while (runFirst < runEnd && !tokens[runFirst].IsWord)
            {
                runFirst++;
            }
            // The tagger carries a name on into the verb after it («طريق يؤدي», «منطقة تشهد») with
            // less certainty than it gives the name: the run ends at the first word it doubts.
            for (var k = i + 1; k < runEnd; k++)
            {
                if (probability[k] < MinSiteWordP)
                {
                    runEnd = k;
                    break;
                }
            }
            while (runEnd > runFirst && !tokens[runEnd - 1].IsWord && tokens[runEnd - 1].Kind != TokenKind.Number)
            {
                runEnd--;
            }
            var words = 0;
            var sum = 0.0;
            for (var k = runFirst; k < runEnd; k++)
            {
                words += tokens[k].IsWord || tokens[k].Kind == TokenKind.Number ? 1 : 0;
                sum += probability[k];
            }
            // A head noun alone («المستشفى») names no particular place.
            if (words < 2)
            {
                continue;
            }
            var span = new TextSpan(WordStart(text, tokens[runFirst]), tokens[runEnd - 1].Span.End);
            var inside = Inside(hits, anchors, runFirst, runEnd);
            // «حي الميدان», «منطقة الحولة»: where the gazetteer already has the name after a settlement word, that is the place.
            if (inside >= 0 && (kind == "settlement" || hits[inside].First <= runFirst))
            {
                continue;
            }
            // «سفارة الصين»: the country inside an embassy's name is the one it represents, not
            // where it stands; the embassy is located by the other places of its context.
            var owner = inside >= 0 && kind == "government" && hits[inside].Mention.Precision == "country" ? inside : -1;
            var anchor = inside >= 0 && owner < 0 ? hits[inside] : Nearest(text, hits, anchors, runFirst, runEnd, owner);
            PlaceMention? at = anchor?.Mention;
            if (at is null && country is not null && G.CountryRow(country) is var row and >= 0)
            {
                var c = G[row];
                at = new PlaceMention { Text = c.Name, Name = c.Name, Lat = c.Lat, Lon = c.Lon, Country = country, Precision = "country" };
            }
            // «منطقة كردستان التركية», «منطقة شلالات مناوجات التركية»: an area whose name ends in a country's
            // nisba lies in that country, whatever place was named nearest before it. Only an area: after
            // a building the nisba is its owner («السفارة الأمريكية» in Cairo, «القاعدة الأمريكية» in Iraq).
            if (inside < 0 && kind == "settlement" && tokens[runEnd - 1].IsWord && L.Nationalities.TryGetValue(tokens[runEnd - 1].Norm, out var nation)
                && !string.Equals(nation, at?.Country, StringComparison.Ordinal) && G.CountryRow(nation) is var own and >= 0)
            {
                var c = G[own];
                at = new PlaceMention { Text = c.Name, Name = c.Name, Lat = c.Lat, Lon = c.Lon, Country = nation, Precision = "country" };
            }
            if (at is null)
            {
                continue;
            }
            var name = span.Cut(text.Body);
            if (inside >= 0 && owner < 0)
            {
                // The names inside a site's name are part of it, not places of their own (a road's
                // ends: «عمان» of «طريق دمشق عمان» is no mention of Oman).
                for (var h = 0; h < anchors; h++)
                {
                    if (hits[h].First >= runFirst && hits[h].End <= runEnd && (h == inside || hits[h].Mention.Precision == "country"))
                    {
                        hits[h] = hits[h] with { InSite = true };
                    }
                }
            }
            found.Add(new PlaceHit(runFirst, runEnd, span, new PlaceMention
            {
                Text = name, Start = span.Start, End = span.End, Name = name, Lat = at.Lat, Lon = at.Lon, Country = at.Country, Admin1 = at.Admin1,
                Precision = at.Precision, Confidence = Math.Round(FacilityConfidence * sum / (runEnd - runFirst), 2),
            }));
        }
        // Not returned when a fault ends the loop: the pool then makes new arrays, nothing worse.
        scratch?.Dispose();
        if (found.Count > 0)
        {
            hits.AddRange(found);
            hits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        }
    }

    /// <summary>The facility kind of a word read without its proclitics and article («بمستشفى», «السفارة»), or null.</summary>
    private string? HeadKind(Token t)
    {
        // By index: asked of every word, and a foreach over the read-only list boxes its enumerator.
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix != 0)
            {
                continue;
            }
            if (KindOf(r.Base) is { } kind)
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>The facility kind of a word with or without its article («مستشفى», «المستشفى»), or null.</summary>
    /// <remarks>The word without its article is looked up as a span: asked of nearly every word with
    /// an article, the substring it was built as is an allocation per word of the text.</remarks>
    private string? KindOf(string b) =>
        L.FacilityHeads.TryGetValue(b, out var kind)
        || b.StartsWith("ال", StringComparison.Ordinal) && b.Length > 3 && L.FacilityHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(b.AsSpan(2), out kind) ? kind : null;

    /// <summary>Where the head word starts without its proclitics («وبمستشفى» → «مستشفى»; «وادي» keeps its «و»), or the token's start.</summary>
    private int WordStart(AnalyzedText text, Token t)
    {
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && !r.HasArticle && KindOf(r.Base) is not null)
            {
                return r.Prefix == 0 ? t.Span.Start : text.BaseSpan(t, r).Start;
            }
        }
        return t.Span.Start;
    }

    /// <summary>The last gazetteer place among the first <paramref name="count"/> hits lying inside tokens [first, end), a town or region before a country, or −1.</summary>
    private static int Inside(List<PlaceHit> hits, int count, int first, int end)
    {
        // «طريق دمشق عمان الدولي»: of two names inside, a town locates the road before a country
        // (there «عمان» is Amman, read alone as Oman); «سفارة الصين» has only its country.
        var found = -1;
        for (var h = 0; h < count; h++)
        {
            if (hits[h].First >= first && hits[h].End <= end && (found < 0 || hits[h].Mention.Precision != "country" || hits[found].Mention.Precision == "country"))
            {
                found = h;
            }
        }
        return found;
    }

    /// <summary>
    /// The gazetteer place that locates a facility: one of its sentence before one elsewhere, a
    /// town or region before a country, then the nearest in tokens (after it on a tie, as in «X في بيروت»).
    /// A place of no country (a continent, «شمال أفريقيا», «الشرق الأوسط») locates nothing: a square
    /// beside it took the continent's centre, thousands of kilometres off. <paramref name="skip"/> is
    /// a hit not to use (an embassy's own country).
    /// </summary>
    private PlaceHit? Nearest(AnalyzedText text, List<PlaceHit> hits, int count, int first, int end, int skip)
    {
        var sentence = text.Tokens[first].Sentence;
        var framed = FramingCountry(text, hits, count, end, skip);
        PlaceHit? best = null;
        (int, int, int) bestKey = default;
        for (var h = 0; h < count; h++)
        {
            var p = hits[h];
            if (h == skip || string.IsNullOrEmpty(p.Mention.Country))
            {
                continue;
            }
            // «مسجد الإمام الصادق في الكويت، وفي … مدينة سوسة التونسية»: the country the site is
            // said to be in holds it; a town of another country told later in the sentence does not.
            if (framed is not null && !string.Equals(p.Mention.Country, framed, StringComparison.Ordinal))
            {
                continue;
            }
            var distance = p.First >= end ? 2 * (p.First - end) : 2 * (first - p.End) + 1;
            if (distance < 0)
            {
                distance = 0;
            }
            var key = (text.Tokens[p.First].Sentence == sentence ? 0 : 1, p.Mention.Precision == "country" ? 1 : 0, distance);
            if (best is null || key.CompareTo(bestKey) < 0)
            {
                best = p;
                bestKey = key;
            }
        }
        return best;
    }

    /// <summary>
    /// The country named at once after a site by «في» or «ب» («مسجد الإمام الصادق في الكويت»,
    /// «… بالكويت»), or null: what the writer says the site lies in.
    /// </summary>
    private string? FramingCountry(AnalyzedText text, List<PlaceHit> hits, int count, int end, int skip)
    {
        var tokens = text.Tokens;
        for (var h = 0; h < count; h++)
        {
            var p = hits[h];
            if (h == skip || p.First < end || p.Mention.Precision != "country" || string.IsNullOrEmpty(p.Mention.Country))
            {
                continue;
            }
            if (p.First - end > 1 || tokens[p.First].Sentence != tokens[end - 1].Sentence)
            {
                return null;
            }
            // «في الكويت» or «بالكويت»: the name begins behind the clitic ب (place_within.tsv).
            return p.First == end + 1 && tokens[end].IsWord && L.WithinWords.Contains(tokens[end].Norm)
                || p.First == end && p.Span.Start > tokens[p.First].Span.Start && BehindWithinClitic(tokens[p.First]) ? p.Mention.Country : null;
        }
        return null;
    }

    /// <summary>A word read as a proclitic of place_within.tsv («ب») and the rest: «بالكويت».</summary>
    private bool BehindWithinClitic(Token word)
    {
        foreach (var r in word.Segmentations)
        {
            if (r.Prefix > 0 && r.Prefix <= word.Norm.Length && L.WithinClitics.Contains(word.Norm[..r.Prefix]))
            {
                return true;
            }
        }
        return false;
    }
}
