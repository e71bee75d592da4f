using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A generic state word takes its id from its paragraph's country when the paragraph's places and
/// nationality words point to one, else from the article's focus (docs/events.md, "s21-country").
/// </summary>
public class ParagraphCountryTests
{
    private const string TurkishOpening =
        "أعلنت الحكومة التركية في أنقرة أنها عززت الإجراءات الأمنية في إسطنبول وأنقرة وإزمير بعد تفجير في ولاية غازي عنتاب.\n"
        + "وقال مسؤولون أتراك في أنقرة إن الشرطة التركية اعتقلت عشرات المشتبه بهم في إسطنبول.\n";

    [Fact]
    public void Government_forces_in_a_syrian_paragraph_of_a_turkish_article_are_syria_s()
    {
        var result = Extract(TurkishOpening + "وفي سوريا، شنت القوات الحكومية هجمات على بلدة الزبداني في ريف دمشق.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-MIL" && a.Text == "القوات الحكومية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "TUR" && a.Text == "القوات الحكومية");
    }

    [Fact]
    public void The_police_in_a_libyan_paragraph_of_an_egyptian_article_are_libya_s()
    {
        var result = Extract(
            "تظاهر المئات أمام قصر الاتحادية في القاهرة واعتقلت الشرطة عشرة منهم في مدينة نصر بالقاهرة.\n"
            + "وفي القاهرة أيضا أعلنت وزارة الداخلية المصرية ضبط أسلحة في الجيزة.\n"
            + "وفي ليبيا، ألقت الشرطة القبض على ثلاثة مسلحين في مدينة بنغازي بعد اشتباك في طرابلس.");
        Assert.Contains(result.Actors, a => a.Id == "LBY-GNA" && a.Text == "الشرطة");
    }

    [Fact]
    public void A_paragraph_naming_places_of_two_countries_keeps_the_article_s_focus()
    {
        var result = Extract(TurkishOpening + "وشنت القوات الحكومية هجمات على مسلحين قرب بلدة الزبداني السورية انطلقوا من ولاية هاتاي.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL" && a.Text == "القوات الحكومية");
    }

    [Fact]
    public void A_paragraph_with_no_place_keeps_the_article_s_focus()
    {
        var result = Extract(TurkishOpening + "وقال مسؤول إن قوات الأمن اعتقلت خمسة أشخاص آخرين.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL");
    }
}
