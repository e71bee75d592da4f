using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Per-article lookups the event coder asks many times: which actor or place covers a token,
/// what a back-reference like «المدينة» points to, which sentence is a list item and what its
/// heading was.
/// </summary>
internal sealed partial class ArticleIndex
{
    private readonly ActorHit?[] _actorAt;
    private readonly PlaceHit?[] _placeAt;
    private readonly string?[] _triggerAt;
    private IReadOnlyList<Time.DateExpression>? _dates;
    private DateOnly? _today;
    private bool[]? _inDate;
    private IReadOnlyList<FatalityMention>? _fatalities;
    private IReadOnlyList<FatalityMention>? _allFatalities;
    private IReadOnlyList<FatalityMention>? _noDeaths;
    private string?[]? _paragraphTops;
    private int[]? _actorEndsBefore;
    private int[]? _quoteOpen;
    private int[]? _quoteMarkFrom;
    private Dictionary<int, SentenceCues>? _sentenceCues;
    private readonly sbyte[]?[] _answers = new sbyte[]?[Enum.GetValues<TokenQuestion>().Length];
    private PlaceHit?[]? _placeRefs;
    private bool[]? _placeRefRead;
    private (int Remote, int Blocker)? _strikeMarks;
    private bool? _mishapOnly;
    private bool[]? _calledStrikeFrom;
    private Dictionary<string, int>? _firstById;
    private Dictionary<string, int>? _firstByName;

    public ArticleIndex(ExtractionContext context, WordRoles words)
    {
        Context = context;
        Text = context.Text;
        Words = words;
        var n = Text.Tokens.Count;
        _actorAt = new ActorHit?[n];
        _placeAt = new PlaceHit?[n];
        _triggerAt = new string?[n];
        // A parent named only to describe a group is no party: its words are plain words here.
        foreach (var a in context.Actors)
        {
            if (a.IsAside)
            {
                continue;
            }
            for (var i = a.First; i < a.End; i++)
            {
                _actorAt[i] ??= a;
            }
        }
        foreach (var p in context.Places)
        {
            for (var i = p.First; i < p.End && i < n; i++)
            {
                _placeAt[i] ??= p;
            }
        }
        Places = [.. context.Places.OrderBy(p => p.First)];
        Actors = [.. context.Actors.Where(a => !a.IsAside).OrderBy(a => a.First)];
    }

    public ExtractionContext Context { get; }

