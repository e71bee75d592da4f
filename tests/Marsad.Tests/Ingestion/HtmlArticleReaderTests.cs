using System.Text;
using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

public class HtmlArticleReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Sample.PathOf("TestData", "html", name), Encoding.UTF8);

    private static Article ReadHtml(string html) => ArticleReader.Default.ReadString(html, "https://example.org/news/1");

    /// <summary>The seed article laid out as a news site would serve it, furniture and all.</summary>
    private static string SamplePage(bool plainDivs = false)
    {
        var paragraphs = Sample.Paragraphs;
        var title = paragraphs[0];
        var byline = paragraphs[1];
        Assert.Equal("زر الذهاب إلى الأعلى", paragraphs[^1]);
        Assert.Equal("اترك تعليقاً", paragraphs[^2]);
        var body = paragraphs.Skip(2).Take(paragraphs.Count - 4);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <title>{{title}} - جريدة البناء</title>
            <meta property="og:title" content="{{title}}">
            <meta property="article:published_time" content="2016-02-18T10:00:00+02:00">
            </head>
            <body>
            <header class="site-header"><div class="logo">جريدة البناء</div>
            <nav id="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/arab">عربيات</a></li></ul></nav></header>
            <div class="container">
            <article class="post">
            <h1 class="post-title">{{title}}</h1>
            <div class="byline">{{byline}}</div>
            <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">مشاركة</a></div>
            <div class="entry-content">

            """);
        foreach (var p in body)
        {
            html.Append("<p>").Append(p).Append("</p>\n");
        }
        html.Append("""
            </div>
            <div class="read-also"><h4>اقرأ أيضاً</h4><ul><li><a href="/1">الجيش يتقدم في ريف حلب الجنوبي</a></li><li><a href="/2">هدنة هشة في ريف دمشق</a></li></ul></div>
            </article>
            </div>
            <footer class="site-footer">
            <div id="respond"><h3>اترك تعليقاً</h3><form><textarea name="comment"></textarea><button>إرسال</button></form></div>
            <a class="go-top" href="#">زر الذهاب إلى الأعلى</a>
            <p>جميع الحقوق محفوظة © 2016 جريدة البناء</p>
            </footer>
            </body>
            </html>
            """);
        // Without article markup or known classes the container must be found by SmartReader.
        return plainDivs
            ? html.ToString().Replace("<article class=\"post\">", "<div class=\"x1\">", StringComparison.Ordinal)
                .Replace("</article>", "</div>", StringComparison.Ordinal)
                .Replace("entry-content", "x2", StringComparison.Ordinal)
            : html.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sample_page_gives_the_same_article_as_the_text(bool plainDivs)
    {
        var expected = Sample.Read(Sample.Utf8Bytes);
        var page = SamplePage(plainDivs);
        Assert.Equal(plainDivs, !page.Contains("<article", StringComparison.Ordinal));

        var article = ReadHtml(page);

        Assert.Equal(expected.Title, article.Title);
        Assert.Equal(expected.Author, article.Author);
        Assert.Equal(expected.Dateline, article.Dateline);
        Assert.Equal(expected.Body, article.Body);
        Assert.Equal(new DateOnly(2016, 2, 18), article.Published);
    }

    [Fact]
    public void Sample_page_as_windows1256_bytes_gives_the_same_body()
    {
        var expected = Sample.Read(Sample.Utf8Bytes);

        var article = ArticleReader.Default.ReadBytes(Sample.Windows1256.GetBytes(SamplePage()), "page.html");

        Assert.Equal(expected.Body, article.Body);
    }

    [Fact]
    public void Wordpress_page_keeps_only_the_story()
    {
        var article = ReadHtml(Fixture("wordpress-news.html"));

        Assert.Equal("الجيش يصد هجوما على مطار عسكري في ريف حلب", article.Title);
        Assert.Equal("سليم العلي", article.Author);
        Assert.Equal("حلب", article.Dateline);
        Assert.Equal(new DateOnly(2016, 2, 20), article.Published);
        Assert.Equal(
            "صدّت وحدات الجيش هجوماً واسعاً شنّه مسلحون على مطار عسكري في ريف حلب الشرقي فجر اليوم، بعد اشتباكات استمرت ساعات.\n\n"
            + "وقال مصدر ميداني إن المهاجمين استخدموا سيارتين مفخختين قبل أن يتقدموا باتجاه البوابة الرئيسية للمطار.\n\n"
            + "وأضاف المصدر أن الاشتباكات أسفرت عن مقتل عدد من المهاجمين وتدمير آليات لهم.",
            article.Body);
    }

    [Fact]
    public void Page_without_article_markup_is_found_by_smartreader_and_dated_from_json_ld()
    {
        var bytes = Sample.Windows1256.GetBytes(Fixture("plain-divs-jsonld.html"));

        var article = ArticleReader.Default.ReadBytes(bytes, "page.html");

        Assert.Equal("انفجار سيارة مفخخة يهز وسط بغداد ويوقع عشرات الضحايا", article.Title);
        Assert.Equal(new DateOnly(2013, 3, 14), article.Published);
        Assert.Equal("بغداد", article.Dateline);
        Assert.StartsWith("بغداد (رويترز) - قالت الشرطة العراقية", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("وتشهد العاصمة العراقية موجة من الهجمات منذ مطلع العام.", article.Body, StringComparison.Ordinal);
        Assert.Contains("آخرين.\n\nوأضافت الشرطة", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("محفوظة", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("شارك", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Sana_dateline_paragraph_becomes_the_dateline()
    {
        var article = ReadHtml(Fixture("sana-dateline.html"));

        Assert.Equal("وحدات الجيش تعيد الأمن إلى قرى في ريف اللاذقية الشمالي", article.Title);
        Assert.Equal("اللاذقية", article.Dateline);
        Assert.Equal(new DateOnly(2015, 10, 5), article.Published);
        Assert.Equal(
            "أعادت وحدات من الجيش الأمن والاستقرار إلى عدد من القرى في ريف اللاذقية الشمالي بعد القضاء على آخر تجمعات المسلحين فيها.\n\n"
            + "وذكر مصدر عسكري أن الوحدات فككت عشرات العبوات الناسفة التي زرعها المسلحون على الطرقات.",
            article.Body);
    }

    [Fact]
    public void Opinion_page_takes_the_author_from_rel_author_and_keeps_the_quote()
    {
        var article = ReadHtml(Fixture("opinion-byline-rel-author.html"));

        Assert.Equal("قراءة في مسار المفاوضات حول الهدنة", article.Title);
        Assert.Equal("مريم الحسيني", article.Author);
        Assert.Equal(new DateOnly(2016, 2, 27), article.Published);
        Assert.Equal(4, article.Body.Split("\n\n").Length);
        Assert.Contains("«لا هدنة من دون ضمانات»، قال أحد المفاوضين.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("بقلم", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("تعليقات", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("فيسبوك", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("عنوان الخبر الطويل هنا - اسم الموقع", "عنوان الخبر الطويل هنا")]
    [InlineData("اسم الموقع | عنوان الخبر الطويل جدا هنا", "عنوان الخبر الطويل جدا هنا")]
    [InlineData("عنوان بلا موقع", "عنوان بلا موقع")]
    [InlineData("مقتل 5 - وإصابة 10 في تفجير وسط المدينة القديمة - الوطن", "مقتل 5 - وإصابة 10 في تفجير وسط المدينة القديمة")]
    public void Site_name_leaves_the_page_title(string title, string expected)
    {
        Assert.Equal(expected, HtmlArticleReader.StripSiteSuffix(title));
    }

    [Theory]
    [InlineData("2016-02-18T10:00:00+02:00", 2016, 2, 18)]
    [InlineData("2016/02/18", 2016, 2, 18)]
    [InlineData("Thu, 18 Feb 2016 10:00:00 GMT", 2016, 2, 18)]
    public void Page_dates_are_read(string value, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), HtmlArticleReader.ParseDate(value));
    }

    [Fact]
    public void Old_table_page_in_windows1256_with_br_paragraphs_is_read()
    {
        var bytes = Sample.Windows1256.GetBytes(Fixture("old-site-br-table.html"));

        var article = ArticleReader.Default.ReadBytes(bytes, "old.html");

        Assert.Equal("مقتل ثلاثة جنود في هجوم على حاجز قرب درعا", article.Title);
        Assert.Equal("درعا", article.Dateline);
        Assert.Contains("بحسب ما أفاد ناشطون.\n\nوقال الناشطون", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("ولم يصدر أي تعليق رسمي على الهجوم.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("طباعة", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("محفوظة", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_br_parts_paragraphs_and_single_br_breaks_a_line()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var doc = parser.ParseDocument("<div>السطر الأول<br>السطر الثاني<br><br>فقرة ثانية</div><p>فقرة ثالثة</p>");

        var paragraphs = HtmlArticleReader.BlockText(doc.Body!);

        Assert.Equal(["السطر الأول\nالسطر الثاني", "فقرة ثانية", "فقرة ثالثة"], paragraphs);
    }

    [Fact]
    public void Portal_page_drops_inline_read_also_caption_and_source_line()
    {
        var article = ReadHtml(Fixture("portal-wysiwyg.html"));

        Assert.Equal("قصف جوي يستهدف قافلة إمدادات شمالي العراق", article.Title);
        Assert.Equal("هاشم صالح", article.Author);
        Assert.Equal("أربيل", article.Dateline);
        Assert.Equal(new DateOnly(2015, 8, 2), article.Published);
        Assert.Equal(
            "استهدفت طائرات حربية قافلة إمدادات لمسلحين على الطريق بين الموصل والحدود السورية مساء السبت، وفق ما أفاد مسؤول محلي.\n\n"
            + "وأوضح المسؤول أن القصف دمر عددا من الشاحنات، دون أن يحدد عدد القتلى.\n\n"
            + "ولم يتسن التحقق من هذه المعلومات من مصدر مستقل.",
            article.Body);
    }
}
