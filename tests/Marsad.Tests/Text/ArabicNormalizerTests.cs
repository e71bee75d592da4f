using Marsad.Text;

namespace Marsad.Tests.Text;

public class ArabicNormalizerTests
{
    private static string Fold(string s) => ArabicNormalizer.Normalize(s).Text;

    [Fact]
    public void Harakat_and_shadda_are_removed()
    {
        Assert.Equal("محمد", Fold("مُحَمَّدٌ"));
        Assert.Equal("شنه", Fold("شنّه"));
        Assert.Equal("مضاد", Fold("مضادّ"));
    }

    [Fact]
    public void Tatweel_is_removed()
    {
        Assert.Equal("حلب", Fold("حـــلـب"));
    }

    [Theory]
    [InlineData("أعزاز", "اعزاز")]
    [InlineData("إدلب", "ادلب")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    public void Alef_and_hamza_forms_fold_to_bare_alef(string written, string folded)
    {
        Assert.Equal(folded, Fold(written));
    }

    [Fact]
    public void Alef_maqsura_folds_to_ya()
    {
        Assert.Equal("مستشفي", Fold("مستشفى"));
        Assert.Equal(Fold("علي"), Fold("على"));
    }

    [Fact]
    public void Ta_marbuta_folds_to_ha()
    {
        Assert.Equal("مدينه", Fold("مدينة"));
    }

    [Fact]
    public void Arabic_Indic_and_Persian_digits_become_ascii_digits()
    {
        Assert.Equal("2015", Fold("٢٠١٥"));
        Assert.Equal("2015", Fold("۲۰۱۵"));
        Assert.Equal("1,200.5", Fold("١٬٢٠٠٫٥"));
    }

    [Fact]
    public void Guillemets_and_curly_quotes_become_straight_quotes()
    {
        Assert.Equal("\"داعش\"", Fold("«داعش»"));
        Assert.Equal("\"داعش\"", Fold("“داعش”"));
    }

    [Fact]
    public void Presentation_form_lam_alef_ligature_becomes_two_letters()
    {
        // U+FEFB is the isolated lam-alef ligature of old code pages; U+FEF7 the one with hamza.
        Assert.Equal("لا", Fold("\uFEFB"));
        Assert.Equal("لا", Fold("\uFEF7"));
        Assert.Equal("سلام", Fold("س\uFEFBم"));
    }

    [Fact]
    public void Presentation_form_letter_shapes_become_plain_letters()
    {
        // Initial, medial and final shapes of «حلب» as a PDF or an old code page writes them.
        Assert.Equal("حلب", Fold("\uFEA3\uFEE0\uFE90"));
        Assert.Equal("مدينه", Fold("\uFEE3\uFEAA\uFEF4\uFEE8\uFE94"));
        Assert.Equal("الله", Fold("\uFDF2"));
    }

    [Fact]
    public void A_ligature_spelling_a_phrase_stays_one_character_so_tokens_never_share_it()
    {
        var text = AnalyzedText.Analyze("قال \uFDFA ثم");
        Assert.Equal(3, text.Tokens.Count);
        for (var i = 1; i < text.Tokens.Count; i++)
        {
            Assert.True(text.Tokens[i - 1].Span.End <= text.Tokens[i].Span.Start);
        }
    }

    [Fact]
    public void Latin_letters_are_lower_cased()
    {
        Assert.Equal("isis", Fold("ISIS"));
    }

    [Fact]
    public void Invisible_direction_marks_are_removed()
    {
        Assert.Equal("حلب", Fold("\u200Fحلب\u200E"));
    }

    [Fact]
    public void A_key_folds_like_the_text_and_collapses_spaces()
    {
        Assert.Equal("ريف حلب الشمالي", ArabicNormalizer.NormalizeKey("  ريفِ   حلبَ الشّمالي "));
        Assert.Equal(Fold("تنظيم الدولة الإسلامية"), ArabicNormalizer.NormalizeKey("تنظيم الدولة الإسلامية"));
    }

    [Fact]
    public void A_key_with_a_combining_hamza_folds_like_the_same_text()
    {
        // «و» + combining hamza above composes to «ؤ» under NFKC; the text path drops the mark.
        const string written = "مو\u0654تمر";
        Assert.Equal(Fold(written), ArabicNormalizer.NormalizeKey(written));
    }

    [Fact]
    public void A_folded_range_maps_back_to_the_source_with_its_trailing_diacritics()
    {
        const string source = "هجومٌ مُضادّ";
        var n = ArabicNormalizer.Normalize(source);
        Assert.Equal("هجوم مضاد", n.Text);
        var second = n.Text.IndexOf("مضاد", StringComparison.Ordinal);
        var span = n.ToSourceSpan(second, second + 4);
        Assert.Equal("مُضادّ", span.Cut(source));
        Assert.Equal("هجومٌ", n.ToSourceSpan(0, 4).Cut(source));
    }

    [Fact]
    public void A_folded_range_maps_back_without_the_spaces_after_it()
    {
        const string source = "حلب  دمشق";
        var n = ArabicNormalizer.Normalize(source);
        Assert.Equal("حلب", n.ToSourceSpan(0, 3).Cut(source));
    }

    [Fact]
    public void Both_letters_of_a_ligature_map_back_to_the_ligature()
    {
        const string source = "س\uFEFBم";
        var n = ArabicNormalizer.Normalize(source);
        Assert.Equal(new TextSpan(1, 2), n.ToSourceSpan(1, 3));
        Assert.Equal(source, n.ToSourceSpan(0, n.Text.Length).Cut(source));
    }

    [Fact]
    public void An_empty_range_maps_to_an_empty_span_and_a_bad_range_throws()
    {
        var n = ArabicNormalizer.Normalize("حلب");
        Assert.Equal(0, n.ToSourceSpan(1, 1).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToSourceSpan(2, 5));
    }

    [Fact]
    public void A_text_without_ligatures_folds_and_maps_as_one_with_a_ligature_does()
    {
        // The ligature at the end sends the second text down the general path; up to it the two
        // texts must fold and map alike (harakat, tatweel and a direction mark dropped).
        const string plain = "قُتِلَ ثلاثـــة ‏في «حلب» أمس";
        var fast = ArabicNormalizer.Normalize(plain);
        var general = ArabicNormalizer.Normalize(plain + " ﻻ");

        Assert.Equal(fast.Text, general.Text[..fast.Text.Length]);
        for (var i = 0; i < fast.Text.Length; i++)
        {
            Assert.Equal(general.SourceIndex(i), fast.SourceIndex(i));
        }
        Assert.Equal(plain.Length, fast.SourceIndex(fast.Text.Length));
        Assert.Equal("قتل ثلاثه في \"حلب\" امس", fast.Text);
    }
}
