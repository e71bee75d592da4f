using Marsad.Evaluation;
using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The signs that a candidate is background rather than news (annotation.md 4.1–4.3): dates of
/// its clause, sentence and paragraph more than 30 days before publication (the guideline's
/// line) or within the week, a year before the publication year that the date finder did not
/// resolve («صيف 2014», «حرب 2003»), the opinion and history words of its paragraph, and whether
/// it tells again, by a definite noun, a type the article already reported.
/// </summary>
internal static partial class EventFeatures
{
    /// <summary>Days before publication past which a dated happening is background (annotation.md 4.1).</summary>
    private const int BackgroundDays = 30;

    /// <summary>Days before publication within which a date marks the news of the day.</summary>
    private const int RecentDays = 7;

    private const int FarBit = 1;
    private const int RecentBit = 2;
    private const int YearBeforeBit = 4;

    private static IEnumerable<string> BackgroundNames() =>
        new[] { "clause_date_far", "sentence_date_far", "sentence_date_recent", "sentence_year_before", "paragraph_date_far", "paragraph_date_recent", "paragraph_year_before" }
            .Concat(SignRoles.Select(r => "paragraph_" + r))
            .Concat(["same_type_before_log", "trigger_definite", "retold_definite", "nearest_date_days_log", "nearest_date_far"]);

    /// <summary>Per-article inputs of the background features, computed once with <see cref="DocumentSignals"/>.</summary>
    internal sealed class BackgroundSignals
    {
        /// <summary>Per sentence, per paragraph: FarBit, RecentBit and YearBeforeBit.</summary>
        public required int[] SentenceDates { get; init; }

        public required int[] ParagraphDates { get; init; }

        /// <summary>Per paragraph, the sign roles of its sentences (bit i = SignRoles[i]).</summary>
        public required int[] ParagraphSigns { get; init; }

        /// <summary>Per clause, whether a date more than 30 days before publication stands in it.</summary>
        public required bool[] ClauseFar { get; init; }

        /// <summary>Per event type, the first tokens of its candidates in order: how often a type was told before.</summary>
        public required Dictionary<string, List<int>> TypeStarts { get; init; }

        public static BackgroundSignals Compute(ArticleIndex index, IReadOnlyList<EventCandidate> triggers, int[] sentenceSigns)
        {
            var text = index.Text;
            var published = index.Context.Article.Published;
            var sentenceDates = new int[text.Sentences.Count];
            var paragraphOfSentence = new int[text.Sentences.Count];
            for (var s = 0; s < text.Sentences.Count; s++)
            {
                paragraphOfSentence[s] = text.Sentences[s].End > text.Sentences[s].First ? ParagraphOf(text, text.Sentences[s].First) : 0;
            }
            var clauseFar = new bool[text.Clauses.Count];
            if (published is { } p)
            {
                foreach (var d in index.Dates)
                {
                    if (d.First >= text.Tokens.Count || DatePeriod.Parse(d.Value) is not { } period)
                    {
                        continue;
                    }
                    var end = PeriodEnd(period);
                    var token = text.Tokens[d.First];
                    if (p.DayNumber - end.DayNumber > BackgroundDays)
                    {
                        sentenceDates[token.Sentence] |= FarBit;
                        clauseFar[token.Clause] = true;
                    }
                    else if (p.DayNumber - period.Start.DayNumber <= RecentDays && end.DayNumber >= p.DayNumber - RecentDays)
                    {
                        sentenceDates[token.Sentence] |= RecentBit;
                    }
                }
                for (var i = 0; i < text.Tokens.Count; i++)
                {
                    var t = text.Tokens[i];
                    if (t.Kind == TokenKind.Number && Year(t.Norm) is { } year && year >= 1900 && year < p.Year)
                    {
                        sentenceDates[t.Sentence] |= YearBeforeBit;
                    }
                }
            }
            var paragraphDates = new int[text.Paragraphs.Count];
            var paragraphSigns = new int[text.Paragraphs.Count];
            for (var s = 0; s < sentenceDates.Length; s++)
            {
                paragraphDates[paragraphOfSentence[s]] |= sentenceDates[s];
                paragraphSigns[paragraphOfSentence[s]] |= sentenceSigns[s];
            }
            var typeStarts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var t in triggers)
            {
                if (!typeStarts.TryGetValue(t.Type, out var list))
                {
                    typeStarts[t.Type] = list = [];
                }
                list.Add(t.First);
            }
            foreach (var list in typeStarts.Values)
            {
                list.Sort();
            }
            return new BackgroundSignals
            {
                SentenceDates = sentenceDates,
                ParagraphDates = paragraphDates,
                ParagraphSigns = paragraphSigns,
                ClauseFar = clauseFar,
                TypeStarts = typeStarts,
            };
        }

