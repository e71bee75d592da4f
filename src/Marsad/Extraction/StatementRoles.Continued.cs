using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class StatementRoles
{
    /// <summary>
    /// «ودان الوزير السوري القرار، واتهم واشنطن بازدواج المعايير», «ندد الوزير الروسي بالمعارضين
    /// واتهمهم بعرقلة الحوار»: a verb of accusing joined by «و»/«ف» to an earlier verb of its sentence,
    /// whose own subject place is empty, has that verb's subject. The place is empty when the verb's
    /// object stands right after it: a phrase behind «ب» (the thing condemned), an object pronoun on the
    /// verb, a single party with its charge behind «ب» (one party before the charge is the accused; the
    /// accuser of «اتهمت واشنطن موسكو بـ» stands before the accused), or the deed condemned. The speaker
    /// is read from the nearest earlier verb of saying or stance, as that verb's subject is read; a
    /// finite verb there whose subject is unknown ends the search. «كما اتهم حزب العمال وتنظيم داعش بأن …»: a
    /// particle that opens its sentence and adds it to what was told («كما», statement_words.tsv role opener)
    /// joins the verb as «و» does.
    /// </summary>
    private static ActorHit? ContinuedSpeaker(ArticleIndex index, EventCandidate e, Persons persons)
    {
        var norm = index.Token(e.First).Norm;
        var joined = e.Reading.Prefix > 0 && norm[0] is 'و' or 'ف';
        if (!e.Trigger.IsVerb || !(joined || AfterOpener(index, e.First)) || !ObjectFirst(index, e))
        {
            return null;
        }
        return SharedSpeaker(index, e.First, persons);
    }

    /// <summary>True when an opener («كما») stands right before the verb and opens its sentence.</summary>
    private static bool AfterOpener(ArticleIndex index, int verb) =>
        verb > 0 && Words.At(index.Text, verb - 1, "opener") is { } opener && opener.End == verb
        && OpensSentence(index, verb - 1, index.SentenceOf(verb));

    /// <summary>
    /// The end of a list of parties joined by «و» that starts with <paramref name="party"/> («حزب العمال الكردستاني
    /// وتنظيم داعش»), past the quote marks around a name.
    /// </summary>
    private static int ListEnd(ArticleIndex index, ActorHit party, int clauseEnd)
    {
        var end = PastQuotes(index, party.End, clauseEnd);
        while (end < clauseEnd && index.ActorAt(end) is { IsNisba: false } more && more.First == end && more.Clitics.StartsWith('و'))
        {
            end = PastQuotes(index, more.End, clauseEnd);
        }
        return end;
    }

    private static int PastQuotes(ArticleIndex index, int k, int clauseEnd)
    {
        while (k < clauseEnd && index.Token(k).IsQuoteMark)
        {
            k++;
        }
        return k;
    }

    /// <summary>True when the verb's object, not a subject, stands right after it (past light words).</summary>
    private static bool ObjectFirst(ArticleIndex index, EventCandidate e)
    {
        var clauseEnd = index.ClauseOf(e.First).End;
        var k = e.End;
        while (k < clauseEnd && (index.IsRole(k, "skip", true) || Words.At(index.Text, k, "auxiliary") is not null))
        {
            k++;
        }
        if (k >= clauseEnd)
        {
            return false;
        }
        if (e.Reading.Suffix > 0)
        {
            return BehindBa(index, k) || !index.Token(k).IsWord;
        }
        if (index.ActorAt(k) is { } party && party.First == k)
        {
            // «وأدان مجلس الأمن بأشد العبارات الهجوم»: a manner phrase behind «ب» after the party is no charge, the party is the subject.
            // «كما اتهم حزب العمال وتنظيم داعش بأن …»: a list of parties joined by «و» and then the charge is all accused.
            var listEnd = ListEnd(index, party, clauseEnd);
            return !party.IsNisba && !ArticleIndex.StartsWithCliticPrep(party, 'ل') && (ArticleIndex.StartsWithCliticPrep(party, 'ب')
                || (party.End < clauseEnd && index.ActorAt(party.End) is null && Words.At(index.Text, party.End, "auxiliary") is null
                    && BehindBa(index, party.End))
                || (listEnd > PastQuotes(index, party.End, clauseEnd) && listEnd < clauseEnd && EventStage.IsChargeOrContent(index, listEnd)));
        }
        return BehindBa(index, k) || (index.IsTrigger(k) && index.PlaceAt(k) is null);
    }

    /// <summary>A word behind the preposition «ب» («بالهجوم», «بازدواج»), not a word whose own first letter it is («بين», «بعد»).</summary>
    internal static bool BehindBa(ArticleIndex index, int k)
    {
        var t = index.Token(k);
        if (!t.IsWord || index.IsRole(k, "prep", false) || index.PlaceAt(k) is not null)
        {
            return false;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && r.Prefix <= t.Norm.Length && t.Norm.AsSpan(0, r.Prefix).EndsWith("ب") && r.Base.Length >= 3)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «موسكو التي اتهمت واشنطن بتصعيد النزاع», «سيدا … والذي انتقد الخطيب لتصرفه»: a verb of accusing right
    /// after a relative pronoun, with neither an object pronoun on it nor a resumptive word after it («التي ندد
    /// بها الائتلاف» has its subject after), has the pronoun's antecedent for its subject when a single party
    /// follows it: that party is the accused, the speaker the party or known person right before the pronoun,
    /// else unnamed. Two parties after it («الغارة التي اتهمت دمشق إسرائيل بشنها») are its subject and object,
    /// the pronoun taken back at the end. With «ب» right after it the verb is passive («الجيش التركي الذي اتُّهم
    /// بعدم حماية المدنيين»): the antecedent is the accused, the accuser unnamed.
    /// </summary>
    private static bool ApplyRelative(ArticleIndex index, EventCandidate e, Persons persons)
    {
        if (!e.Trigger.IsVerb || e.Reading.Suffix > 0 || e.First < 1 || e.End >= index.Count || !index.IsRole(e.First - 1, "relative", true)
            || index.IsRole(e.End, "skip", true))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var before = e.First - 2;
        var antecedent = before < sentence.First ? null
            : PersonEndingAt(index, before, sentence.First, persons) ?? (index.ActorAt(before) is { } a && a.End == before + 1 && !index.IsPrepositionBefore(a) ? a : null);
        var clauseEnd = index.ClauseOf(e.First).End;
        var k = e.End;
        while (k < clauseEnd && Words.At(index.Text, k, "auxiliary") is not null)
        {
            k++;
        }
        if (k >= clauseEnd)
        {
            return false;
        }
        // «التي اتهمت بقصف»: a «ب» phrase after a verb whose own object is no «ب» phrase makes the verb passive; after
        // «نددت بالهجوم» it is the verb's object, and the antecedent keeps the deed.
        if (BehindBa(index, k) && !Array.Exists(e.Trigger.Actor2Preps, p => p is "ب"))
        {
            e.Actor1 = null;
            e.Actor1IsLocal = false;
            e.Actor2 = antecedent;
            return true;
        }
        var first = PartyAt(index, k, clauseEnd, persons);
        if (first is null ? antecedent is null : SecondParty(index, first.End, clauseEnd, persons))
        {
            return false;
        }
        e.Actor1 = antecedent;
        e.Actor1IsLocal = antecedent is not null;
        e.Actor2 = first is not null && first.ActorId != antecedent?.ActorId ? first
            : Accused(index, k, clauseEnd, e, antecedent?.ActorId ?? string.Empty);
        return true;
    }

    /// <summary>A second party right after the first, or a noun with its nationality («دمشق طائرات إسرائيلية»).</summary>
    private static bool SecondParty(ArticleIndex index, int from, int clauseEnd, Persons persons) =>
        from < clauseEnd && (PartyAt(index, from, clauseEnd, persons) is not null
            || (from + 1 < clauseEnd && index.Token(from).IsWord && index.ActorAt(from + 1) is { IsNisba: true } n && n.First == from + 1));

    /// <summary>A party named at <paramref name="k"/>, or a known person, not a nationality adjective.</summary>
    private static ActorHit? PartyAt(ArticleIndex index, int k, int clauseEnd, Persons persons) =>
        index.ActorAt(k) is { IsNisba: false } a && a.First == k ? a : PersonStartingAt(index, k, clauseEnd, persons);

    // Words back from the relative pronoun to the end of its antecedent: a participle adjective or a closing quote may stand between.
    private const int AntecedentReach = 3;

    /// <summary>
    /// «حزب العمال الكردستاني المحظور الذي تتهمه بالضلوع في هجمات», «جماعة جبهة النصرة التي اتهمها بالتوغل»,
    /// «الذين تتهمهم الحكومة التركية بالتحالف»: a singular verb of accusing right after a relative pronoun with an
    /// object pronoun on it takes back the pronoun's antecedent as its object, so the party the antecedent names
    /// is the accused and never the speaker. The speaker is a party named right after the verb, else the subject of
    /// the verb of saying or stance before it in its sentence, else the doer choice's party when it stands before the
    /// antecedent in the sentence (its subject, the topic), else unnamed. A plural verb («الذي يتهمونه») has an unnamed
    /// «they» for subject and is read apart.
    /// </summary>
    private static bool ApplyRelativeObject(ArticleIndex index, EventCandidate e, Persons persons)
    {
        if (!e.Trigger.IsVerb || e.Reading.Suffix == 0 || e.First < 2 || !index.IsRole(e.First - 1, "relative", true)
            || TheyAccuseHim(index.Token(e.First).Norm) || Antecedent(index, e.First - 1, persons) is not { } accused)
        {
            return false;
        }
        var clauseEnd = index.ClauseOf(e.First).End;
        var k = e.End;
        while (k < clauseEnd && (index.IsRole(k, "skip", true) || Words.At(index.Text, k, "auxiliary") is not null))
        {
            k++;
        }
        if (k < clauseEnd && PartyAt(index, k, clauseEnd, persons) is { } subject && !string.Equals(subject.ActorId, accused.ActorId, StringComparison.Ordinal))
        {
            e.Actor1 = subject;
            e.Actor1IsLocal = true;
        }
        else if (SharedSpeaker(index, e.First, persons) is { } shared && !string.Equals(shared.ActorId, accused.ActorId, StringComparison.Ordinal))
        {
            // «وجه الرئيس السوري انتقادات إلى الحكومة التركية التي اتهمها»: the subject of the verb of saying or stance the clause hangs on.
            e.Actor1 = shared;
            e.Actor1IsLocal = true;
        }
        else if (e.Actor1 is { } told && (string.Equals(told.ActorId, accused.ActorId, StringComparison.Ordinal) || told.First >= accused.First
            || told.First < index.SentenceOf(e.First).First))
        {
            // The doer choice's party counts only as the sentence's subject told before the antecedent («فتحت تركيا … حزب العمال الذي تتهمه»).
            e.Actor1 = null;
            e.Actor1IsLocal = false;
        }
        e.Actor2 = accused;
        return true;
    }

    /// <summary>The participle prefixes of participle_prefixes.tsv, each with the shortest stem it opens.</summary>
    private static readonly Lazy<(string Prefix, int MinStem)[]> s_participlePrefixes = new(() =>
    {
        var table = Lexicons.TsvTable.LoadEmbedded("participle_prefixes");
        return [.. table.Rows.Select(r => (ArabicNormalizer.NormalizeKey(r[table.Column("prefix")]), int.Parse(r[table.Column("min_stem")], System.Globalization.CultureInfo.InvariantCulture)))];
    });

    /// <summary>
    /// A definite participle of a derived verb or a passive one: a reading of the segmenter with the article whose stem
    /// opens with a participle prefix (participle_prefixes.tsv: «م», then at least three letters).
    /// </summary>
    private static bool IsParticiple(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            // The article alone before the stem (two letters): «والمحظور» after a party opens a new conjunct.
            if (!r.HasArticle || r.Prefix != 2)
            {
                continue;
            }
            foreach (var (prefix, minStem) in s_participlePrefixes.Value)
            {
                if (r.Base.Length >= minStem && r.Base.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The party or known person ending just before a relative pronoun, past a participle adjective or a quote mark; no nationality adjective.</summary>
    private static ActorHit? Antecedent(ArticleIndex index, int relative, Persons persons)
    {
        var sentenceFirst = index.SentenceOf(relative).First;
        for (var k = relative - 1; k >= Math.Max(sentenceFirst, relative - AntecedentReach); k--)
        {
            if (PersonEndingAt(index, k, sentenceFirst, persons) is { } person)
            {
                return person;
            }
            if (index.ActorAt(k) is { } a && a.End == k + 1)
            {
                // «مع حركة حماس التي تتهمها», «ضد حزب العمال الذي تتهمه»: a preposition before the antecedent is its own clause's.
                return a.IsNisba ? null : a;
            }
            // «المحظور», «المتطرف», «المدعوم»: a participle with the article, the antecedent's adjective; any other word
            // («ولم تحدد أشتون الطرف الذي يحمله …») is itself the antecedent, and no party.
            var t = index.Token(k);
            // The normalizer folds every quote mark («», “”, ‘’) to «"» or «'»: those two are the quotes among the punctuation.
            if (t.Kind == TokenKind.Punctuation ? !t.IsQuoteMark : !t.IsWord || index.IsTrigger(k) || !IsParticiple(t))
            {
                return null;
            }
        }
        return null;
    }
}
