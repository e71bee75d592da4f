using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Text;

namespace Marsad.Tests.Text;

public class TokenSpanProperties
{
    // Letters (with every alef, hamza, ta marbuta and maqsura form), harakat and shadda, tatweel,
    // Latin and Arabic-Indic digits and separators, spaces and line breaks, punctuation and quotes,
    // the lam-alef presentation ligatures and invisible marks.
    private static readonly char[] Alphabet =
    [
        'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ح', 'د', 'ر', 'س', 'ع', 'ل', 'م', 'ن', 'ه', 'و', 'ؤ', 'ي', 'ى', 'ئ', 'ء',
        '\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', 'ـ',
        '0', '1', '9', '٠', '٣', '٩', '۲', '٫', '٬', ',', '.',
        ' ', ' ', ' ', '\n', '\u00A0',
        '،', '؛', '؟', '!', ':', '-', '(', ')', '«', '»', '"',
        '\uFEFB', '\uFEF7', '\uFE8D', '\uFEE0', '\uFE77', '\uFDF2', '\u200F', 'A', 'z',
    ];

    private static Arbitrary<string> ArabicText() =>
        Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Every_token_span_cut_from_the_body_normalizes_to_the_token_norm() =>
        Prop.ForAll(ArabicText(), body =>
        {
            var text = AnalyzedText.Analyze(body);
            foreach (var t in text.Tokens)
            {
                var cut = t.Span.Cut(body);
                if (!string.Equals(ArabicNormalizer.Normalize(cut).Text, t.Norm, StringComparison.Ordinal)
                    || !string.Equals(ArabicNormalizer.NormalizeKey(cut), t.Norm, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        });

    [Property(MaxTest = 500)]
    public Property Token_spans_are_increasing_and_do_not_overlap() =>
        Prop.ForAll(ArabicText(), body =>
        {
            var text = AnalyzedText.Analyze(body);
            var previousEnd = 0;
            foreach (var t in text.Tokens)
            {
                if (t.Span.Length <= 0 || t.Span.Start < previousEnd || t.Span.End > body.Length)
                {
                    return false;
                }
                previousEnd = t.Span.End;
            }
            return true;
        });

    [Property(MaxTest = 300)]
    public Property Every_clitic_base_span_lies_inside_its_token() =>
        Prop.ForAll(ArabicText(), body =>
        {
            var text = AnalyzedText.Analyze(body);
            foreach (var t in text.Tokens)
            {
                foreach (var r in t.Segmentations)
                {
                    var span = text.BaseSpan(t, r);
                    if (span.Start < t.Span.Start || span.End > t.Span.End || span.Length <= 0)
                    {
                        return false;
                    }
                }
            }
            return true;
        });
}
