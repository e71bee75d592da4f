namespace Marsad.Extraction;

/// <summary>Adds a field to a coded event from its surroundings (its date, its dead).</summary>
internal interface IEventEnricher
{
    void Enrich(ArticleIndex index, EventCandidate e);
}

internal static class EventEnrichers
{
    public static IEventEnricher[] Create() => [new DateEnricher(), new FatalityEnricher(), new AfterDeedDateEnricher(), new PublicationDateEnricher()];
}

/// <summary>The date of the event: the governing date expression of its clause or sentence (SPEC §1 `date`).</summary>
internal sealed class DateEnricher : IEventEnricher
{
    private const int MaxDistance = 10;

    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        if (Near(index, index.Dates, e.First) is { } d)
        {
            var value = d.Value;
            if (value is not null && e.Modality is "asserted" or "negated" && index.Today is { } today && GuessedAhead(d, today) is { } first)
            {
                value = YearBefore(first, d.Precision);
            }
            e.Date = new Output.DateRef(value, value is null ? "unknown" : d.Precision, d.Text);
        }
    }

    /// <summary>
    /// Days after the text's day past which a month named for a deed told as done is last year's. Nearer, the
    /// deed is as often a plan the modality misread as done («أسبوع حداد واحتجاج» on 22 March in a text of 23
    /// February), whose coming date is right.
    /// </summary>
    private const int MaxDaysAhead = 60;

    /// <summary>
    /// «بعد مقتل أربعة من كبار القادة الأمنيين في تفجير في دمشق في 18 تموز/يوليو» in a February text: a month named
    /// without its year resolves to the nearest such day, which for a month five or six months on is the coming one.
    /// A deed told as done or denied happened before the text was written, so the month the words name is the last
    /// one before it. Only where the year was the resolver's guess; a written year stands. Returns the first day of
    /// the guessed value when it lies that far ahead, else null.
    /// </summary>
    private static DateOnly? GuessedAhead(Time.DateExpression d, DateOnly today)
    {
        if (!d.IsRelative || !d.NamesMonth || d.Value is not { } value)
        {
            return null;
        }
        return Time.DateExpression.FirstDay(value, d.Precision) is { } first && first.DayNumber - today.DayNumber > MaxDaysAhead ? first : null;
    }

    /// <summary>The same day or month a year earlier (29 February falls to the 28th), at the expression's precision.</summary>
    private static string YearBefore(DateOnly first, string precision) =>
        first.AddYears(-1).ToString(precision == Time.DateExpression.Day ? "yyyy-MM-dd" : "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The governing date of the trigger at <paramref name="trigger"/> among <paramref name="dates"/>, or null.</summary>
    internal static Time.DateExpression? Near(ArticleIndex index, IReadOnlyList<Time.DateExpression> dates, int trigger)
    {
        var d = Time.DateExpressionFinder.ForEvent(dates, index.Text, trigger);
        if (d is { WeekdayOnly: true } && FullDateOfClause(index, dates, trigger) is { } full)
        {
            d = full;
        }
        // A long sentence tells several happenings: a date far from the trigger and outside its clause dates another.
        return d is not null && (index.Token(d.First).Clause == index.Token(trigger).Clause || Math.Abs(d.First - trigger) <= MaxDistance) ? d : null;
    }

    /// <summary>
    /// «لتفجير إرهابي خلال صلاة الجمعة في شهر رمضان في 26 يونيو الماضي»: a weekday is as often the name of what the day
    /// holds (a prayer, a protest's «جمعة») as the deed's day, and a day of the month written in the same clause says which
    /// day it was; where both are there, the day and month win over a nearer bare weekday. Not across another trigger
    /// («بعدما حملت المتطرفين مسؤولية التفجير الانتحاري في 20 يوليو»: the date is that bombing's). The nearest such date.
    /// </summary>
    private static Time.DateExpression? FullDateOfClause(ArticleIndex index, IReadOnlyList<Time.DateExpression> dates, int trigger)
    {
        var clause = index.Token(trigger).Clause;
        Time.DateExpression? full = null;
        foreach (var d in dates)
        {
            if (d.Precision != Time.DateExpression.Day || !d.NamesMonth || d.OfReport
                || (index.Token(d.First).Clause != clause && index.Token(d.End - 1).Clause != clause))
            {
                continue;
            }
            var (from, to) = d.First > trigger ? (trigger + 1, d.First) : (d.End, trigger);
            if (!index.HasTriggerIn(from, to) && (full is null || Math.Abs(d.First - trigger) < Math.Abs(full.First - trigger)))
            {
                full = d;
            }
        }
        return full;
    }
}