    /// <summary>The role cues of each actor mention read so far (by reference: a mention's cues are its words', whichever candidate asks).</summary>
    public Dictionary<ActorHit, Learning.ActorArguments.MentionCues> MentionCues { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where each sentence's first verb of saying stands, read as far as asked (<see cref="Learning.ActorArguments.FirstSourceWord"/>).</summary>
    public Learning.ActorArguments.FirstSourceWord? FirstSourceWords { get; set; }

    /// <summary>Per mention of <see cref="Actors"/>, where its verb of saying stands (-1: none), read as far as asked (<see cref="Learning.ActorArguments.Tellers"/>).</summary>
    public int[]? TellingVerbs { get; set; }

    /// <summary>Whether each place is where the hurt were taken (PlaceLinker.CarriedTo), read once per place as asked.</summary>
    public Dictionary<PlaceHit, bool>? CarriedToPlaces { get; set; }

    /// <summary>Date expressions of the article, resolved against its publication date (found once, on first use).</summary>
    public IReadOnlyList<Time.DateExpression> Dates => _dates ??= Time.DateExpressionFinder.Default.FindAll(Text, Context.Article.Published);

    /// <summary>Whether the token lies inside one of <see cref="Dates"/> (the tokens marked once, on first use).</summary>
    public bool InDate(int token)
    {
        if (_inDate is null)
        {
            var marks = new bool[Text.Tokens.Count];
            foreach (var d in Dates)
            {
                for (var k = d.First; k < d.End; k++)
                {
                    marks[k] = true;
                }
            }
            _inDate = marks;
        }
        return _inDate[token];
    }

    /// <summary>The day the text is written on: the publication date, or the text's own day a little before it (<see cref="Time.DateExpressionFinder.TextDay"/>).</summary>
    public DateOnly? Today => Context.Article.Published is { } published ? _today ??= Time.DateExpressionFinder.Default.TextDay(Text, published) : null;

    /// <summary>Statements of people killed in the article, but totals over many happenings (<see cref="TollTotals"/>; found once, on first use).</summary>
    public IReadOnlyList<FatalityMention> Fatalities => _fatalities ??= TollTotals.Without(this, AllFatalities);

    /// <summary>Every statement of people killed in the article, totals included (found once, on first use).</summary>
    public IReadOnlyList<FatalityMention> AllFatalities => _allFatalities ??= FatalityFinder.Default.FindAll(Text);

    /// <summary>Statements that nobody was killed (wounded only, no casualties), as mentions of 0 dead (found once, on first use).</summary>
    public IReadOnlyList<FatalityMention> NoDeaths => _noDeaths ??= FatalityFinder.Default.FindNoDeaths(Text);

    public AnalyzedText Text { get; }

    /// <summary>
    /// The actor paragraph <paramref name="paragraph"/> names most (ties to the first named), or
    /// null; all paragraphs are counted in one pass on first use, since every candidate asks and a
    /// text without paragraph breaks is one paragraph of thousands of actors.
    /// </summary>
    public string? ParagraphTop(int paragraph)
    {
        if (_paragraphTops is null)
        {
            var paragraphs = Text.Paragraphs;
            var tops = new string?[paragraphs.Count];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var a = 0;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                counts.Clear();
                var most = 0;
                for (a = Math.Max(a, FirstActorFrom(paragraphs[p].First)); a < Actors.Count && Actors[a].First < paragraphs[p].End; a++)
                {
                    var id = Actors[a].ActorId;
                    var n = counts[id] = counts.GetValueOrDefault(id) + 1;
                    if (n > most)
                    {
                        (tops[p], most) = (id, n);
                    }
                }
            }
            _paragraphTops = tops;
        }
        return _paragraphTops[paragraph];
    }

    public WordRoles Words { get; }

    public IReadOnlyList<PlaceHit> Places { get; }

    public IReadOnlyList<ActorHit> Actors { get; }

