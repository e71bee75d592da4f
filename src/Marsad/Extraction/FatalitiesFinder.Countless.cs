using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// Statements of dead that give no number («سقوط قتيل», «مقتل جنديين», «سقوط قتلى», «قتلى وجرحى»)
/// and statements that nobody died (a wounded-only report, a denied toll, material damage only).
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>Words between a killing and the count of the victim's people joined to it.</summary>
    private const int EntourageWindow = 10;

    /// <summary>
    /// Statements with no number: «سقوط قتيل» (1), «قتيلين» (2), «مقتل جندي» (1), «مقتل جنديين» (2),
    /// «مقتل أحد الجنود» (1), «لقي جندي حتفه» (1).
    /// </summary>
    private void AddCountless(AnalyzedText text, Cue?[] cueAt, bool[] isNumber, List<FatalityMention> result)
    {
        var tokens = text.Tokens;
        var names = NamesAt(text);
        Cue? previous = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (cueAt[k] is not { } cue || ReferenceEquals(cue, previous) || cue.Used)
            {
                continue;
            }
            previous = cue;
            var numberBefore = cue.First > 0 && isNumber[cue.First - 1];
            if (numberBefore)
            {
                continue;
            }
            // «لم يسفر عن مقتل أحد», «دون سقوط قتلى»: a denied killing counts nobody (FindNoDeaths gives its 0);
            // «لم ترد حتى الآن أنباء عن سقوط قتلى» counts nobody either (and gives no 0).
            if (Negated(tokens, cueAt, cue.First) || NoNewsOf(tokens, cueAt, cue.First))
            {
                continue;
            }
            // «ارتفع عدد ضحايا التفجير إلى 53 قتيلا»: the plural a word of rising governs names the tally whose
            // figure the sentence goes on to give; it states no dead of its own (it gave 3 nearer the trigger).
            if (cue.Is(CueKind.KillPlural) && !cue.HasArticle && RisenBefore(tokens, cueAt, cue) && FigureAfter(tokens, result, cue))
            {
                continue;
            }
            if (UnnumberedPluralAt(tokens, cueAt, cue) is { } plural)
            {
                cue.Used = true;
                plural.Used = true;
                result.Add(Make(text, cue.First, plural.End, UnnumberedPlural, true, cue.Span.Start));
                previous = plural;
                k = plural.End - 1;
                continue;
            }
            if (cue.Is(CueKind.KillDual))
            {
                cue.Used = true;
                result.Add(Make(text, cue.First, cue.End, 2, false, cue.Span.Start));
                continue;
            }
            // «شهيد الإخوان», «قتيل الشرطة»: a noun in construct with what follows is a title, not a count.
            var construct = cue.End < tokens.Count && tokens[cue.End].Segmentations[0].HasArticle;
            var blocked = cue.First > 0 && cueAt[cue.First - 1] is { } before && before.Is(CueKind.SingleBlocker);
            if (cue.Is(CueKind.KillSingle) && !cue.HasArticle && !construct && !blocked)
            {
                cue.Used = true;
                result.Add(Make(text, cue.First, cue.End, 1, false, cue.Span.Start));
                continue;
            }
            // «ما أسفر عن مقتله», «أدى إلى مقتلهما»: the killing of someone already named counts one, or two.
            if (cue.Is(CueKind.KillBefore) && cue.End == cue.First + 1 && !(cue.End < tokens.Count && isNumber[cue.End]) && PronounVictims(text, cue) is { } victims)
            {
                cue.Used = true;
                result.Add(Make(text, cue.First, cue.End, victims, false, cue.Span.Start));
                continue;
            }
            // «اغتال مسلحون مجهولون مدنيا»: the killer stands between the verb and its one victim.
            if (cue.Is(CueKind.KillBefore) && VictimAfterKiller(tokens, cueAt, isNumber, cue) is { } victim)
            {
                cue.Used = true;
                victim.Used = true;
                result.Add(Make(text, cue.First, victim.End, victim.Is(CueKind.PersonDual) ? 2 : 1, false, cue.Span.Start));
                previous = victim;
                k = victim.End - 1;
                continue;
            }
            // «اشتباك قتل خلاله جندي»: the happening's pronoun may stand between the killing and its victim.
            var victimAt = cue.End < tokens.Count && cueAt[cue.End] is null && _duringIt.Contains(tokens[cue.End].Norm)
                && tokens[cue.End].Sentence == tokens[cue.First].Sentence ? cue.End + 1 : cue.End;
            // «قضى رجل من المدينة»: a word of dying that only people may follow takes one indefinite person
            // («قضت المحكمة», «قضت الطفلة ستة أشهر» are a court's ruling and time spent).
            var fall = cue.Is(CueKind.KillFall) && !cue.Is(CueKind.KillBefore);
            // «مقتل زعيم جماعة خراسان», «مقتل محسن الفضلي، زعيم …»: one victim named by his office or his name.
            if (cue.Is(CueKind.KillBefore) && !fall && NamedVictimEnd(text, cueAt, isNumber, result, names, cue, victimAt) is { } namedEnd)
            {
                cue.Used = true;
                result.Add(Make(text, cue.First, namedEnd, 1, false, cue.Span.Start));
                k = namedEnd - 1;
                continue;
            }
            if ((cue.Is(CueKind.KillBefore) || fall) && victimAt < tokens.Count && cueAt[victimAt] is { } next && !next.Conjoined)
            {
                var count = fall && next.HasArticle ? 0
                    : next.Is(CueKind.PersonDual) ? 2
                    : next.Is(CueKind.PersonSingle) || (next.Is(CueKind.OneOf) && !next.HasPrefix && !fall) ? 1
                    : 0;
                // «سقوط مجند من الأمن المركزي أصيب بطلق ناري»: the one who fell is told wounded right after (past a
                // partitive «من …»); a wound in a conjoined clause («قضى جندي وأصيب ثلاثة آخرون») is of others.
                if (count > 0 && fall && PartitiveOutcome(tokens, cueAt, next.End - 1) is { Outcome: Outcome.NotKilled })
                {
                    continue;
                }
                // «بعد إشاعة وفاة أحدهم», «محاولة لقتل جندي»: a rumoured or attempted killing of one person is no death.
                if (count > 0 && Unreal(tokens, cue.First))
                {
                    continue;
                }
                if (count > 0)
                {
                    cue.Used = true;
                    next.Used = true;
                    result.Add(Make(text, cue.First, next.End, count, false, cue.Span.Start));
                    previous = next;
                    k = next.End - 1;
                }
                continue;
            }
            if ((cue.Is(CueKind.PersonSingle) || cue.Is(CueKind.PersonDual)) && !cue.Conjoined)
            {
                // «عنصرا من حرس الحدود قتل»: a short qualifier may stand between the person and the verb.
                // «رضيعا وسيدة ورجلا قتلوا», «جنديين تركيين وحارسا مسلحا قتلوا»: the persons joined to the first die with
                // it when the verb names several; once a cue of another outcome stands between («رضيعا وسيدة أصيبا ورجلا
                // قتلوا»), no person joined before or after it is counted with the first.
                var joined = 0;
                var chain = true;
                for (var j = cue.End; j < tokens.Count && j <= cue.End + 3 && tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (cueAt[j] is { Conjoined: true, Used: false } other && (other.Is(CueKind.PersonSingle) || other.Is(CueKind.PersonDual)))
                    {
                        joined += chain && other.First == j ? (other.Is(CueKind.PersonDual) ? 2 : 1) : 0;
                        continue;
                    }
                    if (cueAt[j] is not { } post || post.Conjoined || post.Used)
                    {
                        continue;
                    }
                    // «أن رجلا قتل»: a singular passive after one person; «مسلحا قتل 4 مدنيين» tells his victims instead.
                    var single = post.Is(CueKind.KillPostSingle) && cue.Is(CueKind.PersonSingle)
                        && !(post.End < tokens.Count && (isNumber[post.End] || cueAt[post.End] is { } told && !told.Conjoined));
                    if (post.Is(CueKind.KillPost) || single)
                    {
                        // «لقي لاعب … مصرعه بعد أن قتل مسلحون 7 أشخاص»: one who met his end in a sentence that gives a
                        // numbered count of dead is among them, as AddUnnamed reads «لقي X مصرعه».
                        if (cue.Is(CueKind.PersonSingle) && PronounOf(tokens[post.First]) is { } pronoun && _metDeathPronouns.ContainsKey(pronoun)
                            && FirstNumberedIn(result, text, tokens[cue.First].Sentence) is not null)
                        {
                            break;
                        }
                        post.Used = true;
                        result.Add(Make(text, cue.First, post.End, (cue.Is(CueKind.PersonDual) ? 2 : 1) + (chain && NamesSeveral(tokens[post.First], post) ? joined : 0), false, cue.Span.Start));
                        k = post.End - 1;
                        break;
                    }
                    // A cue of another outcome: the persons joined before it are told of that one, not of a later killing.
                    // A person word there is an adjective or apposition («سائقا مدنيا»), no outcome.
                    if (!post.Is(CueKind.Person) && !post.Is(CueKind.PersonSingle) && !post.Is(CueKind.PersonDual))
                    {
                        joined = 0;
                        chain = false;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A kill_post that names several dead: a plural or dual verb («قتلوا», «قتلا»), or «مصرع»/«حتف» with a pronoun of
    /// more than one («مصرعهما», «حتفهم»); «لقي حتفه» names one, whatever persons are joined before it.
    /// </summary>
    private bool NamesSeveral(Token first, Cue post) =>
        post.Is(CueKind.KillPost) && !(PronounOf(first) is { } pronoun && _metDeathPronouns.TryGetValue(pronoun, out var named) && named < 2);

    /// <summary>A numbered count of dead read later in the sentence of <paramref name="cue"/>.</summary>
    private static bool FigureAfter(SealedList<Token> tokens, List<FatalityMention> result, Cue cue) =>
        result.Exists(m => m.First >= cue.End && tokens[m.First].Sentence == tokens[cue.First].Sentence && m.Count > 0 && !IsUnnumbered(m));

    /// <summary>
    /// «مقتل قائد الخلية وأربعة من مرافقيه», «قتل قيادي بارز في التنظيم و11 من معاونيه»: a leader
    /// and a count of his own people («من» and a noun with a singular pronoun) joined to his killing
    /// are killed together, the count plus one. The mention replaces what the killing or the count
    /// gave alone (1 for the leader, the count for his men).
    /// </summary>
    private static void AddEntourage(AnalyzedText text, Cue?[] cueAt, List<NumberReading> numbers, List<FatalityMention> result)
    {
        var tokens = text.Tokens;
        foreach (var n in numbers)
        {
            var owner = n.End + 1;
            if (n.Value <= 0 || n.Value >= int.MaxValue || tokens[n.First].Norm[0] != 'و' || owner >= tokens.Count
                || tokens[n.End].Norm != "من" || cueAt[n.End] is not null || tokens[owner].Sentence != tokens[n.First].Sentence
                || !HasHisSuffix(text, tokens[owner]))
            {
                continue;
            }
            Cue? killing = null;
            for (var j = n.First - 1; j >= 0 && j >= n.First - EntourageWindow && tokens[j].Sentence == tokens[n.First].Sentence; j--)
            {
                if (tokens[j].Kind == TokenKind.Punctuation && !tokens[j].IsDoubleQuote)
                {
                    break;
                }
                if (cueAt[j] is { } c && (c.Is(CueKind.KillBefore) || c.IsNotKilled))
                {
                    killing = c.Is(CueKind.KillBefore) && !c.Conjoined && c.End < n.First ? c : null;
                    break;
                }
            }
            if (killing is null)
            {
                continue;
            }
            result.RemoveAll(m => m.First >= killing.First && m.First < owner + 1);
            result.Add(Make(text, killing.First, owner + 1, (int)n.Value + 1, n.IsVague, killing.Span.Start));
        }
    }

    /// <summary>A word ending in the pronoun «ـه» (his), not a folded «ة»: «معاونيه», «حراسه».</summary>
    private static bool HasHisSuffix(AnalyzedText text, Token token) =>
        token.Span.End > 0 && text.Body[token.Span.End - 1] == 'ه' && token.Segmentations.Any(s => s.Suffix > 0);

    /// <summary>
    /// The one victim of a killing verb named after its doer («قتل الجيش مسلحا», «اغتال مسلحون مجهولون
    /// مدنيا»), or its two («قتل مسلحون جنديين»): a singular or dual person in the accusative within three words, with no count, punctuation or
    /// other outcome between; null when there is none. A person right after the verb is its subject,
    /// or its victim counted by the caller («مقتل جندي»).
    /// </summary>
    private static Cue? VictimAfterKiller(SealedList<Token> tokens, Cue?[] cueAt, bool[] isNumber, Cue cue)
    {
        for (var j = cue.End; j < tokens.Count && j <= cue.End + 2 && tokens[j].Kind == TokenKind.Word && tokens[j].Sentence == tokens[cue.First].Sentence; j++)
        {
            if (isNumber[j])
            {
                return null;
            }
            if (cueAt[j] is not { } c)
            {
                continue;
            }
            if (c.Conjoined || (j == cue.End && (c.Is(CueKind.PersonSingle) || c.Is(CueKind.PersonDual) || c.Is(CueKind.OneOf))))
            {
                return null;
            }
            if (j > cue.End && c.Is(CueKind.PersonSingle) && tokens[j].Norm.EndsWith('ا'))
            {
                return c;
            }
            // «قتل مسلحون جنديين»: two victims, the dual in the accusative and indefinite, as the singular's
            // «ا» is («مقتل هذين الشرطيين» names two dead told before, not new ones).
            if (j > cue.End && c.Is(CueKind.PersonDual) && tokens[c.End - 1].Norm.EndsWith("ين", StringComparison.Ordinal) && !c.HasArticle)
            {
                return c;
            }
            if (!c.Is(CueKind.Person))
            {
                return null;
            }
            j = c.End - 1;
        }
        return null;
    }

    /// <summary>
    /// How many a killing word's pronoun suffix names: «ه»/«ها» one, «هما» two; null for none or a
    /// plural «هم» (which says nothing of the number). A final «ة» folds to «ه» and is no pronoun.
    /// </summary>
    private static int? PronounVictims(AnalyzedText text, Cue cue) => ObjectPronoun(text, cue.First, cue.Suffix) switch
    {
        "ه" or "ها" => 1,
        "هما" => 2,
        _ => null,
    };

    /// <summary>
    /// The object pronoun a killing word carries («قتله», «اغتالوهم»), the last <paramref name="suffix"/> letters of token
    /// <paramref name="first"/> as its reading cut them off; null for no suffix, one that is no pronoun, or a final «ة» folded
    /// to «ه». The one reading of it for the fatality finder and the type rules (TypeRules.KillsByPronoun, review28 finding 19).
    /// </summary>
    internal static string? ObjectPronoun(AnalyzedText text, int first, int suffix)
    {
        var token = text.Tokens[first];
        if (suffix <= 0 || suffix > token.Norm.Length || token.Span.End <= 0 || text.Body[token.Span.End - 1] == '\u0629')
        {
            return null;
        }
        var tail = token.Norm[^suffix..];
        return tail is "ه" or "ها" or "هم" or "هما" ? tail : null;
    }

    /// <summary>
    /// The end cue of a statement of dead that gives no number but says "more than two" (docs/annotation.md
    /// 6.5 and 8): «سقوط قتلى», «قتلى وجرحى», «عدد من القتلى», «مقتل العديد من المدنيين», «مقتل وإصابة
    /// العشرات»; null when <paramref name="cue"/> opens none.
    /// </summary>
    private static Cue? UnnumberedPluralAt(SealedList<Token> tokens, Cue?[] cueAt, Cue cue)
    {
        var next = cue.End < tokens.Count && tokens[cue.End].Sentence == tokens[cue.First].Sentence ? cueAt[cue.End] : null;
        if (cue.Is(CueKind.Mixed) || (cue.Is(CueKind.KillPlural) && !cue.HasArticle))
        {
            return cue;
        }
        if (cue.Is(CueKind.KillBefore) && next is not null)
        {
            // «مقتل وإصابة 20 شخصا»: the dead are not separated from the wounded.
            if (next.Conjoined && next.Is(CueKind.Wound))
            {
                return next;
            }
            if (next.Is(CueKind.Few) && !next.Conjoined)
            {
                return next;
            }
        }
        if (cue.Is(CueKind.Few) && next is not null && !next.Conjoined)
        {
            if (next.Is(CueKind.KillAfter) || next.Is(CueKind.Mixed))
            {
                return next;
            }
            // «عدد من المسلحين قتلوا»
            if (next.Is(CueKind.Person))
            {
                for (var j = next.End; j < tokens.Count && j <= next.End + 2 && tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (cueAt[j] is { } post && !post.Conjoined && post.Is(CueKind.KillPost))
                    {
                        return post;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// True when a denial («دون», «لم», «عدم») stands a few words before token <paramref name="first"/> in its sentence, or
    /// a denied verb of outcome governs it («ولم يسفر ذلك الحادث عن سقوط ضحايا», <see cref="DeniedOutcome"/>).
    /// </summary>
    private bool Negated(SealedList<Token> tokens, Cue?[] cueAt, int first)
    {
        if (DeniedOutcome(tokens, cueAt, first))
        {
            return true;
        }
        for (var j = first - 1; j >= 0 && j >= first - NegationWindow && tokens[j].Sentence == tokens[first].Sentence; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
            if (cueAt[j] is { } c && c.Is(CueKind.Negation))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a denied noun of news or of a figure stands right before token <paramref name="first"/>: «دون أنباء عن
    /// إصابات», «لم ترد حتى الآن أنباء عن سقوط قتلى», «ولا معلومات عن إصابات», «لم يعرف بعد عدد الضحايا». A report that nothing is known is no report that nobody
    /// died: the casualty word gives neither 0 nor a count (docs/annotation.md 6.5, decision of 2026-12-05).
    /// </summary>
    private bool NoNewsOf(SealedList<Token> tokens, Cue?[] cueAt, int first)
    {
        var sentence = tokens[first].Sentence;
        for (var j = first - 1; j >= 0 && j >= first - NewsWindow && tokens[j].Sentence == sentence; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
            // «لم يسفر عن سقوط عدد من القتلى»: a noun that opens a cue of its own («عدد من») is no figure unknown.
            if (!_news.Contains(tokens[j].Norm) || cueAt[j] is not null)
            {
                continue;
            }
            for (var i = j - 1; i >= 0 && i >= j - NewsDenialWindow && tokens[i].Sentence == sentence; i--)
            {
                if (tokens[i].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
                if (_newsDenials.Contains(tokens[i].Norm) || (cueAt[i] is { } c && c.Is(CueKind.Negation)))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>Nouns of news («أنباء», «معلومات», kind news): denied before a casualty word they say nothing is known of it.</summary>
    private readonly HashSet<string> _news = new(StringComparer.Ordinal);

    /// <summary>«لا», «ولا» (kind news_denial): a denial read only before a noun of news («ولا أنباء عن إصابات»).</summary>
    private readonly HashSet<string> _newsDenials = new(StringComparer.Ordinal);

    /// <summary>Words between a noun of news and the casualty word it reports: «تقارير عن سقوط قتلى أو جرحى».</summary>
    private const int NewsWindow = 5;

    /// <summary>Words between a denial and the noun of news it denies: «لم ترد حتى الآن أنباء».</summary>
    private const int NewsDenialWindow = 4;

    /// <summary>
    /// Statements that nobody was killed, as mentions of 0 dead: a wounded-only report («أصيب 15
    /// شخصا»), a denial of dead or wounded («دون ورود معلومات عن سقوط ضحايا», «لم تسفر عن إصابات»),
    /// material damage only («أضرار مادية»). They give an event 0 only when its sentence has no count
    /// of dead (docs/annotation.md 6.5: a wounded-only report is 0, an unmentioned killing null).
    /// </summary>
    public IReadOnlyList<FatalityMention> FindNoDeaths(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var cueAt = new Cue?[tokens.Count];
        var cues = new List<Cue>();
        foreach (var m in _cues.FindAll(text))
        {
            var cue = new Cue(m, false);
            cues.Add(cue);
            for (var k = m.First; k < m.End; k++)
            {
                cueAt[k] = cue;
            }
        }
        // «مقتل رئيس المجلس … فيما أصيب القائمقام»: a sentence that tells a killing, counted or not, is no wounded-only report.
        var killedIn = new HashSet<int>();
        foreach (var cue in cues)
        {
            if (ReferenceEquals(cueAt[cue.First], cue) && (cue.Is(CueKind.KillBefore) || cue.Is(CueKind.KillPost)) && !Negated(tokens, cueAt, cue.First) && !NoNewsOf(tokens, cueAt, cue.First))
            {
                killedIn.Add(tokens[cue.First].Sentence);
            }
        }
        var result = new List<FatalityMention>();
        foreach (var cue in cues)
        {
            if (!ReferenceEquals(cueAt[cue.First], cue))
            {
                continue;
            }
            if (NoNewsOf(tokens, cueAt, cue.First))
            {
                continue;
            }
            var killing = cue.Is(CueKind.KillBefore) || cue.Is(CueKind.KillAfter) || cue.Is(CueKind.KillPlural) || cue.Is(CueKind.KillSingle) || cue.Is(CueKind.Mixed) || cue.Is(CueKind.Loss);
            var hurtOnly = (cue.Is(CueKind.None) || (cue.Is(CueKind.Wound) && !cue.Is(CueKind.Mixed))) && !killedIn.Contains(tokens[cue.First].Sentence);
            // «فيما لم تسجل إصابات بسقوط صاروخين»: nobody hurt, said beside another clause's killing, is still a
            // 0, and a denial («IsDenial»), which a count of wounded is not.
            var denied = (killing || (cue.Is(CueKind.Wound) && !cue.Is(CueKind.Mixed))) && Negated(tokens, cueAt, cue.First);
            if (hurtOnly || denied)
            {
                result.Add(Make(text, cue.First, cue.End, 0, false, cue.Span.Start) with { IsDenial = denied || cue.Is(CueKind.None) });
            }
        }
        return result;
    }
}