/// <summary>
/// News tells what happened as of its day: an event reported as happened with no date of its own
/// takes the day the article's telling is set on, as ACLED codes reports. That day is the last
/// recent day-precise date before the trigger in its paragraph («شنّ أمس أربع غارات… في وقت قتل
/// فيه…»), else the lead's first recent day («قتل… أمس الأربعاء» in the first paragraph), else
/// the article's first recent day anywhere (a report that names its day only further down: «…
/// واحداث العنف الثلاثاء»), else the text's own day (the publication day, or the day the text names for itself).
/// A report's own today («قال بيان … اليوم الجمعة») gives way to a day named for the happenings before
/// the trigger, but not to one named only after it; an earlier report's day («قال الجيش أمس الاثنين») gives
/// way to another day named in its paragraph or the lead. The text stays null: the words are not the event's own, and the learned
/// features read a null text as "no date words". Plans, predictions and possibilities keep no date.
/// </summary>
internal sealed class PublicationDateEnricher : IEventEnricher
{
    /// <summary>A day further back than this is a recalled happening, not the day the news is told on.</summary>
    private const int MaxDaysBefore = 7;

    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        // The text's own day, not the page's: a page dated the day after the text tells that day's news.
        if (e.Date?.Value is null && e.Modality is "asserted" or "negated" && index.Today is { } published)
        {
            var day = NewsDay(index, e.First, published) ?? published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            e.Date = new Output.DateRef(day, "day", null);
        }
    }

    internal static string? NewsDay(ArticleIndex index, int trigger, DateOnly published)
    {
        var day = TellingDay(index, trigger, published);
        // «أبرزت الصحف المصرية الصادرة صباح اليوم …»: a review of the papers issued on the text's day tells what they
        // printed the night before; a deed it gives no day of its own is of the day before the issue at the latest.
        return day is not null && string.Equals(day, TodayOf(published), StringComparison.Ordinal) && ReviewsTodaysPapers(index, day)
            ? published.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : day;
    }

    private static string TodayOf(DateOnly published) => published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether the lead says the text reviews the papers issued on its day. Only the lead: a news report that quotes a
    /// paper's issue of the day further down («وقال في مقابلة مع صحيفة "لاكروا" في عددها الصادر الخميس») tells that
    /// day's happenings itself.
    /// </summary>
    private static bool ReviewsTodaysPapers(ArticleIndex index, string today)
    {
        var paragraphs = index.Text.Paragraphs;
        return paragraphs.Count > 0
            && index.Dates.Any(d => d.OfIssue && d.First < paragraphs[0].End && string.Equals(d.Value, today, StringComparison.Ordinal));
    }

    private static string? TellingDay(ArticleIndex index, int trigger, DateOnly published)
    {
        var paragraphs = index.Text.Paragraphs;
        if (paragraphs.Count == 0)
        {
            return null;
        }
        var paragraph = paragraphs.FirstOrDefault(p => p.First <= trigger && trigger < p.End);
        string? inParagraph = null, lead = null, reportInParagraph = null, reportInLead = null;
        string? anywhere = null, before = null, report = null;
        var today = published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var d in index.Dates)
        {
            if (!IsRecentDay(d, published))
            {
                continue;
            }
            // «قال بيان … اليوم الجمعة إن … نفذوا 41 ضربة أمس الخميس»: the day a report is made
            // today is no day of the happenings it tells; they take it only when no day is named before them.
            if (d.OfReport && string.Equals(d.Value, today, StringComparison.Ordinal))
            {
                report ??= d.Value;
                continue;
            }
            anywhere ??= d.Value;
            if (d.First >= trigger)
            {
                break;
            }
            before ??= d.Value;
            // «قال الجيش أمس الاثنين إن … نفذت يوم السبت 18 غارة»: an earlier report's day dates the
            // happenings of its paragraph only when the paragraph names no day of theirs
            // («أعلن الجيش الحر أمس السبت اقتحامه مقرا» is dated by the announcement).
            if (d.First >= paragraph.First)
            {
                if (d.OfReport)
                {
                    reportInParagraph = d.Value;
                }
                else
                {
                    inParagraph = d.Value;
                }
            }
            else if (d.First < paragraphs[0].End)
            {
                if (d.OfReport)
                {
                    reportInLead ??= d.Value;
                }
                else
                {
                    lead ??= d.Value;
                }
            }
        }
        // «أعلن الجيش اليوم الاثنين سيطرته … قتلى أمس الأحد»: after a report of today, a day named
        // only further down belongs to something else the article goes on to tell.
        return inParagraph ?? reportInParagraph ?? lead ?? reportInLead ?? (report is null ? anywhere : before ?? report);
    }

    private static bool IsRecentDay(Time.DateExpression d, DateOnly published)
    {
        if (d.Precision != Time.DateExpression.Day || d.Value is null || Time.DateExpression.FirstDay(d.Value, d.Precision) is not { } day)
        {
            return false;
        }
        var back = published.DayNumber - day.DayNumber;
        return back is >= 0 and <= MaxDaysBefore;
    }
}

