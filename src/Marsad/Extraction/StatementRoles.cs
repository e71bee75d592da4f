using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Who speaks and who is blamed in an accusation (docs/annotation.md 4.4 and "ACCUSE"): actor1 is
/// the speaker, the subject of «اتهم», «أدان», «حمّل»; actor2 the party blamed, the object after the
/// verb and its subject. Speakers are mostly persons, whom no actor lexicon lists: a person is known
/// by the office and nationality the article introduced them with («وزيرة الخارجية الأمريكية
/// هيلاري كلينتون» makes a later «كلينتون» the USA). Without a speaker named in its clause the doer
/// the violent rules chose is kept, unless it is the blamed party.
/// </summary>
internal static partial class StatementRoles
{
    private const int NameTokens = 3;
    private const int ObjectWindow = 6;
    private const int VenueWindow = 4;
    private const int AffiliationWindow = 7;
    private const int CarriedSentences = 2;
    // The letters a plural verb has before its ending («اتهموا», «يدينون»): a shorter word ending so is no such verb.
    private const int PluralStem = 3;

    private static readonly WordRoles Words = new(TsvTable.LoadEmbedded("statement_words"));

    private static readonly PhraseMatcher<Holder> Holders = LoadHolders();

    /// <summary>An office holder's id and the words of the name (folded) that stand for him alone once his full name stood.</summary>
    private sealed record Holder(string Id, IReadOnlySet<string> Alone);

    private static PhraseMatcher<Holder> LoadHolders()
    {
        var table = TsvTable.LoadEmbedded("office_holders");
        int name = table.Column("name"), id = table.Column("id"), alone = table.Column("alone");
        var matcher = new PhraseMatcher<Holder>();
        foreach (var row in table.Rows)
        {
            matcher.Add(row[name], new Holder(row[id], PhraseMatcher<Holder>.Words(row[alone]).ToHashSet(StringComparer.Ordinal)));
        }
        return matcher;
    }

    /// <summary>True when an office holder's full name (office_holders.tsv) starts at token <paramref name="k"/> («بان كي مون»): its first word is a name, whatever else it spells.</summary>
    internal static bool IsHolderNameAt(ArticleIndex index, int k) => Holders.MatchAt(index.Text, k, allowClitics: false) is not null;

    /// <summary>The persons an article introduces by office and nationality: each name word and the id it stands for.</summary>
    internal sealed class Persons
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        // The tokens of an office holder's full name where it stands (office_holders.tsv): the whole name is his there.
        private readonly Dictionary<int, string> _named = [];

        public bool IsEmpty => _ids.Count == 0 && _named.Count == 0;

        public string? IdOf(ArticleIndex index, int token) =>
            _named.TryGetValue(token, out var named) ? named
            : token >= 0 && token < index.Count && index.Token(token).IsWord && _ids.TryGetValue(Key(index.Token(token).Norm), out var id) ? id : null;

