using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// One dead person told by his office or his name rather than by a noun of people (docs/annotation.md 6.5: «قتيل»
/// or a named dead person → 1): «مقتل زعيم جماعة خراسان», «اغتيال والي الموصل», «مقتل العقيد …», «مقتل أبو خليل
/// السوداني», «مقتل محسن الفضلي، زعيم جماعة خراسان». Vocabulary: fatality_words.tsv, kinds title, kunya and unreal.
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words of a name between a killing word and the comma of its apposition: «محيي الدين منصور».</summary>
    private const int NameWindow = 4;

    /// <summary>Words between a condition or an attempt and the killing word it makes unreal: «محاولة جديدة لاغتيال».</summary>
    private const int UnrealWindow = 2;

    private enum NameWord
    {
        Title,
        Kunya,
    }

    /// <summary>
    /// Office words and kunyas, kept out of the cues: inside a victim's phrase («ضابط برتبة رائد و3 من عناصر الشرطة»)
    /// a cue ends the joins and lists the cues are read by, and these words are part of the phrase.
    /// </summary>
    private readonly PhraseMatcher<NameWord> _names = new();

    /// <summary>«إذا», «محاولة» (kind unreal): a killing word just after them tells no one dead.</summary>
    private readonly HashSet<string> _unreal = new(StringComparer.Ordinal);

    private bool AddNamedRow(string phrase, string kind)
    {
        switch (kind)
        {
            case "title":
                _names.Add(phrase, NameWord.Title);
                return true;
            case "kunya":
                _names.Add(phrase, NameWord.Kunya);
                return true;
            case "unreal":
                _unreal.Add(ArabicNormalizer.NormalizeKey(phrase));
                return true;
            default:
                return false;
        }
    }

    private PhraseMatch<NameWord>?[] NamesAt(AnalyzedText text)
    {
        var at = new PhraseMatch<NameWord>?[text.Tokens.Count];
        foreach (var m in _names.FindAll(text))
        {
            for (var k = m.First; k < m.End; k++)
            {
                at[k] = m;
            }
        }
        return at;
    }

    /// <summary>
    /// The end of one person named right after the killing word <paramref name="cue"/>, or null: an office («مقتل زعيم
    /// جماعة خراسان», «مقتل العقيد»), a kunya («مقتل أبو خليل السوداني», a quotation mark may stand before it), or a
    /// few words with no cue, number or conjunction among them closed by a comma and an apposition of one person
    /// («مقتل محسن الفضلي، زعيم …», «، القيادي البارز في», «، أحد قادة»). Without the apposition the words are as
    /// often a group or a thing («مقتل المدنيين», «مقتل الرهائن»), so nothing is read. Nothing either when a numbered
    /// count of dead stands in the sentence: the named one is then among them or added to them («أودى بحياة الشيخ …،
    /// أسفر عن مقتل 42 آخرين», «مقتل الشيخ في تفجير … أسفر عن مقتل 49 شخصا»), and the count is the event's; nor after
    /// a condition or an attempt («إذا قتل الشيخ», «محاولة جديدة لاغتيال زعيم»).
    /// </summary>
    private int? NamedVictimEnd(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, List<FatalityMention> result, PhraseMatch<NameWord>?[] names, Cue cue, int first)
    {
        var tokens = text.Tokens;
        var sentence = tokens[cue.First].Sentence;
        if (first >= tokens.Count || tokens[first].Sentence != sentence || Unreal(tokens, cue.First)
            || result.Exists(m => tokens[m.First].Sentence == sentence && m.Count > 0 && !IsUnnumbered(m) && !ToldAlso(tokens, m)))
        {
            return null;
        }
        var j = first;
        if (tokens[j].IsDoubleQuote && j + 1 < tokens.Count && tokens[j + 1].Sentence == sentence)
        {
            j++;
        }
        if (names[j] is { } head && head.First == j && !IsConjoined(tokens, head))
        {
            if (head.Values.Contains(NameWord.Title) && j == first)
            {
                return HasCompanions(tokens, cueAt, isNumber, head.End) ? null : head.End;
            }
            var name = head.End;
            if (head.Values.Contains(NameWord.Kunya) && name < tokens.Count && tokens[name].Sentence == sentence && tokens[name].Kind == TokenKind.Word
                && cueAt[name] is null && !isNumber[name])
            {
                return HasCompanions(tokens, cueAt, isNumber, name + 1) ? null : name + 1;
            }
        }
        var words = 0;
        for (j = first; j < tokens.Count && tokens[j].Sentence == sentence && tokens[j].Kind == TokenKind.Word; j++)
        {
            var norm = tokens[j].Norm;
            if (cueAt[j] is not null || isNumber[j] || _listStops.Contains(norm) || (norm[0] is 'و' or 'ف' && tokens[j].Segmentations[0].Prefix > 0) || ++words > NameWindow)
            {
                return null;
            }
        }
        if (words == 0 || j + 1 >= tokens.Count || tokens[j].Norm is not ("،" or ",") || tokens[j + 1].Sentence != sentence)
        {
            return null;
        }
        if (names[j + 1] is { } office && office.First == j + 1 && office.Values.Contains(NameWord.Title) && !IsConjoined(tokens, office))
        {
            return office.End;
        }
        return cueAt[j + 1] is { } c && c.First == j + 1 && !c.Conjoined && (c.Is(CueKind.PersonSingle) || (c.Is(CueKind.OneOf) && !c.HasPrefix)) ? c.End : null;
    }

    /// <summary>
    /// «مقتل زعيم جماعة مسلحة وعدد من مرافقيه», «مقتل أبو خليل السوداني و3 من رفاقه»: people joined by «و» to the named
    /// one within his phrase (a count, «عدد من», «عشرات», a noun of people) die with him, so he alone is not the toll.
    /// </summary>
    private static bool HasCompanions(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, int from)
    {
        if (from >= tokens.Count)
        {
            return false;
        }
        var sentence = tokens[from].Sentence;
        for (var (k, words) = (from, 0); k < tokens.Count && tokens[k].Sentence == sentence && tokens[k].Kind == TokenKind.Word && words <= NameWindow; k++, words++)
        {
            var t = tokens[k];
            var bare = WawClitic.IsAlone(t);
            var joined = bare || (WawClitic.OpensWith(t.Norm) && WawClitic.HasProclitic(t));
            var at = bare ? k + 1 : k;
            if (joined && at < tokens.Count && tokens[at].Sentence == sentence && (isNumber[at] || cueAt[at] is { } c && (c.Is(CueKind.Few) || c.Is(CueKind.Lower)
                || c.Is(CueKind.Approx) || c.Is(CueKind.Person) || c.Is(CueKind.PersonSingle) || c.Is(CueKind.PersonDual) || c.Is(CueKind.OneOf)
                || c.Is(CueKind.Companion) || c.Is(CueKind.Companions))))
            {
                return true;
            }
            if (joined)
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsConjoined(SealedList<Token> tokens, PhraseMatch<NameWord> m) =>
        m.FirstReading.Prefix > 0 && tokens[m.First].Norm[0] is 'و' or 'ف';

    /// <summary>True when a word of condition or attempt («إذا», «لو», «محاولة») stands a word or two before <paramref name="first"/>.</summary>
    private bool Unreal(SealedList<Token> tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - UnrealWindow && tokens[j].Sentence == tokens[first].Sentence && tokens[j].Kind == TokenKind.Word; j--)
        {
            // «بمحاولة جديدة لاغتيال»: the word may carry a preposition.
            if (_unreal.Contains(tokens[j].Norm) || HasUnrealBase(tokens[j].Segmentations))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasUnrealBase(IReadOnlyList<Segmentation> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (_unreal.Contains(readings[i].Base))
            {
                return true;
            }
        }
        return false;
    }
}