/// <summary>
/// The dead of the event, for the event types that kill: the nearest count of dead in its sentence,
/// else 0 when the sentence reports only wounded or no casualties (docs/annotation.md 6.5).
/// </summary>
internal sealed class FatalityEnricher : IEventEnricher
{
    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        if (!(EventTypes.IsLethalViolence(e.Type) || e.Type == "CAPTURE"))
        {
            return;
        }
        var f = FatalityFinder.ForEvent(index.Fatalities, index.Text, e.First, m => TellsAnotherDeed(index, e, m) || IsEarlierOutcome(index, e, m));
        var none = FatalityFinder.ForEvent(index.NoDeaths, index.Text, e.First) is { } z && !ZeroScope.OfAnotherDeed(index, e, z) ? z : null;
        // «قتل مدني جراء سقوط قذائف على حي، فيما لم تسجل إصابات بسقوط صاروخين على حي آخر»: the trigger's own
        // clause saying nobody was hurt is its outcome, not another clause's toll (a sentence of two strikes).
        // A count of wounded there is not («قتل أربعة، و17 جريحا أصيبوا في الهجوم»: the dead are the same attack's).
        if (f is not null && none is { IsDenial: true } && FatalityFinder.InClause(index.Text, none, e.First) && !FatalityFinder.InClause(index.Text, f, e.First))
        {
            f = none;
        }
        // «هذه الاشتباكات ترافقت مع قصف متبادل، وأسفرت عن سقوط خسائر بشرية في صفوفهما، بينما قصفت قوات النظام مناطق …
        // دون معلومات عن إصابات»: the denial is the later clause's; casualties stated without a number between the
        // trigger and it are the trigger's outcome, no 0.
        if (f is null && none is not null && !FatalityFinder.InClause(index.Text, none, e.First) && FatalityFinder.Default.StatesLossBefore(index.Text, e.First, none))
        {
            none = null;
        }
        f ??= none;
        // «مقتل وإصابة 35 مدنيا» then «ما أسفر عن مقتل 16 مدنيا وإصابة 19»: dead left unseparated (an
        // unnumbered 3) are often told apart in the very next sentence, the fuller figure (docs/annotation.md 8).
        if (f is not null && FatalityFinder.IsUnnumbered(f) && FatalityFinder.FirstNumberedIn(index.Fatalities, index.Text, index.Text.Tokens[f.First].Sentence + 1) is { } fuller
            && (fuller.Count >= f.Count || ToldAsOutcome(index, fuller)))
        {
            f = fuller;
        }
        // «عثر على عشرات الجثث» then «عثروا على 56 جثمانا»: a vague plural's floor (10) gives way to the
        // next sentence's count when that count is one the plural allows (at least its floor).
        else if (f is { IsVague: true } && FatalityFinder.FirstNumberedIn(index.Fatalities, index.Text, index.Text.Tokens[f.First].Sentence + 1) is { IsVague: false } exact && exact.Count >= f.Count)
        {
            f = exact;
        }
        f ??= FollowingToll.Find(index, e);
        if (f is not null)
        {
            e.Fatalities = f.Count;
            e.FatalitySource = f;
        }
    }

    /// <summary>
    /// «أعلنت السلطات أن شابا هو منفذ الهجوم الانتحاري في سوروتش، وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا»:
    /// a count of dead in another clause of the sentence that names what they died of right after it, a deed without the
    /// article behind a word of cause or ب («قتلوا في هجوم», «بغارة», «إثر انفجار»), is that deed's toll, not the
    /// trigger's. A deed named back with the article («وقتل خمسة في الهجوم») is the same happening and leaves the count.
    /// </summary>
    private static bool TellsAnotherDeed(ArticleIndex index, EventCandidate e, FatalityMention m)
    {
        var clause = index.ClauseOf(m.End - 1);
        for (var k = m.End; k < clause.End; k++)
        {
            if (!index.IsTrigger(k))
            {
                continue;
            }
            return (k < e.First || k >= e.End) && !index.Token(k).HasArticleReading
                && (index.Token(k).Norm.StartsWith('ب') || (k > m.End && TypeRules.TypeCues.Is(index, k - 1, "cause")));
        }
        return false;
    }

    /// <summary>
    /// «مقتل وإصابة 35 مدنيا» then «ما أسفر عن مقتل 16 مدنيا وإصابة 19», «وقتل 12 شخصا في الغارات», «وارتفعت الحصيلة إلى
    /// 16»: a count of the next sentence below the plural's floor (one or two, where the plural said "more than two") is
    /// the fuller figure of a deed told before only when that sentence tells it as an outcome or a tally (a verb of
    /// consequence or a word of tallies a few words before it) or names the deed back with the article behind a word of
    /// cause or of during. «وقتل شخص برصاص قناص في حي القابون» after «استهدفت غارات … مما أدى إلى مقتل وجرح عدد من
    /// المدنيين» is a killing of its own, told with its own means and place, and no figure of the raids. A count at or
    /// above the floor stays the fuller figure however it is told («وعثر على 56 جثمانا»: measured, requiring the outcome
    /// words of every count lost such figures in the pool).
    /// </summary>
    private static bool ToldAsOutcome(ArticleIndex index, FatalityMention m)
    {
        var tokens = index.Text.Tokens;
        var sentence = tokens[m.First].Sentence;
        for (var c = m.First; c >= Math.Max(0, m.First - OutcomeReach) && tokens[c].Sentence == sentence; c--)
        {
            if (Lexicons.WordRoles.Tolls.Is(index.Text, c, "consequence", true) || Lexicons.WordRoles.Tolls.Is(index.Text, c, "total", true))
            {
                return true;
            }
        }
        // «في الغارات», «جراء القصف», «خلال الاشتباكات»: the deed named back right behind a word of cause or of during; a
        // trigger further on («في حي القابون بدمشق التي تعرضت … للقصف») is said of the place, not of these dead.
        var clause = index.ClauseOf(m.End - 1);
        for (var k = m.End + 1; k < clause.End; k++)
        {
            if (index.IsTrigger(k))
            {
                return index.Token(k).HasArticleReading
                    && (Lexicons.WordRoles.Tolls.Is(index.Text, k - 1, "during", true) || Lexicons.WordRoles.Tolls.Is(index.Text, k - 1, "cause", true));
            }
        }
        return false;
    }

    /// <summary>Words before a count of dead within which the verb of outcome stands («مما أدى إلى سقوط قتلى»).</summary>
    private const int OutcomeReach = 4;

    /// <summary>Words before the trigger within which a word of cause makes it what a count came of («جراء القصف»; «في حين دارت اشتباكات» is no cause).</summary>
    private const int CauseBefore = 1;

    /// <summary>
    /// «قصفت قوات النظام مدينة دوما بصواريخ مما أدى إلى سقوط قتلى وجرحى، كما امتد القصف ليشمل مدن الزبداني ومضايا وداريا»:
    /// a count of dead in a clause before the trigger's, behind a verb of outcome («مما أدى إلى», «أسفر عن», «خلف») with
    /// a deed told before it, is the outcome of that deed; a deed told after, in a clause of its own, does not share it
    /// (docs/annotation.md, 2026-12-02: a plural's 3 goes to each place where the text says people died there, null elsewhere).
    /// </summary>
    private static bool IsEarlierOutcome(ArticleIndex index, EventCandidate e, FatalityMention m)
    {
        if (m.End > e.First)
        {
            return false;
        }
        var tokens = index.Text.Tokens;
        // «أسفرت عن مقتل 4844 مدنيا، … جراء القصف»: the trigger named as the cause of the count is what it came of.
        for (var k = Math.Max(m.End, e.First - CauseBefore); k < e.First; k++)
        {
            if (tokens[k].Clause == tokens[e.First].Clause && Lexicons.WordRoles.Tolls.Is(index.Text, k, "cause", true))
            {
                return false;
            }
        }
        var clause = tokens[m.First].Clause;
        for (var c = m.First - 1; c >= Math.Max(0, m.First - OutcomeReach) && tokens[c].Clause == clause; c--)
        {
            if (!Lexicons.WordRoles.Tolls.Is(index.Text, c, "consequence", true))
            {
                continue;
            }
            var sentence = index.SentenceOf(c);
            for (var k = c - 1; k >= sentence.First; k--)
            {
                if (index.IsTrigger(k))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