        public static Persons Of(ArticleIndex index)
        {
            var persons = new Persons();
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < index.Count; i++)
            {
                var title = Words.At(index.Text, i, "title", allowClitics: true);
                if (title is null)
                {
                    continue;
                }
                // «وزير الخارجية السوري»: up to two words of the office stand before the nationality or body.
                ActorHit? office = null;
                for (var k = title.End; k < Math.Min(index.Count, title.End + 3); k++)
                {
                    if (index.ActorAt(k) is { } a)
                    {
                        office = OfficeOf(index, title, k, a);
                        break;
                    }
                    if (!index.Token(k).IsWord)
                    {
                        break;
                    }
                }
                if (office is null)
                {
                    continue;
                }
                // «الرئيس السوري بشار الأسد» is itself a name in actors.tsv, office, nationality and person in one
                // hit: the words past the nationality are the person's, and a later «الأسد» is that state speaking.
                if (office.First <= title.First && office.End - title.End >= 2 && !index.Token(title.End).Norm.StartsWith('ل'))
                {
                    for (var k = title.End + 1; k < office.End; k++)
                    {
                        var word = index.Token(k);
                        if (word.IsWord && word.Norm.Length >= 3 && !word.Norm.StartsWith('ل') && Words.At(index.Text, k, "title") is null)
                        {
                            persons.Register(Key(word.Norm), office.ActorId, ambiguous);
                        }
                    }
                    i = office.End - 1;
                    continue;
                }
                var n = PastPost(index, office.End);
                if (n < index.Count && index.Token(n).Kind == TokenKind.Punctuation && index.Token(n).Norm is "،" or ",")
                {
                    n++;
                }
                // «الرئيس السوري، بشار الأسد،»: a name actors.tsv lists as the office's own party; its words past
                // the first name are the person's, and a later «الأسد» is that party speaking.
                if (n < index.Count && index.ActorAt(n) is { } named && named.First == n && named.End - n >= 2 && SameParty(named.ActorId, office.ActorId))
                {
                    for (var k = n + 1; k < named.End; k++)
                    {
                        persons.Register(Key(index.Token(k).Norm), office.ActorId, ambiguous);
                    }
                    i = named.End - 1;
                    continue;
                }
                // A first name never carries the article; the surname may («وليد المعلم»).
                if (!IsNameWord(index, n) || index.Token(n).Norm.StartsWith("ال", StringComparison.Ordinal))
                {
                    continue;
                }
                for (var k = n; k < Math.Min(index.Count, n + NameTokens) && IsNameWord(index, k); k++)
                {
                    persons.Register(Key(index.Token(k).Norm), office.ActorId, ambiguous);
                    if (index.Token(k).Norm.StartsWith("ال", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
                i = n;
            }
            persons.AddHolders(index, ambiguous);
            foreach (var key in ambiguous)
            {
                persons._ids.Remove(key);
            }
            return persons;
        }

        /// <summary>
        /// «اتهم رئيس الوزراء أحمد داود أوغلو تنظيم داعش»: the office holders of data/lexicons/office_holders.tsv
        /// named in full in the article, whose office the writer takes as known and gives no nationality. The full
        /// name stands for the holder's party where it stands; only his surname (column alone) stands for it
        /// elsewhere, as for a person introduced by office: a first name («محمد» of «محمد جواد ظريف») or a
        /// common word («أكبر» of «علي أكبر صالحي») names other men too (review29 finding 2). A name never
        /// takes an article its row does not write: «الروحاني» is "spiritual", not «روحاني».
        /// </summary>
        private void AddHolders(ArticleIndex index, HashSet<string> ambiguous)
        {
            for (var i = 0; i < index.Count; i++)
            {
                if (Holders.MatchAt(index.Text, i, allowClitics: true) is not { } m || (m.FirstReading.HasArticle && !DefiniteForm.IsDefinite(m.FirstReading.Base)))
                {
                    continue;
                }
                var holder = m.Values[0];
                for (var k = m.First; k < m.End; k++)
                {
                    _named.TryAdd(k, holder.Id);
                    var word = k == m.First ? m.FirstReading.Base : index.Token(k).Norm;
                    if (IsNameWord(index, k) && holder.Alone.Contains(word))
                    {
                        Register(Key(word), holder.Id, ambiguous);
                    }
                }
                i = m.End - 1;
            }
        }

        /// <summary>
        /// «السفير السوري لدى الأمم المتحدة بشار الجعفري»: the body or state an envoy is posted to, behind
        /// «لدى» (folded «لدي», event_words.tsv role envoypost), stands between the office's nationality and the name; the name is still the office's.
        /// </summary>
        private static int PastPost(ArticleIndex index, int n)
        {
            if (n + 1 >= index.Count || !index.Words.IsWholeWord(index.Token(n).Norm, "envoypost"))
            {
                return n;
            }
            return index.ActorAt(n + 1) is { } host && host.First == n + 1 ? host.End
                : index.PlaceAt(n + 1) is { } place && place.First == n + 1 ? place.End
                : n;
        }

        /// <summary>The first office a name word is met with wins; a word met with two parties is left out at the end (<paramref name="ambiguous"/>).</summary>
        private void Register(string key, string id, HashSet<string> ambiguous)
        {
            if (_ids.TryGetValue(key, out var known) && !string.Equals(known, id, StringComparison.Ordinal))
            {
                ambiguous.Add(key);
            }
            _ids.TryAdd(key, id);
        }

        /// <summary>A party and the office's: the same id, or a state and its government («SYR», «SYR-GOV»).</summary>
        private static bool SameParty(string named, string office) =>
            string.Equals(named, office, StringComparison.Ordinal)
            || (named.Length > office.Length && named.StartsWith(office, StringComparison.Ordinal) && named[office.Length] == '-');

        /// <summary>A word that can be part of a person's name: no actor, place, office, saying verb, preposition or short particle.</summary>
        private static bool IsNameWord(ArticleIndex index, int k)
        {
            if (k >= index.Count)
            {
                return false;
            }
            var t = index.Token(k);
            return t.IsWord && t.Norm.Length >= 3 && index.ActorAt(k) is null && index.PlaceAt(k) is null && !index.IsTrigger(k)
                && Words.At(index.Text, k, "title") is null && !AttributionFinder.IsReporting(index.Text, k)
                && !index.IsRole(k, "prep", true) && !index.IsRole(k, "skip", true);
        }

        private static string Key(string norm) => Text.Proclitics.WithoutOne(norm, Text.Proclitics.And, 3);
    }

    /// <summary>
    /// Sets the speaker and the blamed party of an ACCUSE told by a verb; <paramref name="rulesActor2"/>
    /// is the party the rules read as blamed before the learned doer choice, which never makes it the speaker.
    /// </summary>
    public static void Apply(ArticleIndex index, EventCandidate e, Persons persons, ActorHit? rulesActor1, ActorHit? rulesActor2)
    {
        if (e.Type != "ACCUSE" || ApplyDescribed(index, e, persons) || ApplyCircumstantial(index, e, persons))
        {
            return;
        }
        // The doer choice learned on violent events took the blamed party («حمّلوا فيه الإخوان المسؤولية»).
        if (rulesActor2 is not null && e.Actor1?.ActorId == rulesActor2.ActorId && rulesActor1?.ActorId != rulesActor2.ActorId)
        {
            e.Actor1 = rulesActor1;
            e.Actor1IsLocal = rulesActor1 is not null && index.Token(rulesActor1.First).Clause == index.Token(e.First).Clause;
            e.Actor2 = rulesActor2;
        }
        if (!e.Trigger.IsVerb)
        {
            // «ووجه الأسد انتقادات حادة إلى بريطانيا»: a known person right before the noun is the subject of
            // the light verb before them, the speaker; a party there may be the noun's own («السلطات … اتهامات»), a person not.
            if (e.First > 0 && !Joined(index, e.First) && PersonEndingAt(index, e.First - 1, index.ClauseOf(e.First).First, persons) is { } person)
            {
                e.Actor1 = person;
                e.Actor1IsLocal = true;
                e.Actor2 = Accused(index, e.End, index.ClauseOf(e.First).End, e, person.ActorId) ?? (e.Actor2?.ActorId == person.ActorId ? null : e.Actor2);
            }
            return;
        }
        var clause = index.ClauseOf(e.First);
        if (ApplyRelative(index, e, persons) || ApplyRelativeObject(index, e, persons) || ApplyDocumentClause(index, e))
        {
            return;
        }
        ActorHit? speaker;
        int objectFrom;
        if (FirstPerson(e) && SharedSpeaker(index, e.First, persons) is { } we)
        {
            // «وقال الوزير: "نحمّل النظام المسؤولية"»: «we» is the speaker of the quotation; the party after the verb is its object.
            speaker = we;
            objectFrom = e.End;
        }
        else if (SpeakerBefore(index, e.First, clause.First, persons) is { } before)
        {
            // «المعلم يتهم واشنطن»: the subject stands first, what follows the verb is the object.
            speaker = before;
            objectFrom = e.End;
        }
        // «اتهم فيها تركيا بدعم الجماعات», «يتهمون فيها تركيا باتهامات»: «اتهم» takes its object before the charge, so
        // a lone party the charge follows at once is that object, the accused, whether the verb is active with its
        // pronoun for subject (the one interviewed, the plural ending) or passive; a subject would have its object after it.
        else if (AccusesWithoutObject(index, e) && PartyAfterVerb(index, e.End, clause.End) is { } charged && ChargeRightAfter(index, charged, clause.End, anyInBa: true))
        {
            ApplyCharged(index, e, persons, charged);
            return;
        }
        else if (SpeakerAfter(index, e.End, clause.End, persons) is { } after)
        {
            speaker = after;
            // The blamed party follows every speaker joined by «و» («وأدان رئيس الوزراء البريطاني والإدارة الأمريكية التفجير»).
            objectFrom = after.End;
            for (var k = after.End; k < clause.End && JoinedByAnd(index, k) && CoSpeakerAt(index, k, clause.End, persons) is { } more;)
            {
                objectFrom = k = more.End;
            }
        }
        else if (ApplyDocument(index, e, clause.End))
        {
            return;
        }
        else if (ContinuedSpeaker(index, e, persons) is { } continued)
        {
            // «ودان الوزير … تسليح المسلحين، واتهم واشنطن بازدواج المعايير»: the subject of the verb it is
            // joined to; the party before the comma ends that verb's clause, it is no apposed subject.
            speaker = continued;
            objectFrom = e.End;
        }
        else if (ApposedSpeaker(index, e.First, clause.First, persons) is { } apposed)
        {
            // «وزير الخارجية الإيراني، علي أكبر صالحي، كان قد أدان»: the subject stands before the comma of its apposition.
            speaker = apposed;
            objectFrom = e.End;
        }
        else if (e.First > 0 && index.IsRole(e.First - 1, "relative") && e.Reading.Suffix > 0 && TheyAccuseHim(index.Token(e.First).Norm))
        {
            // «بأحد أفراد عائلته الذي يتهمونه»: the relative pronoun's antecedent is the object the verb's
            // pronoun takes back, the accused; the subject is an unnamed «they», so a party told elsewhere is no speaker.
            // A singular verb («التى اتهمها», «الذي تتهمه») has the party the paragraph tells of for its subject.
            e.Actor1 = null;
            e.Actor1IsLocal = false;
            return;
        }
        // «فإننا ندين النظام السوري»: a first-person verb has «we» for its subject, so the party right after it is its object.
        else if (!PluralSubject(index.Token(e.First).Norm) && !FirstPerson(e) && PartyRightAfter(index, e.End, clause.End) is { } subject)
        {
            // «واتهمت الحكومة أمس بتسليح المسلحين»: a lone party before its charge, after a verb of accusing with no object, is the accused.
            if (AccusesWithoutObject(index, e) && LoneBeforeCharge(index, subject))
            {
                ApplyLoneObject(index, e, persons, subject);
                return;
            }
            // «أدانت روسيا خطف مراقبين … من قبل مسلحين»: a party standing right after the verb, with no speaker
            // before it or carried from the verb it is joined to, is the verb's subject (VSO), whatever party
            // the doer choice took from the condemned deed or another sentence.
            speaker = subject;
            objectFrom = subject.End;
        }
        else if (BodyAfter(index, e.End, clause.End) is var bodyEnd and >= 0)
        {
            // A body no lexicon names speaks: no party of another clause, nor the accused after it, is the speaker.
            e.Actor1 = null;
            e.Actor1IsLocal = false;
            e.Actor2 = Accused(index, bodyEnd, clause.End, e, string.Empty) ?? e.Actor2;
            return;
        }
        else if (e.Actor1 is { } elsewhere && (elsewhere.First < clause.First || elsewhere.First >= clause.End) && OfficeAfter(index, e.End, clause.End))
        {
            // «انتقد رئيس مجلس شيوخ عشائر الأنبار، نعيم الكعود، الحكومة العراقية»: an office whose party no
            // lexicon names holds the subject's place; a party named in another clause is not the speaker.
            e.Actor1 = null;
            e.Actor1IsLocal = false;
            return;
        }
        else
        {
            // «اتهم المعلم واشنطن» with «المعلم» unknown: a party after a word that is no office is the
            // verb's object, the blamed one; the speaker is unknown and the accusation unsure.
            // A party behind «ل» («عضو المكتب السياسي لحركة حماس») is the speaker's, never the blamed one.
            // After a first-person verb («ندين النظام») even the party right after it is the object.
            if (e.Actor1 is { } a1 && a1.First >= e.End && index.Token(a1.First).Clause == index.Token(e.First).Clause && (FirstPerson(e) || !SubjectNext(index, e.End, a1.First))
                && !ArticleIndex.StartsWithCliticPrep(a1, 'ل'))
            {
                e.Actor2 = a1;
                e.Actor1 = null;
                e.Actor1IsLocal = false;
            }
            else if (e.Actor1 is { } s1 && s1.First >= e.End && e.Actor2 is null && Accused(index, s1.End, clause.End, e, s1.ActorId) is { } next)
            {
                e.Actor2 = next;
            }
            return;
        }
        e.Actor1 = speaker;
        e.Actor1IsLocal = true;
        var accused = Accused(index, objectFrom, clause.End, e, speaker.ActorId);
        e.Actor2 = accused ?? (e.Actor2?.ActorId == speaker.ActorId ? null : e.Actor2);
    }

    /// <summary>
    /// «ندين», «نحمّل», «نتهم»: a present verb whose stem opens with «ن» where the third person has «ي» is the
    /// first person plural. A root «ن» shows only in the past («ندد»), whose present is «يندد».
    /// </summary>
    private static bool FirstPerson(EventCandidate e) =>
        e.Trigger.Tense == Tense.Present && e.Reading.Base.StartsWith('ن');

    /// <summary>A plural subject and an object pronoun on the verb: «يتهمونه», «اتهموها».</summary>
    private static bool TheyAccuseHim(string norm) =>
        norm.EndsWith("ونه", StringComparison.Ordinal) || norm.EndsWith("ونها", StringComparison.Ordinal) || norm.EndsWith("ونهم", StringComparison.Ordinal)
        || norm.EndsWith("وه", StringComparison.Ordinal) || norm.EndsWith("وها", StringComparison.Ordinal) || norm.EndsWith("وهم", StringComparison.Ordinal);

    /// <summary>The party blamed: the first actor after the speaker and verb, within a few words, not a nationality adjective.</summary>
    private static ActorHit? Accused(ArticleIndex index, int from, int clauseEnd, EventCandidate e, string speakerId)
    {
        // «حمّل الإبراهيمي، الحكومة …»: the blamed party may stand past a comma of its sentence.
        var limit = Math.Min(index.SentenceOf(e.First).End, from + ObjectWindow);
        for (var k = from; k < limit; k++)
        {
            // «أدان الغارة الإسرائيلية»: the doer of the condemned act is the party blamed; a capital
            // inside a place name («ريف دمشق») is no party.
            if (index.ActorAt(k) is { } a && a.First == k && !string.Equals(a.ActorId, speakerId, StringComparison.Ordinal)
                && a.ActorId is not ("CIV" or "PROTESTERS") && (index.PlaceAt(k) is not { } p || p.First == k))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// The party named right after the verb, past light words and quote marks: no nationality adjective, none
    /// behind a preposition, and none a charge follows at once («اتهمت روسيا بدعم»: a passive, or a subject
    /// told before, makes it the accused).
    /// </summary>
    private static ActorHit? PartyRightAfter(ArticleIndex index, int from, int clauseEnd) =>
        PartyAfterVerb(index, from, clauseEnd) is { } a && !ChargeRightAfter(index, a, clauseEnd, anyInBa: false) ? a : null;

    /// <summary>«حمّلوا فيه الإخوان», «يتهمون إسرائيل»: the plural ending is the verb's subject; the party after it is its object.</summary>
    private static bool PluralSubject(string norm) => WordParts.EndsIn(norm, "plural", PluralStem);

    /// <summary>True when only light words (an adverb, «أمس», an office, a head noun as in «حكومة الولايات المتحدة») stand between the verb and the actor: it is the verb's subject.</summary>
    private static bool SubjectNext(ArticleIndex index, int from, int actor)
    {
        for (var k = from; k < actor; k++)
        {
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation ? !t.IsQuoteMark : !(index.IsRole(k, "skip", true) || Words.At(index.Text, k, "auxiliary") is not null || Words.At(index.Text, k, "title", true) is not null || Words.At(index.Text, k, "head", true) is not null || index.IsRole(k, "title", true)))
            {
                return false;
            }
        }
        return true;
    }

    private static ActorHit? PersonEndingAt(ArticleIndex index, int end, int clauseFirst, Persons persons)
    {
        if (persons.IdOf(index, end) is not { } id)
        {
            return null;
        }
        var first = end;
        while (first - 1 >= clauseFirst && string.Equals(persons.IdOf(index, first - 1), id, StringComparison.Ordinal))
        {
            first--;
        }
        return Hit(index, first, end + 1, id);
    }

    private static ActorHit? PersonStartingAt(ArticleIndex index, int first, int clauseEnd, Persons persons)
    {
        if (persons.IdOf(index, first) is not { } id)
        {
            return null;
        }
        var end = first + 1;
        while (end < clauseEnd && string.Equals(persons.IdOf(index, end), id, StringComparison.Ordinal))
        {
            end++;
        }
        return Hit(index, first, end, id);
    }

    private static ActorHit Hit(ArticleIndex index, int first, int end, string id) =>
        new(first, end, index.Text.SpanOf(first, end), id);

    /// <summary>
    /// The party an office belongs to: its nationality adjective («وزير الخارجية السوري»), a name right
    /// after it («زعيم حزب الله») or behind «ل» («الأمين العام للأمم المتحدة»); a name further on
    /// («الرئيس أوباما سوريا») is another party.
    /// </summary>
    private static ActorHit? OfficeOf(ArticleIndex index, PhraseMatch<string> title, int k, ActorHit a) =>
        a.IsNisba || k == title.End || ArticleIndex.StartsWithCliticPrep(a, 'ل') ? Dissident(index, title, a) ?? a : null;

    /// <summary>
    /// «الزعيم السوري المعارض معاذ الخطيب», «المعارض السوري حمزة يوسف»: a nationality that «المعارض» follows
    /// or that follows «المعارض» as its office names a figure of the country's political opposition, who
    /// speaks for it, never for its government.
    /// </summary>
    private static ActorHit? Dissident(ArticleIndex index, PhraseMatch<string> title, ActorHit a)
    {
        if (!a.IsNisba || ActorLexicon.NationalOf(a.ActorId)?.Opposition is not { } opposition)
        {
            return null;
        }
        if (Words.At(index.Text, title.First, "dissent") is not null)
        {
            return Hit(index, a.First, a.End, opposition);
        }
        return a.End < index.Count && Words.At(index.Text, a.End, "dissent") is not null ? Hit(index, a.First, a.End + 1, opposition) : null;
    }

    /// <summary>«وزير الخارجية الإيراني»: a nationality adjective two or three words after an office names the office's state.</summary>
    private static bool AfterTitle(ArticleIndex index, ActorHit a)
    {
        for (var k = a.First - 1; k >= Math.Max(0, a.First - 3); k--)
        {
            if (Words.At(index.Text, k, "title", allowClitics: true) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
