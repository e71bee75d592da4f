using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// Finds how many people a text says were killed («مقتل 5 أشخاص», «سقوط ثلاثة قتلى»,
/// «لقي عشرة جنود حتفهم», «مقتل جنديين»), never counting the wounded, held or missing
/// («مقتل 3 وإصابة 10» gives 3). Vocabulary: data/lexicons/fatality_words.tsv and number_words.tsv.
/// </summary>
/// <remarks>
/// A count is killed when a noun of the dead follows it («ثلاثة قتلى»), when the people it counts are
/// said to have died («5 أشخاص قتلوا», «حتفهم»), or when a killing word stands a few tokens before it
/// with nothing between but words and qualifiers («أسفر عن مقتل أكثر من 20»). The nearest outcome word
/// decides: if it is a wound word the count is not a fatality. A vague plural gives its lower bound
/// (number_words.tsv, ACLED's defaults: «عشرات» 10, «مئات» 100); «أكثر من» marks a lower bound, «نحو»
/// does not. Dead with no number, or not separated from the wounded («سقوط قتلى», «عدد من القتلى»,
/// «120 بين قتيل وجريح»), give 3, the unnumbered plural of docs/annotation.md 6.5. Statements that
/// nobody died (wounded only, a denied toll) are found apart, by <see cref="FindNoDeaths"/>.
/// Numbers inside date expressions are never counts.
/// </remarks>
public sealed partial class FatalityFinder
{
    private const int LeftWindow = 4;

    /// <summary>Words of a named group after a partitive «من» and before what befell its members.</summary>
    private const int PartitiveWindow = 4;

    /// <summary>Words between a denial and what it denies: «دون ورود معلومات عن سقوط ضحايا».</summary>
    private const int NegationWindow = 5;

    /// <summary>A plural that only says "more than two" (docs/annotation.md 6.5: ACLED's most conservative reading).</summary>
    private const int UnnumberedPlural = 3;

    private static readonly Lazy<FatalityFinder> s_default = new(() => new FatalityFinder(TsvTable.LoadEmbedded("fatality_words")));

    private readonly PhraseMatcher<CueKind> _cues = new();

    /// <summary>Words that end a victim's noun phrase (list_stop): kept out of the cues, whose gaps they would change.</summary>
    private readonly HashSet<string> _listStops = new(StringComparer.Ordinal);

    /// <summary>Words that pick some of the counted people out (subset): a count after them is a part, not more dead.</summary>
    private readonly HashSet<string> _subsets = new(StringComparer.Ordinal);

    /// <summary>«آخرين», «آخرون» (kind others): after a count joined by «و», the counted are others than the victim named before.</summary>
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    /// <summary>«واحد», «واحدة» as written, bare alef (kind cardinal_one): the cardinal one, not «وأحد» with its hamza.</summary>
    private readonly HashSet<string> _cardinalOne = new(StringComparer.Ordinal);

    /// <summary>The same spellings normalized, as the tokens' Norm gives them (hamza folded).</summary>
    private readonly HashSet<string> _cardinalOneKeys = new(StringComparer.Ordinal);

    /// <summary>«خلاله», «فيها»: the happening's pronoun between a killing word and its one victim (kind during_it).</summary>
    private readonly HashSet<string> _duringIt = new(StringComparer.Ordinal);

    /// <summary>«بالإضافة إلى», «فضلا عن» (kind besides), word by word: a count of people after them a few words past a statement of dead is more of its dead.</summary>
    private readonly List<string[]> _besides = [];

