using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The place linker's reading of a sentence's setting (s20-evplace): a place fronted before the
/// trigger's clause is the clause's, and a place inside words quoted beside the deed is not the deed's.
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// «وفي بروكسل، تظاهر نحو مائتي شخص», «وفي محافظة ديالى، قتل…»: a place fronted in a clause of
    /// its own, nothing in it but a preposition, a settlement or compass word and the place, set off
    /// by a comma right before the trigger's clause, is the setting of that clause as surely as a
    /// place inside it; the comma alone made it the sentence's, which the learned choice may move.
    /// </summary>
    private static bool Fronted(ArticleIndex index, Candidate c, Text.TextUnit clause)
    {
        // A governorate or country so fronted frames a report of its towns («وفي محافظة نينوى، فتح مسلحون النار … في منطقة الصناعة»): the choice keeps it open.
        if (c.IsReference || RankOf(c) != 0)
        {
            return false;
        }
        var own = index.ClauseOf(c.Token);
        if (own.Index + 1 != clause.Index || index.Token(own.First).Sentence != index.Token(clause.First).Sentence)
        {
            return false;
        }
        var lexicon = Geo.PlaceLexicon.Default;
        var preposition = c.Place.First > own.First || c.Place.Span.Start > index.Token(c.Place.First).Span.Start;
        for (var k = own.First; k < own.End; k++)
        {
            if (k >= c.Place.First && k < c.Place.End)
            {
                continue;
            }
            var t = index.Token(k);
            if (!t.IsWord)
            {
                continue;
            }
            var word = Text.Proclitics.WithoutOne(t.Norm, Text.Proclitics.And, 2);
            if (!(lexicon.Prepositions.Contains(word) || lexicon.Cues.ContainsKey(word) || lexicon.DirectionNouns.ContainsKey(word)))
            {
                return false;
            }
        }
        return preposition;
    }

    /// <summary>Words besides the place that make a quote someone's words rather than a quoted name («بلدة "خان العسل"»).</summary>
    private const int QuotedWords = 2;

    /// <summary>
    /// «وفي بروكسل، تظاهر نحو مائتي شخص هاتفين «أوروبا، أين أنت؟»»: a place inside a slogan, a
    /// banner or a statement quoted beside the deed is what the words are about, not where the deed
    /// happens; only a quote that holds the trigger too («قال إن "الطائرات قصفت حلب"») tells its place.
    /// </summary>
    private static List<Candidate> Unquoted(ArticleIndex index, EventCandidate e, Text.TextUnit sentence, List<Candidate> candidates)
    {
        if (candidates.Count > 0)
        {
            candidates.RemoveAll(c => QuotedApart(index, e, sentence, c));
        }
        return candidates;
    }

    private static bool QuotedApart(ArticleIndex index, EventCandidate e, Text.TextUnit sentence, Candidate c)
    {
        var end = Math.Min(sentence.End, index.Count);
        // The candidates are read inside the event's sentence; only a quote of that sentence sets one apart.
        if (c.Token < sentence.First || c.Token >= end || index.QuoteAround(c.Token) is not { Open: >= 0 } quote)
        {
            return false;
        }
        var (open, close) = quote;
        if (close < end)
        {
            // Straight quotes open and close alike and nest («قال "قصفت مواقع "داعش" في حلب"»): only the paired marks tell a quote's bounds.
            return close > c.Token && !(open < e.First && e.First < close) && Words(index, open + 1, close) - Words(index, c.Token, CandidateEnd(c)) >= QuotedWords;
        }
        // «هاتفين «أوروبا، أين أنت؟ …»»: a question mark inside the quote ends the sentence before the quote closes.
        return !(open < e.First) && end > 0 && index.Token(end - 1).Norm is "؟" or "?" or "!" && Words(index, open + 1, end) - Words(index, c.Token, CandidateEnd(c)) >= QuotedWords;
    }

    private static int CandidateEnd(Candidate c) => c.IsReference ? c.Token + 1 : c.Place.End;

    private static int Words(ArticleIndex index, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            n += index.Token(k).IsWord ? 1 : 0;
        }
        return n;
    }

    /// <summary>Words a relative clause may hold between a place and the wider place that locates it.</summary>
    private const int RelativeReach = 8;

    /// <summary>
    /// «منطقة الحولة التي تسيطر عليها المعارضة في محافظة حمص», «المعهد الفني الواقع في ناحية
    /// الصقلاوية»: a relative clause or a participle of lying right after a place, ending in a
    /// preposition before a wider place, tells where that place lies; the wider place is its frame,
    /// not a second setting. Within one stretch of words: no punctuation and no other place between.
    /// </summary>
    private static bool FramesThroughRelative(ArticleIndex index, Candidate place, Candidate frame)
    {
        var k = place.Place.End;
        if (frame.Token - k > RelativeReach || !(index.IsRole(k, "relative") || index.IsRole(k, "situated"))
            || RankOf(place) >= RankOf(frame))
        {
            return false;
        }
        for (var j = k + 1; j < frame.Token; j++)
        {
            if (index.Token(j).Kind == Text.TokenKind.Punctuation || index.PlaceAt(j) is not null)
            {
                return false;
            }
        }
        // «في محافظة حمص», «بمحافظة حمص»: only «في» or «ب» say where the place lies; «قربها من سوريا»,
        // «المتجه إلى حلب» name another place it is near or bound for (a base near Syria is no Syrian place).
        var bare = index.Token(frame.Token - 1);
        var written = index.Token(frame.Token);
        var clitics = index.Text.Body.AsSpan(written.Span.Start, Math.Max(0, frame.Place.Span.Start - written.Span.Start));
        return string.Equals(bare.Norm, "في", StringComparison.Ordinal) || (clitics.Length > 0 && clitics[^1] == 'ب');
    }
}
