using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>Counts joined into one statement of dead («25 مقاتلا … وثمانية من مقاتلي التنظيم قتلوا») and parts picked out of a count.</summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words a group of people may take between two counts it joins («من الفصائل المسلحة السورية»).</summary>
    private const int JoinWindow = 8;

    /// <summary>A noun of people («جنود», «عناصر») or a partitive «من» right after a count.</summary>
    private static bool PeopleAt(SealedList<Token> tokens, Cue?[] cueAt, int k) =>
        k < tokens.Count && k > 0 && tokens[k].Sentence == tokens[k - 1].Sentence
        && (cueAt[k] is { Conjoined: false } c ? c.Is(CueKind.Person) : tokens[k].Norm == "من");

    /// <summary>
    /// «25 مقاتلا على الأقل من الفصائل وثمانية من مقاتلي التنظيم قتلوا»: count <paramref name="n"/>, joined
    /// by «و», follows count <paramref name="p"/> of people no word governs, with only the words of p's group
    /// between (no punctuation, number or outcome word), so one verb tells the death of both groups.
    /// </summary>
    private static bool JoinsBefore(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, NumberReading p, NumberReading n) =>
        tokens[n.First].Norm[0] == 'و' && n.First - p.End <= JoinWindow && tokens[p.First].Sentence == tokens[n.First].Sentence
        && OnlyGroupWords(tokens, cueAt, isNumber, p.End, n.First, allowPeople: true);

    /// <summary>
    /// «لقي ثلاثة منهم مصرعهم», «اثنان منهم قتلوا»: a count followed by a word that picks it out of people named
    /// before («منهم») is said to have died when the killing word stands right after that word.
    /// </summary>
    private (Outcome Outcome, int End)? PickedOutOutcome(SealedList<Token> tokens, Cue?[] cueAt, int k)
    {
        if (k + 1 >= tokens.Count || cueAt[k] is not null || !_subsets.Contains(tokens[k].Norm) || tokens[k + 1].Sentence != tokens[k].Sentence
            || tokens[k].Sentence != tokens[k - 1].Sentence || cueAt[k + 1] is not { } post || post.First != k + 1 || !post.Is(CueKind.KillPost) || post.Conjoined)
        {
            return null;
        }
        post.Used = true;
        return (Outcome.Killed, post.End);
    }

    /// <summary>
    /// «امرأة وخمسة أطفال قتلوا», «أن طفلا و19 رجلا قتلوا»: one indefinite person right before a count joined by «و»
    /// whose group is said to have died is one more of the dead. Returns that person's cue, or null. Not when the
    /// person is a part picked out of a count before («بينهم امرأة وخمسة أطفال»), is itself counted («20 مدنيا
    /// و5 جنود»: <see cref="JoinsBefore"/>), or already belongs to a statement of dead read before it.
    /// </summary>
    private Cue? SingleJoinedBefore(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, NumberReading n, int lastEnd)
    {
        var k = n.First - 1;
        if (k < 0 || tokens[n.First].Norm[0] != 'و' || k < lastEnd || cueAt[k] is not { } one || one.First != k || one.End != n.First
            || !one.Is(CueKind.PersonSingle) || one.Conjoined || one.HasArticle || one.Used || tokens[k].Sentence != tokens[n.First].Sentence)
        {
            return null;
        }
        var b = k - 1;
        if (b >= 0 && (isNumber[b] || _subsets.Contains(tokens[b].Norm) || (cueAt[b] is { } c && (c.Is(CueKind.KillBefore) || c.Is(CueKind.OneOf)))))
        {
            return null;
        }
        return one;
    }

    /// <summary>
    /// «ثلاثة جنود قتلوا في البلدة وخمسة من اللجان»: count <paramref name="n"/>, joined by «و» and followed by
    /// people or a partitive «من», stands a few plain words after the statement of dead ending at
    /// <paramref name="lastEnd"/>, in its clause, with no word of an outcome of its own.
    /// </summary>
    private static bool JoinsAfter(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, int lastEnd, NumberReading n, Cue? after) =>
        n.First > lastEnd && n.First - lastEnd <= JoinWindow / 2 && tokens[lastEnd - 1].Clause == tokens[n.First].Clause
        && ((after is not null && after.Is(CueKind.Person) && !after.Conjoined) || (after is null && n.End < tokens.Count && tokens[n.End].Norm == "من"))
        && OnlyGroupWords(tokens, cueAt, isNumber, lastEnd, n.First, allowPeople: false);

    /// <summary>
    /// «سبعة من الشرطة و15 مدنيا قتلوا في الهجمات بالإضافة إلى ثلاثة مسلحين», «استشهاد عشرة من منسوبي القوات، إضافة إلى
    /// ثلاثة من العاملين»: count <paramref name="n"/> of people (a noun of people or a partitive «من» after it), right after a
    /// phrase of addition that stands a few plain words (a comma allowed) after the statement of dead ending at
    /// <paramref name="lastEnd"/>, died too: all the dead of the event count, whichever side (docs/annotation.md 6.5).
    /// A count with an outcome of its own («بالإضافة إلى 28 جريحا», «إضافة إلى 11 قتيلا في درعا») never gets here; a
    /// count of no people («بالإضافة إلى 33 في حلب», a round-up's place tally) is no group; after a word that picks a part
    /// out of the dead («بينهم 7 نساء بالإضافة إلى أربعة أطفال») the group may be part of the first count, so nothing is added.
    /// </summary>
    private bool JoinsBesides(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, FatalityMention last, int lastEnd, NumberReading n, Cue? after)
    {
        var tokens = text.Tokens;
        if (n.IsVague || last.IsVague || IsUnnumbered(last) || !((after is not null && after.Is(CueKind.Person) && !after.Conjoined) || (after is null && n.End < tokens.Count && tokens[n.End].Norm == "من")))
        {
            return false;
        }
        foreach (var words in _besides)
        {
            var at = n.First - words.Length;
            if (at < lastEnd || !text.Spells(at, words))
            {
                continue;
            }
            var plain = 0;
            for (var k = lastEnd; k < at; k++)
            {
                var comma = tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is "،" or ",";
                if (!comma && (tokens[k].Kind != TokenKind.Word || isNumber[k] || (cueAt[k] is { } c && !c.Is(CueKind.Person)) || ++plain > JoinWindow / 2))
                {
                    return false;
                }
            }
            return !HasSubsetWord(tokens, last.First, at);
        }
        return false;
    }

    /// <summary>A word picking a part out of the counted («بينهم», «منهم») among tokens [from, to).</summary>
    private bool HasSubsetWord(SealedList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_subsets.Contains(tokens[k].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens [from, to) are words with no number and no cue but people and qualifiers (with <paramref name="allowPeople"/>), else no cue at all.</summary>
    private static bool OnlyGroupWords(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, int from, int to, bool allowPeople)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || isNumber[k])
            {
                return false;
            }
            if (cueAt[k] is { } c && !(allowPeople && (c.Is(CueKind.Person) || c.Is(CueKind.LowerAfter) || c.Is(CueKind.Lower))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The killing word with a pronoun of its dead right before «مع» and a count («حتفه مع عشرات», «مقتلهما مع
    /// ثلاثة»), with how many the pronoun names; null otherwise.
    /// </summary>
    private static (Cue Cue, int Named)? DiedWith(AnalyzedText text, Cue?[] cueAt, int first)
    {
        var tokens = text.Tokens;
        if (first < 2 || cueAt[first - 1] is not null || tokens[first - 1].Norm != "مع" || cueAt[first - 2] is not { } cue
            || cue.End != first - 1 || cue.Used || tokens[cue.First].Sentence != tokens[first].Sentence)
        {
            return null;
        }
        if (cue.Is(CueKind.KillBefore))
        {
            return PronounVictims(text, cue) is { } victims ? (cue, victims) : null;
        }
        // «حتفه», «مصرعهما» are listed whole: their pronoun is read from the word's end.
        var norm = tokens[cue.End - 1].Norm;
        return !cue.Is(CueKind.KillPost) ? null
            : norm.EndsWith("هما", StringComparison.Ordinal) ? (cue, 2)
            : norm.EndsWith('ه') || norm.EndsWith("ها", StringComparison.Ordinal) ? (cue, 1)
            : null;
    }

    /// <summary>True when mention <paramref name="m"/> begins or ends in the clause (cut at commas) of token <paramref name="triggerToken"/>.</summary>
    public static bool InClause(AnalyzedText text, FatalityMention m, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(m);
        var t = text.Tokens[triggerToken];
        return text.Tokens[m.First].Sentence == t.Sentence && (text.Tokens[m.First].Clause == t.Clause || text.Tokens[m.End - 1].Clause == t.Clause);
    }

    /// <summary>Words of a victim's name between the killing word and the count of the others.</summary>
    private const int OthersNameWindow = 6;

    /// <summary>Words between the count and «آخرين»: its noun of people and an adjective («و21 مسلحا آخرين», «وثلاثة أمريكيين آخرين»).</summary>
    private const int OthersWindow = 3;

    /// <summary>
    /// «مقتل الشيخ محمد سعيد البوطي و42 آخرين», «قتل أبو قتادة المغربي و21 مسلحا آخرين»: the count <paramref name="n"/>, joined
    /// by «و» and followed a few words on by «آخرين», counts people other than the one a killing word <paramref name="left"/>
    /// names just before it, so that one died too. Only a name stands between (plain words, no cue, no number, no
    /// preposition): a person noun before the «و» is added where victims are joined («مقتل طفل وثلاثة آخرين»).
    /// </summary>
    private bool NamedBeforeOthers(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, Cue left, NumberReading n)
    {
        var sentence = tokens[n.First].Sentence;
        if (tokens[n.First].Norm[0] != 'و' || n.First - left.End is < 1 or > OthersNameWindow || tokens[left.End].Sentence != sentence)
        {
            return false;
        }
        for (var k = left.End; k < n.First; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || isNumber[k] || cueAt[k] is not null || _listStops.Contains(tokens[k].Norm))
            {
                return false;
            }
        }
        for (var k = n.End; k < tokens.Count && k <= n.End + OthersWindow && tokens[k].Sentence == sentence && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (_others.Contains(tokens[k].Norm))
            {
                return true;
            }
            if (cueAt[k] is { } c && !c.Is(CueKind.Person))
            {
                return false;
            }
        }
        return false;
    }
}