    /// <summary>
    /// The token at which the article first names the place of <paramref name="place"/>: the earliest
    /// mention of the same gazetteer id, or of the same name when the gazetteer lacks it (int.MaxValue
    /// for none). The dateline that opens the body is where the copy was filed, no mention of a place
    /// told (review29 finding 4). Counted in one pass on first use: every candidate's keep features ask,
    /// and a scan of the places before each made them quadratic in places (review29 finding 7).
    /// </summary>
    public int FirstNamedAt(PlaceHit place)
    {
        var byId = _firstById;
        var byName = _firstByName;
        if (byId is null || byName is null)
        {
            byId = new Dictionary<string, int>(StringComparer.Ordinal);
            byName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in Places)
            {
                if (Context.IsDatelineAt(p.First, p.Span))
                {
                    continue;
                }
                if (p.Mention.GazetteerId is { } gid)
                {
                    byId.TryAdd(gid, p.First);
                }
                byName.TryAdd(p.Mention.Name, p.First);
            }
            (_firstById, _firstByName) = (byId, byName);
        }
        return place.Mention.GazetteerId is { } id ? byId.GetValueOrDefault(id, int.MaxValue) : byName.GetValueOrDefault(place.Mention.Name, int.MaxValue);
    }

    /// <summary>The index in <see cref="Places"/> of the first place opening at or after <paramref name="token"/> (bisection: they are in text order).</summary>
    public int FirstPlaceFrom(int token) => Ordered.LowerBound(Places, token, static p => p.First);

    /// <summary>The index in <see cref="Actors"/> of the first actor opening at or after <paramref name="token"/>.</summary>
    public int FirstActorFrom(int token) => Ordered.LowerBound(Actors, token, static a => a.First);

    /// <summary>
    /// True when an actor lying wholly within tokens [<paramref name="first"/>, <paramref name="end"/>)
    /// passes <paramref name="accept"/>. Only the actors opening in the span are read (bisection):
    /// asked for every trigger that needs an actor in its clause, a scan of all the window's actors
    /// made long texts quadratic.
    /// </summary>
    public bool AnyActorWithin(int first, int end, Func<ActorHit, bool> accept)
    {
        for (var i = FirstActorFrom(first); i < Actors.Count && Actors[i].First < end; i++)
        {
            var a = Actors[i];
            if (a.End <= end && accept(a))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The furthest end of the actors before index <paramref name="count"/> of <see cref="Actors"/> (-1 for none).</summary>
    public int FurthestActorEndBefore(int count)
    {
        if (_actorEndsBefore is null)
        {
            var ends = new int[Actors.Count + 1];
            ends[0] = -1;
            for (var i = 0; i < Actors.Count; i++)
            {
                ends[i + 1] = Math.Max(ends[i], Actors[i].End);
            }
            _actorEndsBefore = ends;
        }
        return _actorEndsBefore[count];
    }

    /// <summary>
    /// The quote <paramref name="token"/> stands in as its sentence pairs the marks read from its
    /// start (an opening «, “ opens a quote; any quote mark after it closes it, «تنظيم «داعش « من جهة»
    /// being a typo of the pair): <c>Open</c> is the quote's opening mark, or -1 outside any quote;
    /// <c>Close</c> the first quote mark at or after the token (<see cref="Count"/> when none),
    /// the quote's close when it falls inside the sentence. Built in one pass on first use, since
    /// every candidate place of every event asks whether it stands in a quote, and a sentence of text
    /// without punctuation runs to hundreds of tokens.
    /// </summary>
    public (int Open, int Close) QuoteAround(int token)
    {
        if (_quoteOpen is null || _quoteMarkFrom is null)
        {
            var open = new int[Count + 1];
            Array.Fill(open, -1);
            foreach (var sentence in Text.Sentences)
            {
                var current = -1;
                for (var k = sentence.First; k < Math.Min(sentence.End, Count); k++)
                {
                    open[k] = current;
                    if (QuoteMark(k) is var mark && current >= 0 && mark != '\0')
                    {
                        current = -1;
                    }
                    else if (mark is '«' or '“')
                    {
                        current = k;
                    }
                }
            }
            var from = new int[Count + 1];
            from[Count] = Count;
            for (var k = Count - 1; k >= 0; k--)
            {
                from[k] = QuoteMark(k) != '\0' ? k : from[k + 1];
            }
            (_quoteOpen, _quoteMarkFrom) = (open, from);
        }
        var t = Math.Clamp(token, 0, Count);
        return (_quoteOpen[t], _quoteMarkFrom[t]);
    }

    /// <summary>The quote mark token <paramref name="k"/> is (the body keeps which way it faces; the folded form writes every mark as «"»), or '\0'.</summary>
    private char QuoteMark(int k)
    {
        var t = Token(k);
        return t.Kind == TokenKind.Punctuation && Text.Body[t.Span.Start] is var c && c is '«' or '“' or '»' or '”' ? c : '\0';
    }


    public ActorHit? ActorAt(int token) => token >= 0 && token < _actorAt.Length ? _actorAt[token] : null;

    /// <summary>Marks the first token of an event trigger of <paramref name="type"/>: an argument search stops at the next event.</summary>
    public void MarkTrigger(int token, string type) => _triggerAt[token] ??= type;

    public bool IsTrigger(int token) => TriggerTypeAt(token) is not null;

    /// <summary>Whether a trigger is marked on a token in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool HasTriggerIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsTrigger(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The type of the first trigger marked at <paramref name="token"/>, or null.</summary>
    public string? TriggerTypeAt(int token) => token >= 0 && token < _triggerAt.Length ? _triggerAt[token] : null;

    public PlaceHit? PlaceAt(int token) => token >= 0 && token < _placeAt.Length ? _placeAt[token] : null;

    public Token Token(int i) => Text.Tokens[i];

    /// <summary>A count at token <paramref name="k"/>: digits, or number words read there («ثلاثة», «عشرات»). The digit test goes first: it is free, the reading is not.</summary>
    public bool IsCountAt(int k) =>
        Token(k).Kind == TokenKind.Number || (Time.ArabicNumbers.Default.ReadAt(Text, k) is { } n && n.End > k);

    public int Count => Text.Tokens.Count;

    public TextUnit SentenceOf(int token) => Text.Sentences[Text.Tokens[token].Sentence];

    public TextUnit ClauseOf(int token) => Text.Clauses[Text.Tokens[token].Clause];

    /// <summary>The sentence-wide modality cues of the sentence starting at token <paramref name="first"/>, read as far as asked (<see cref="SentenceCues"/>).</summary>
    public SentenceCues SentenceCuesOf(int first)
    {
        _sentenceCues ??= [];
        if (!_sentenceCues.TryGetValue(first, out var cues))
        {
            cues = new SentenceCues(first);
            _sentenceCues[first] = cues;
        }
        return cues;
    }

    /// <summary>
    /// The position of a verb's object at <paramref name="at"/>, past the «إلى» (role to) it may take first
    /// («يسعى إلى السيطرة», «نسب إلى التنظيم»); the whole word only, so «إلى جانب» counts as «إلى» too.
    /// </summary>
    public int PastTo(int at, int end) => at < end && Words.IsWholeWord(Text.Tokens[at].Norm, "to") ? at + 1 : at;

    public bool IsRole(int token, string role, bool clitics = false) => token >= 0 && token < Count && Words.Is(Text, token, role, clitics);

    /// <summary>Whether a word of the trigger of <paramref name="e"/>, clitics allowed, has <paramref name="role"/> («والغارة»: airraid).</summary>
    internal bool TriggerHasRole(EventCandidate e, string role)
    {
        for (var k = e.First; k < e.End; k++)
        {
            if (IsRole(k, role, true))
            {
                return true;
            }
        }
        return false;
    }

    public PhraseMatch<string>? Role(int token, string role, bool clitics = false) =>
        token >= 0 && token < Count ? Words.At(Text, token, role, clitics) : null;

    /// <summary>
    /// True when a preposition stands before the actor, as a word («في», «على») or as the clitic ب
    /// («بالجيش»). The clitic ل is left to the caller: it may mark the doer of a verbal noun.
    /// </summary>
    public bool IsPrepositionBefore(ActorHit actor)
    {
        var prev = actor.First - 1;
        // «ضد "داعش"», «على «النصرة»»: quotation marks around a name leave it the object of a preposition of
        // the target. Not of «من» or «مع»: «عناصر من "داعش"» are its men, «ومعه «حزب الله»» its ally, both doers.
        if (prev > 0 && Text.Tokens[prev].IsDoubleQuote && IsTargetPreposition(prev - 1))
        {
            return true;
        }
        if (prev >= 0 && Text.Tokens[prev].IsWord && IsRole(prev, "prep", true))
        {
            return true;
        }
        return StartsWithCliticPrep(actor, 'ب');
    }

    /// <summary>Every quotation mark is folded to «"» by the normalizer (docs/architecture.md).</summary>

    /// <summary>«على», «ضد»: the prepositions a deed takes its target with («هجوم على», «غارات ضد»), as normalized («ى» → «ي»).</summary>
    public bool IsTargetPreposition(int token) => token >= 0 && token < Count && Text.Tokens[token].Norm is "علي" or "ضد";

    /// <summary>True when the actor's first token carries the given clitic preposition (after an optional و/ف).</summary>
    public static bool StartsWithCliticPrep(ActorHit actor, char prep) => actor.Clitics.Contains(prep, StringComparison.Ordinal);

    /// <summary>
    /// The first token of a remote weapon and the first of gunfire or unnamed gunmen in the article, found
    /// once by <paramref name="find"/>: every definite attack noun asked the whole text before it again,
    /// which on a long text without punctuation was quadratic.
    /// </summary>
    public (int Remote, int Blocker) StrikeMarks(Func<ArticleIndex, (int Remote, int Blocker)> find) => _strikeMarks ??= find(this);

    /// <summary>
    /// Whether the article lays a blast on a mishap and names no weapon or strike (EventStage.IsMishap), read by
    /// <paramref name="find"/> over the whole text once: every doerless blast of the article asks the same.
    /// </summary>
    public bool MishapOnly(Func<ArticleIndex, bool> find) => _mishapOnly ??= find(this);

    /// <summary>
    /// For each token, whether the first decisive plain-attack word from there on is a definite one the article then calls a
    /// strike by «كان» (TypeRules.IsCalledStrike), read by <paramref name="find"/> once: every plain attack of the article asked
    /// the rest of the text again.
    /// </summary>
    public bool[] CalledStrikeFrom(Func<ArticleIndex, bool[]> find) => _calledStrikeFrom ??= find(this);

    /// <summary>
    /// The answer to <paramref name="question"/> at <paramref name="token"/>: <paramref name="ask"/>
    /// the first time, the remembered answer after. Candidates ask their whole sentence (or the
    /// tokens between an option and the trigger) the same word questions; a sentence of text
    /// without punctuation runs to the segmenter's cap of 512 tokens and holds dozens of
    /// candidates, each of which asked every token again through the phrase matchers. Remembered
    /// only as asked, so a short article never pays for tokens nobody asks about.
    /// </summary>
    public bool Answer(TokenQuestion question, int token, Func<ArticleIndex, int, bool> ask)
    {
        var answers = _answers[(int)question] ??= new sbyte[Count];
        var answer = answers[token];
        if (answer == 0)
        {
            answer = ask(this, token) ? Yes : No;
            answers[token] = answer;
        }
        return answer == Yes;
    }

    private const sbyte Yes = 1;
    private const sbyte No = -1;

    /// <summary>A sentence that opens with «1-», «2.», «3)»: an item of a numbered list.</summary>
    public bool IsListItem(TextUnit sentence)
    {
        if (sentence.End - sentence.First < 2)
        {
            return false;
        }
        var t0 = Text.Tokens[sentence.First];
        var t1 = Text.Tokens[sentence.First + 1];
        return t0.Kind == TokenKind.Number && t0.Norm.Length <= 2 && t1.Kind == TokenKind.Punctuation && t1.Norm[0] is '-' or '.' or ')' or '–';
    }

    /// <summary>The sentence a list item hangs from: the last sentence before the list that is not itself an item.</summary>
    public TextUnit? ListHeading(TextUnit item)
    {
        for (var s = item.Index - 1; s >= 0; s--)
        {
            var sentence = Text.Sentences[s];
            if (!IsListItem(sentence))
            {
                return sentence;
            }
        }
        return null;
    }

    /// <summary>Most sentences an isolated report may have: a wire flash, a quoted sentence, a sentence cut out of its article.</summary>
    private const int IsolatedSentences = 2;

    /// <summary>
    /// The whole text is one short paragraph: no other sentence could have given the event its
    /// place, so a missing place says nothing against the event.
    /// </summary>
    public bool IsIsolated => Text.Paragraphs.Count <= 1 && Text.Sentences.Count <= IsolatedSentences;
}

/// <summary>Word questions asked of a token by many candidates, whose answers <see cref="ArticleIndex.Answer"/> remembers.</summary>
internal enum TokenQuestion
{
    /// <summary>A contrast word («لكن», «غير أن») or a reporter's turn to a further item («مضيفاً أن»): roles contrast and turn.</summary>
    Contrast,

    /// <summary>A word of gunfire or close combat (role smallarms, <see cref="TypeRules.TypeCues.Is"/>).</summary>
    SmallArms,

    /// <summary>A word of an aircraft, artillery, a projectile, a bomb or shelling (<see cref="TypeRules.TypeCues.IsRemoteWord"/>).</summary>
    RemoteWord,

    /// <summary>A reporting word («قال», «أفاد») at a word token (<see cref="Learning.PlaceChoice"/>).</summary>
    Say,
}