        /// <summary>A token of four digits (Western or Arabic-Indic) read as a year, or null.</summary>
        private static int? Year(string norm)
        {
            if (norm.Length != 4)
            {
                return null;
            }
            var year = 0;
            foreach (var c in norm)
            {
                if (!char.IsDigit(c))
                {
                    return null;
                }
                year = year * 10 + (int)char.GetNumericValue(c);
            }
            return year;
        }
    }

    private static void WriteBackground(ArticleIndex index, EventCandidate e, DocumentSignals doc, Span<float> into, ref int k)
    {
        var text = index.Text;
        var token = text.Tokens[e.First];
        var bg = doc.Background;
        var paragraph = ParagraphOf(text, e.First);
        var sentenceDates = bg.SentenceDates[token.Sentence];
        var paragraphDates = bg.ParagraphDates[paragraph];
        into[k++] = bg.ClauseFar[token.Clause] ? 1 : 0;
        into[k++] = (sentenceDates & FarBit) != 0 ? 1 : 0;
        into[k++] = (sentenceDates & RecentBit) != 0 ? 1 : 0;
        into[k++] = (sentenceDates & YearBeforeBit) != 0 ? 1 : 0;
        into[k++] = (paragraphDates & FarBit) != 0 ? 1 : 0;
        into[k++] = (paragraphDates & RecentBit) != 0 ? 1 : 0;
        into[k++] = (paragraphDates & YearBeforeBit) != 0 ? 1 : 0;
        var signs = bg.ParagraphSigns[paragraph];
        for (var r = 0; r < SignRoles.Length; r++)
        {
            into[k++] = (signs >> r & 1) == 1 ? 1 : 0;
        }
        var before = 0;
        if (bg.TypeStarts.TryGetValue(e.Type, out var starts))
        {
            before = starts.BinarySearch(e.First);
            before = before < 0 ? ~before : before;
            // Equal starts (the same trigger read twice) are not a telling before.
            while (before > 0 && starts[before - 1] == e.First)
            {
                before--;
            }
        }
        var definite = !e.Trigger.IsVerb && e.Reading.HasArticle;
        into[k++] = (float)Math.Log(1 + before);
        into[k++] = definite ? 1 : 0;
        into[k++] = definite && before > 0 ? 1 : 0;
        NearestDate(index, e, token.Sentence, into, ref k);
    }

    /// <summary>
    /// The date written nearest the trigger in its sentence: how many days its period ends before
    /// publication (log; −1 for none or one after publication) and whether that is past the
    /// guideline's 30 days. The sentence can hold the news day and a recalled one; the nearer one
    /// is more likely the trigger's.
    /// </summary>
    private static void NearestDate(ArticleIndex index, EventCandidate e, int sentence, Span<float> into, ref int k)
    {
        var text = index.Text;
        var bestDistance = int.MaxValue;
        var days = -1;
        if (index.Context.Article.Published is { } p)
        {
            foreach (var d in index.Dates)
            {
                if (d.First >= text.Tokens.Count || text.Tokens[d.First].Sentence != sentence || DatePeriod.Parse(d.Value) is not { } period)
                {
                    continue;
                }
                var distance = d.End <= e.First ? e.First - d.End : d.First >= e.End ? d.First - e.End : 0;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    days = p.DayNumber - PeriodEnd(period).DayNumber;
                }
            }
        }
        into[k++] = days < 0 ? -1 : (float)Math.Log(1 + days);
        into[k++] = days > BackgroundDays ? 1 : 0;
    }

    /// <summary>The last day of a date's period (a year's 31 December, a month's last day).</summary>
    private static DateOnly PeriodEnd(DatePeriod period) => period.Precision switch
    {
        "year" => period.Start.AddYears(1).AddDays(-1),
        "month" => period.Start.AddMonths(1).AddDays(-1),
        _ => period.Start,
    };
}
