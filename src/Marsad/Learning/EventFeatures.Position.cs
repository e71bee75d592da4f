namespace Marsad.Learning;

/// <summary>
/// Where the candidate stands against the article's news and its background, in a local form:
/// the keep model read the article's length (`doc_tokens_log`) as a sign of background for every
/// candidate of a long article, the lede's deed as much as the closing history. What the length
/// stood for is read here per paragraph: how far into the body the trigger is, whether its paragraph
/// comes before the first one that dates something far back (a date over <see cref="FarDays"/>
/// before the text's day, or a history sign of learning_words.tsv), and whether its own paragraph
/// names a day of the news week or a far one.
/// </summary>
internal static partial class EventFeatures
{
    /// <summary>A date within this many days of the text's day is the news week's («أمس», «الخميس», «5 آذار» of this week).</summary>
    private const int RecentDays = 7;

    /// <summary>A date further back than this is background («في عام 2011», «منذ آذار 2013»), past a month-old campaign's own start.</summary>
    private const int FarDays = 60;

    private const int RecentBit = 1;
    private const int FarBit = 2;

    /// <summary>Not «before_background»: that is the near-role feature of the «background» words before the trigger.</summary>
    private static string[] PositionNames => ["tokens_before_log", "ahead_of_background", "paragraph_date_recent", "paragraph_date_far"];

    /// <summary>For each paragraph, whether it names a recent (bit 1) or a far (bit 2) date; and the first paragraph of background.</summary>
    private static (int[] Dates, int FirstBackground) ParagraphDates(Extraction.ArticleIndex index, int[] paragraphSigns)
    {
        var text = index.Text;
        var dates = new int[paragraphSigns.Length];
        if (index.Today is { } today)
        {
            foreach (var d in index.Dates)
            {
                if (d.Value is not { } value || Time.DateExpression.StartOf(value, d.Precision) is not { } start || d.First >= text.Tokens.Count)
                {
                    continue;
                }
                var days = today.DayNumber - start.DayNumber;
                // A year names its first day: «في 2015» read in December is the year of the news, not background.
                var far = d.Precision == Time.DateExpression.Year ? today.Year - start.Year >= 1 : days > FarDays;
                dates[ParagraphOf(text, d.First)] |= far ? FarBit : days is >= -1 and <= RecentDays ? RecentBit : 0;
            }
        }
        var historyBit = 1 << Array.IndexOf(SignRoles, "history");
        var first = dates.Length;
        for (var p = 0; p < dates.Length; p++)
        {
            if ((dates[p] & FarBit) != 0 || (paragraphSigns[p] & historyBit) != 0)
            {
                first = p;
                break;
            }
        }
        return (dates, first);
    }

    private static void Position(DocumentSignals doc, int trigger, int paragraph, Span<float> into, ref int k)
    {
        var dates = paragraph < doc.ParagraphDates.Length ? doc.ParagraphDates[paragraph] : 0;
        into[k++] = (float)Math.Log(1 + trigger);
        into[k++] = paragraph < doc.FirstBackground ? 1 : 0;
        into[k++] = (dates & RecentBit) != 0 ? 1 : 0;
        into[k++] = (dates & FarBit) != 0 ? 1 : 0;
    }
}