    private FatalityFinder(TsvTable table)
    {
        int phrase = table.Column("phrase"), kind = table.Column("kind");
        foreach (var row in table.Rows)
        {
            if (row[kind] == "list_stop")
            {
                _listStops.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "subset")
            {
                _subsets.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "others")
            {
                _others.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "during_it")
            {
                _duringIt.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "also")
            {
                _also.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "cardinal_one")
            {
                _cardinalOne.Add(row[phrase]);
                _cardinalOneKeys.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "news")
            {
                _news.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (row[kind] == "news_denial")
            {
                _newsDenials.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            if (AddNamedRow(row[phrase], row[kind]) || AddUnnamedRow(row[phrase], row[kind]) || AddDeniedRow(row[phrase], row[kind]))
            {
                continue;
            }
            if (row[kind] == "besides")
            {
                _besides.Add(Array.ConvertAll(row[phrase].Split(' ', StringSplitOptions.RemoveEmptyEntries), ArabicNormalizer.NormalizeKey));
                continue;
            }
            var k = row[kind] switch
            {
                "kill_before" => CueKind.KillBefore,
                "kill_after" => CueKind.KillAfter,
                "kill_single" => CueKind.KillSingle,
                "kill_dual" => CueKind.KillDual,
                "kill_post" => CueKind.KillPost,
                "kill_post_single" => CueKind.KillPostSingle,
                "kill_fall" => CueKind.KillFall,
                "person" => CueKind.Person,
                "person_single" => CueKind.PersonSingle,
                "person_dual" => CueKind.PersonDual,
                "one_of" => CueKind.OneOf,
                "wound" => CueKind.Wound,
                "held" => CueKind.Held,
                "kill_plural" => CueKind.KillPlural,
                "few" => CueKind.Few,
                "negation" => CueKind.Negation,
                "none" => CueKind.None,
                "hit" => CueKind.Hit,
                "loss" => CueKind.Loss,
                "mixed" => CueKind.Mixed,
                "lower" => CueKind.Lower,
                "lower_after" => CueKind.LowerAfter,
                "single_blocker" => CueKind.SingleBlocker,
                "approx" => CueKind.Approx,
                "unit" => CueKind.Unit,
                "rise" => CueKind.Rise,
                "rise_to" => CueKind.RiseTo,
                "companion" => CueKind.Companion,
                "companions" => CueKind.Companions,
                "bare_only" => CueKind.BareOnly,
                _ => throw new InvalidDataException($"fatality_words:{row.Line}: unknown kind '{row[kind]}'"),
            };
            _cues.Add(row[phrase], k);
        }
    }

    public static FatalityFinder Default => s_default.Value;

    /// <summary>True when the words at <paramref name="token"/> say someone was killed («قتل», «مقتل»), as a count's opening word.</summary>
    public bool IsKillingWordAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && m.Values.Contains(CueKind.KillBefore);

    /// <summary>True when the words at <paramref name="token"/> say someone was killed or wounded before the people named («قتل», «أصيب»).</summary>
    public bool IsCasualtyWordAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && (m.Values.Contains(CueKind.KillBefore) || m.Values.Contains(CueKind.Wound));

    /// <summary>
    /// True when the words at <paramref name="token"/> state someone dead or hurt in any of the toll's forms: a killing word
    /// before or after its people («مقتل», «قتلى», «شهيدين», «لقي مصرعه»), a word of wounds or of casualties («جرحى», «إصابة»,
    /// «خسائر بشرية»).
    /// </summary>
    public bool IsCasualtyStatedAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && (m.Values.Contains(CueKind.KillBefore) || m.Values.Contains(CueKind.KillAfter)
            || m.Values.Contains(CueKind.KillSingle) || m.Values.Contains(CueKind.KillDual) || m.Values.Contains(CueKind.KillPlural)
            || m.Values.Contains(CueKind.KillPost) || m.Values.Contains(CueKind.KillPostSingle) || m.Values.Contains(CueKind.Wound)
            || m.Values.Contains(CueKind.Mixed) || m.Values.Contains(CueKind.Loss));

    /// <summary>
    /// True when the words at <paramref name="token"/> are a killing verb told after its dead, passive
    /// however voweled: «5 أشخاص قتلوا», «أن رجلا قتل», and the same singular verb before one person
    /// («قتل شرطي»).
    /// </summary>
    public bool IsKilledVerbAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && (m.Values.Contains(CueKind.KillPost) || m.Values.Contains(CueKind.KillPostSingle));

    /// <summary>True when the words at <paramref name="token"/> are a dual noun of people («عنصران», «جنديين»): a count of two in one word.</summary>
    public bool IsPersonDualAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && m.Values.Contains(CueKind.PersonDual);

    /// <summary>True when the words at <paramref name="token"/> are a noun of people a count or a killing word governs («أشخاص», «جندي», «شرطيين»).</summary>
    /// <summary>The token lies in a vague "some" («العديد من», «عدد كبير من»: role few), which may count shells as well as the dead.</summary>
    public bool InFewPhrase(AnalyzedText text, int token)
    {
        for (var k = Math.Max(0, token - 3); k <= token; k++)
        {
            if (_cues.MatchAt(text, k) is { } m && m.End > token && m.Values.Contains(CueKind.Few))
            {
                return true;
            }
        }
        return false;
    }

    public bool IsPersonWordAt(AnalyzedText text, int token) =>
        _cues.MatchAt(text, token) is { } m && (m.Values.Contains(CueKind.Person) || m.Values.Contains(CueKind.PersonSingle) || m.Values.Contains(CueKind.PersonDual));

    private enum Outcome
    {
        Killed,
        NotKilled,
        Mixed,
    }

    /// <summary>Every fatality statement of the text, left to right.</summary>
    public IReadOnlyList<FatalityMention> FindAll(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var inDate = new bool[tokens.Count];
        foreach (var d in DateExpressionFinder.Default.FindAll(text, null))
        {
            for (var k = d.First; k < d.End; k++)
            {
                inDate[k] = true;
            }
        }

        var cueAt = new Cue?[tokens.Count];
        foreach (var m in _cues.FindAll(text))
        {
            var norm = tokens[m.First].Norm;
            var conjoined = m.FirstReading.Prefix > 0 && norm[0] is 'و' or 'ف';
            if (m.Values.Contains(CueKind.BareOnly) && m.FirstReading.HasArticle)
            {
                continue;
            }
            var cue = new Cue(m, conjoined);
            for (var k = m.First; k < m.End; k++)
            {
                cueAt[k] = cue;
            }
        }

        var numbers = new List<NumberReading>();
        for (var i = 0; i < tokens.Count;)
        {
            if (!inDate[i] && ArabicNumbers.Default.ReadAt(text, i, allowConjunction: true) is { } n && !inDate[n.End - 1])
            {
                numbers.Add(n);
                i = n.End;
            }
            else
            {
                i++;
            }
        }

        var result = new List<FatalityMention>();
        var isNumber = new bool[tokens.Count];
        foreach (var n in numbers)
        {
            for (var k = n.First; k < n.End; k++)
            {
                isNumber[k] = true;
            }
        }

        FatalityMention? last = null;
        var lastEnd = -1;
        // The last count of people nothing was read of: the first group of «25 مقاتلا من الفصائل وثمانية من التنظيم قتلوا».
        NumberReading? unread = null;
        foreach (var n in numbers)
        {
            var before = unread;
            unread = null;
            if (n.Value <= 0 || n.Value > int.MaxValue)
            {
                continue;
            }
            // «31 قتيلا بينهم عشرة أطفال»: a count right after a word that picks some of the dead out is a part
            // of the count just read, never a toll of its own (it was read as 10 where a noun of the dead followed).
            if (last is not null && lastEnd == n.First - 1 && _subsets.Contains(tokens[n.First - 1].Norm))
            {
                continue;
            }
            var count = (int)n.Value;
            var lower = n.IsVague || QualifierBefore(cueAt, n.First) == CueKind.Lower;
            var after = n.End < tokens.Count ? cueAt[n.End] : null;
            if (after is not null && !after.Conjoined && after.Is(CueKind.Unit))
            {
                continue;
            }
            var right = RightOutcome(text, cueAt, isNumber, n.End) ?? PickedOutOutcome(tokens, cueAt, n.End);
            if (right is { } r && r.Outcome != Outcome.NotKilled)
            {
                // «120 شخصا بين قتيل وجريح»: the dead are not separated, an unnumbered plural of dead (3).
                var mixed = r.Outcome == Outcome.Mixed;
                // «25 مقاتلا على الأقل من الفصائل وثمانية من مقاتلي التنظيم قتلوا»: both groups are said to have died.
                if (!mixed && before is { } p && !n.IsVague && !p.IsVague && JoinsBefore(tokens, cueAt, isNumber, p, n))
                {
                    var both = (int)Math.Min(int.MaxValue, p.Value + count);
                    result.Add(Make(text, p.First, r.End, both, lower || QualifierBefore(cueAt, p.First) == CueKind.Lower));
                }
                else if (!mixed && !n.IsVague && SingleJoinedBefore(tokens, cueAt, isNumber, n, lastEnd) is { } one)
                {
                    one.Used = true;
                    result.Add(Make(text, one.First, r.End, (int)Math.Min(int.MaxValue, n.Value + 1), lower));
                }
                else
                {
                    result.Add(Make(text, n.First, r.End, mixed ? Math.Min(count, UnnumberedPlural) : count, lower || mixed) with { IsVague = n.IsVague && !mixed });
                }
                last = result[^1];
                lastEnd = r.End;
                continue;
            }
            if (right is not null)
            {
                continue; // the people counted were wounded, held or missing
            }
            // «مقتل 5 جنود و3 مدنيين»: a count joined to the one before adds to it; so does a group of
            // people joined after the place of the first («ثلاثة جنود قتلوا في البلدة وخمسة من اللجان»).
            if (last is not null && tokens[n.First].Sentence == tokens[last.First].Sentence
                && ((tokens[n.First].Norm[0] == 'و'
                        && ((lastEnd == n.First && after is not null && after.Is(CueKind.Person) && !after.Conjoined)
                            || (!n.IsVague && !last.IsVague && !IsUnnumbered(last) && JoinsAfter(tokens, cueAt, isNumber, lastEnd, n, after) && !HasSubsetWord(tokens, lastEnd, n.First))))
                    || JoinsBesides(text, cueAt, isNumber, last, lastEnd, n, after)))
            {
                var end = after is not null && after.Is(CueKind.Person) && !after.Conjoined ? after.End : n.End;
                var merged = Make(text, last.First, end, last.Count + count, last.IsLowerBound || lower);
                result[^1] = merged;
                last = merged;
                lastEnd = end;
                continue;
            }
            // «لقي حتفه مع عشرات المصلين», «مقتله مع اثنين من أقاربه»: the one the pronoun names died with those counted.
            if (DiedWith(text, cueAt, n.First) is { } with)
            {
                with.Cue.Used = true;
                var end = after is not null && after.Is(CueKind.Person) && !after.Conjoined ? after.End : n.End;
                result.Add(Make(text, with.Cue.First, end, (int)Math.Min(int.MaxValue, n.Value + with.Named), lower, with.Cue.Span.Start) with { IsVague = n.IsVague });
                last = result[^1];
                lastEnd = end;
                continue;
            }
            var left = LeftCue(tokens, cueAt, isNumber, inDate, n.First);
            // «سقوط 15 مواطنا»: the fall of people is their death; of shells or a town it is no toll.
            var fallen = left is not null && left.Is(CueKind.KillFall) && after is not null && after.Is(CueKind.Person) && !after.Conjoined;
            if (left is not null && !left.Used && (left.Is(CueKind.KillBefore) || fallen || (left.Is(CueKind.KillAfter) && left.HasArticle)))
            {
                left.Used = true;
                var end = after is not null && after.Is(CueKind.Person) && !after.Conjoined ? after.End : n.End;
                // «ما أدى إلى مقتله واحد العاملين»: the one named before and «وأحد» spelled as the number one.
                if (n.Value == 1 && left.End == n.First && OneOfSpelledAsOne(tokens, cueAt, n.First) && PronounVictims(text, left) is { } named)
                {
                    count = named + 1;
                    end = n.First + 2;
                }
                else if (!n.IsVague && NamedBeforeOthers(tokens, cueAt, isNumber, left, n))
                {
                    count = (int)Math.Min(int.MaxValue, n.Value + 1);
                }
                result.Add(Make(text, left.First, end, count, lower, left.Span.Start) with { IsVague = n.IsVague });
                last = result[^1];
                lastEnd = end;
            }
            else if (RiseCue(text, cueAt, isNumber, n.First) is { } risen)
            {
                risen.Used = true;
                var end = after is not null && after.Is(CueKind.Person) && !after.Conjoined ? after.End : n.End;
                result.Add(Make(text, risen.First, end, count, lower, risen.Span.Start) with { IsRisen = true });
                last = result[^1];
                lastEnd = end;
            }
            else if (RiseFigureFirst(tokens, cueAt, n) is { } figureFirst)
            {
                figureFirst.Used = true;
                result.Add(Make(text, n.First, figureFirst.End, count, lower) with { IsRisen = true });
                last = result[^1];
                lastEnd = figureFirst.End;
            }
            else if (left is null && PeopleAt(tokens, cueAt, n.End))
            {
                unread = n;
            }
        }

        // «1091 شخصا (335 قتيلاً و756 جريحاً)»: a total broken down into dead and wounded is no fatality count.
        result.RemoveAll(m => BracketHasWound(tokens, cueAt, m.End));
        AddCountless(text, cueAt, isNumber, result);
        AddUnnamed(text, cueAt, isNumber, result);
        AddEntourage(text, cueAt, numbers, result);
        AddJoinedVictims(text, cueAt, numbers, result);
        AddAlsoKilled(text, cueAt, result);
        for (var r = 0; r < result.Count; r++)
        {
            var m = result[r];
            if (!m.IsLowerBound && HasLowerAfter(tokens, cueAt, m))
            {
                result[r] = m with { IsLowerBound = true };
            }
        }
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    /// <summary>«29 شخصا على الأقل», «33 شخصا على الأقل قتلوا»: a qualifier right after the mention or inside it makes the count a floor.</summary>
    private static bool HasLowerAfter(SealedList<Token> tokens, Cue?[] cueAt, FatalityMention m)
    {
        for (var k = m.First + 1; k <= m.End && k < tokens.Count && tokens[k].Sentence == tokens[m.First].Sentence; k++)
        {
            if (cueAt[k] is { } q && q.Is(CueKind.LowerAfter))
            {
                return true;
            }
        }
        return false;
    }

    private static CueKind? QualifierBefore(Cue?[] cueAt, int first)
    {
        if (first == 0 || cueAt[first - 1] is not { } cue)
        {
            return null;
        }
        return cue.Is(CueKind.Lower) ? CueKind.Lower : cue.Is(CueKind.Approx) ? CueKind.Approx : null;
    }

    private static FatalityMention Make(AnalyzedText text, int first, int end, int count, bool lower, int spanStart = -1)
    {
        var start = spanStart >= 0 ? spanStart : text.Tokens[first].Span.Start;
        var span = new TextSpan(start, text.Tokens[end - 1].Span.End);
        return new FatalityMention(first, end, span, count, lower, span.Cut(text.Body));
    }
}
