namespace Marsad.Extraction;

/// <summary>A deed dated by its own clause as months or years before the news: history (docs/annotation.md 4.1).</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from the end of the trigger to «منذ/قبل» of its clause («انسحبت الأمم المتحدة من المنطقة منذ شهرين»).</summary>
    private const int AgoReach = 10;

    /// <summary>Words between «منذ/قبل» and the span («قبل أربع سنوات», «منذ عدة أشهر», «قبل نحو عامين»).</summary>
    private const int AgoCount = 2;

    /// <summary>How far before the trigger a superlative makes the span measure a comparison («أعنف قصف منذ أشهر»).</summary>
    private const int SuperlativeBefore = 2;

    /// <summary>
    /// «وسيطر التنظيم على أجزاء واسعة من البلاد قبل أربع سنوات», «انسحبت القوات من المنطقة منذ شهرين»,
    /// «استعادت السيطرة منذ عام على الحي»: a past verb whose own clause, after it, says it was done
    /// «منذ/قبل» a span of months or years (event_words.tsv role longspan) is dated that far back, a
    /// history told as the setting of the news. The time stage resolves no such span (a count of days
    /// and one week are day_offset words), so the event took the news day. Only a past verb: «تشهد منذ
    /// أشهر تظاهرات», «يتعرض الحي منذ عدة أشهر لهجمات» tell an ongoing campaign, which the corpus codes as
    /// news. «قبل عام من الانتخابات» dates it against another happening, not against the news; «منذ عام
    /// 2011» is a year the time stage reads.
    /// </summary>
    private static bool IsDoneLongAgo(ArticleIndex index, EventCandidate e, List<EventCandidate> candidates)
    {
        if (!e.Trigger.IsVerb || e.Trigger.Tense != Lexicons.Tense.Past)
        {
            return false;
        }
        var clause = index.Token(e.First).Clause;
        var count = index.Count;
        for (var k = Math.Max(0, e.First - SuperlativeBefore); k < Math.Min(count, e.End + AgoReach); k++)
        {
            var t = index.Token(k);
            // «أعنف قصف منذ أشهر», «أكبر تقدم له منذ نحو عام»: the span measures a comparison, not the deed's time.
            if (index.IsRole(k, "superlative", true))
            {
                return false;
            }
            if (k < e.End)
            {
                continue;
            }
            // «اقتحمه المتمردون يوم الأحد وكان الجيش قد سيطر عليه منذ عام»: a day of the deed's own, or another
            // deed joined by «و», ends what the span can date; a joined noun does not («سيطرت عليها القوات والحشد منذ أشهر»).
            if (t.Clause != clause || t.Kind == Text.TokenKind.Punctuation || StartsDate(index, k)
                || (DayAfter.Conjoined(t) && (index.Words.IsWord(index.Text, k, "was") || candidates.Exists(c => c.First == k))))
            {
                return false;
            }
            if (!index.Words.IsWholeWord(t.Norm, "ago"))
            {
                continue;
            }
            for (var s = k + 1; s < Math.Min(count, k + 2 + AgoCount); s++)
            {
                if (index.Token(s).Clause != clause || !index.IsRole(s, "longspan"))
                {
                    continue;
                }
                var next = s + 1 < count ? index.Token(s + 1) : null;
                if (next is not null && next.Clause == clause
                    && (next.Kind == Text.TokenKind.Number || (index.Words.IsWholeWord(t.Norm, "agorelative") && index.Words.IsWholeWord(next.Norm, "agoagainst"))))
                {
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens after a past deed where «منذ» and the happening it counts from may stand behind the deed's object («أعدم … أكثر من ألفي شخص في منطقة الموصل شمال العراق منذ السيطرة عليها»).</summary>
    private const int SinceReach = 15;

    /// <summary>
    /// «أعدم التنظيم أكثر من ألفي شخص في منطقة الموصل منذ السيطرة عليها العام الماضي», «انشق نحو 700 منتسب عنه منذ
    /// بداية العام», «فرض داعش سيطرته على أغلب الأقضية منذ دخوله الموصل»: a past deed told «منذ» a happening of
    /// months or years back (event_words.tsv role sincedeed: a capture, an entry, the start of the war or of the year)
    /// is counted or held since then, a total or a history, no happening of the news (docs/annotation.md 4.1, 4.2).
    /// Not across another candidate, a date of the deed's own or a relative pronoun, and not after «مرة» or a superlative: «قصفت الطائرات
    /// الحي للمرة الأولى منذ بداية الصراع», «أعنف اشتباكات منذ بدء النزاع» compare the deed with all since, they do not
    /// count it, and so does «أسر أرفع مسؤول حكومي منذ بدء النزاع» («أكثر» before «من» is a count, «أكثر من ألفي شخص»).
    /// </summary>
    private static bool IsCountedSince(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || e.Trigger.Tense != Lexicons.Tense.Past || e.Modality == "negated")
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = e.End; k < Math.Min(sentence.End - 1, e.End + SinceReach); k++)
        {
            // «فك الحصار … التي عانى أهلها جراء الحصار منذ بداية الحرب»: past a relative pronoun «منذ» dates the relative clause.
            if (index.IsTrigger(k) || StartsDate(index, k) || index.IsRole(k, "once", true) || index.IsRole(k, "relative")
                || (index.IsRole(k, "superlative", true) && !index.Words.IsWholeWord(index.Token(k + 1).Norm, "than")))
            {
                return false;
            }
            if (index.Words.IsWholeWord(index.Token(k).Norm, "since") && index.IsRole(k + 1, "sincedeed", true))
            {
                return !DatedNearNews(index, k + 1, sentence.End);
            }
        }
        return false;
    }

    /// <summary>
    /// «قتل منذ سيطرته على الموصل الصيف الماضي 2070 شخصا», «داعش مستمر منذ أن سيطر على مدينة الموصل», «تعرضت الحكومة
    /// لانتقادات منذ هجوم سوروتش»: the deed «منذ» (or «منذ أن») governs is where a span begins, the setting of what is
    /// counted or goes on since, not the happening the sentence tells (docs/annotation.md 4.1: told as background it is not
    /// coded; recalled within days it is optional). No trigger of train or dev gold stands right after «منذ». Not when
    /// the happening is dated within the days of the news («منذ هجوم الأحد الماضي»): a recent deed recalled, which
    /// the keep model weighs (<see cref="SinceAnchorBefore"/>). «ومنذ» is «منذ» joined by «و».
    /// </summary>
    private static bool IsSinceAnchor(ArticleIndex index, EventCandidate e) =>
        // Led by the one-word «منذ» (not «بعد أن», after which a deed is told as done), whatever clitic it carries.
        SinceAnchorBefore(index, e) is { } since
        && index.Token(since.First).Sentence == index.Token(e.First).Sentence
        && index.Words.IsWholeWord(since.FirstReading.Base, "since");

    /// <summary>Tokens after «منذ» where the happening it counts from may be dated («منذ دخولها الحي صباح أمس»).</summary>
    private const int SinceDateReach = 6;

    /// <summary>Days from the news within which a dated happening is the news's own, not months or years back.</summary>
    private const int NearNewsDays = 7;

    /// <summary>
    /// «منذ دخولها الحي صباح أمس»: the happening «منذ» counts from is dated to the days of the news, so the deed is
    /// that day's, not a total or a history.
    /// </summary>
    private static bool DatedNearNews(ArticleIndex index, int from, int end)
    {
        foreach (var d in index.Dates)
        {
            if (d.First < from || d.First >= Math.Min(end, from + SinceDateReach) || d.Precision != Time.DateExpression.Day)
            {
                continue;
            }
            // «صباح أمس», «يوم الأحد»: a resolved day within the days of the news («العاشر من حزيران» months back is not).
            if (index.Today is { } today && DateOnly.TryParse(d.Value, System.Globalization.CultureInfo.InvariantCulture, out var day)
                && Math.Abs(day.DayNumber - today.DayNumber) <= NearNewsDays)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a date expression starts at the token (dates are in text order: bisection, asked per token of a window).</summary>
    private static bool StartsDate(ArticleIndex index, int token) => DateStartingAt(index, token) is not null;

    /// <summary>
    /// «1934- هتلر يصبح رئيسا ومستشارا لالمانيا», «911 - الإيطاليون يقومون بطلعات جوية استكشافية فوق طرابلس الغرب»:
    /// a line led by a year and a dash, in an article where another line is led so, is an entry of a list of
    /// dated happenings ("this day in history"); a deed on an entry whose year is years before the news is
    /// history (docs/annotation.md 4.1), whatever the verb's tense. The time stage reads no year so set apart,
    /// and a number of three digits is a year cut short as well («911» for 1911). One line alone so led is no
    /// list: a count and a dash may open a paragraph.
    /// </summary>
    private static bool IsChronicleEntry(ArticleIndex index, EventCandidate e)
    {
        if (index.Context.Article.Published is not { } published)
        {
            return false;
        }
        var paragraphs = index.Text.Paragraphs;
        var own = Text.Ordered.UnitOf(paragraphs, e.First);
        if (LeadYear(index, paragraphs[own]) is not { } year || year >= published.Year - HistoryYears)
        {
            return false;
        }
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (p != own && LeadYear(index, paragraphs[p]) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The year of three or four digits and a dash that open the paragraph, or null.</summary>
    private static int? LeadYear(ArticleIndex index, Text.TextUnit paragraph)
    {
        if (paragraph.End - paragraph.First < 3)
        {
            return null;
        }
        var number = index.Token(paragraph.First);
        var dash = index.Token(paragraph.First + 1);
        return number.Kind == Text.TokenKind.Number && number.Norm.Length is 3 or 4
            && dash.Kind == Text.TokenKind.Punctuation && dash.Norm[0] is '-' or '–' or '—'
            && int.TryParse(number.Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year : null;
    }

    /// <summary>Whether a date expression starts on a token in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool DateIn(ArticleIndex index, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (StartsDate(index, j))
            {
                return true;
            }
        }
        return false;
    }
}
