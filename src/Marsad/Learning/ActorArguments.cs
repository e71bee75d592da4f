using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Where an actor mention stands among the trigger's arguments, read from the words around it
/// (data/lexicons/actor_roles.tsv): behind a doer's preposition («على يد») or a target's («ضد»),
/// the subject of a verb of saying (a source, not a doer) or of «تعرض» (the one who suffers), the
/// object of «اتهم» (the alleged doer), the subject or the object of a verbal trigger (Arabic puts
/// the subject first after the verb, the object after the subject; SVO puts it before), the
/// genitive of a noun («مواقع التنظيم»). The actor1 and actor2 choices both read these: most wrong
/// doers of the rules are a source or a target read as the doer, or the two sides swapped.
/// </summary>
internal static class ActorArguments
{
    private const int WordBuckets = 16;

    private static WordRoles Roles => WordRoles.ActorRoles;

    public static IReadOnlyList<string> Names { get; } =
    [
        "agent_before", "target_before", "speaker_before", "speaker_after", "accuse_subject", "accuse_object", "undergo_subject", "undergo_trigger",
        "verb_subject_after", "verb_subject_before", "verb_object", "after_definite_noun", "actors_between",
        "genitive_agent", "genitive_patient", "holding_before", "counted", "paragraph_top",
        "actor1_chosen", "rules_actor2_none",
        "reports_trigger", "reports_own_deed", "trigger_reported", "claimant", "investigator",
        .. Enumerable.Range(0, WordBuckets).Select(b => "word_before_" + b),
    ];

    public static int Count => Names.Count;

    /// <summary>The cues of the mention's role (the first features, before the doer chosen and the hashed word).</summary>
    public const int CueCount = 18;

    /// <summary>
    /// The source cues (who tells of the deed, who claims it, who investigates it) stand after the
    /// cues the actor1 choice reads: retrained into it they did not raise dev F1 (docs/learning.md,
    /// "Sources, claimants and investigators"), so the shipped actor1 model stays as it was.
    /// </summary>
    private const int Actor1Chosen = CueCount, RulesActor2None = CueCount + 1, Reports = CueCount + 2, ReportsOwn = Reports + 1, TriggerTold = Reports + 2, Claimant = Reports + 3, Investigator = Reports + 4, WordsAt = Reports + 5;

    /// <summary>
    /// The argument features of <paramref name="hit"/> (null: the "nobody" option) for trigger
    /// <paramref name="e"/>; <paramref name="actor1"/> is the doer chosen so far, which the actor2
    /// choice reads (the actor1 choice passes the rules' doer).
    /// </summary>
    public static void Compute(ArticleIndex index, EventCandidate e, ActorHit? hit, ActorHit? actor1, ActorChoice.CandidateCues cues, Span<float> into)
    {
        var triggerReported = cues.TriggerReported;
        into[..Count].Clear();
        into[Actor1Chosen] = hit is null ? (actor1 is null ? 1 : 0) : (actor1?.ActorId == hit.ActorId ? 1 : 0);
        into[RulesActor2None] = e.Actor2 is null ? 1 : 0;
        into[7] = cues.UndergoTrigger ? 1 : 0;
        into[TriggerTold] = triggerReported ? 1 : 0;
        if (hit is null)
        {
            return;
        }
        var text = index.Text;
        var sameClause = text.Tokens[hit.First].Clause == text.Tokens[e.First].Clause;
        var mention = MentionCues.Of(index, hit);
        into[0] = mention.Agent ? 1 : 0;
        into[1] = mention.TargetBefore ? 1 : 0;
        into[2] = mention.Speaker ? 1 : 0;
        into[3] = mention.SpeakerAfter ? 1 : 0;
        into[4] = mention.Accuse ? 1 : 0;
        into[5] = mention.AccuseObject ? 1 : 0;
        into[6] = mention.Undergo ? 1 : 0;
        var free = mention.Free;
        var between = ActorsBetween(index, hit, e);
        into[12] = between;
        if (e.Trigger.IsVerb && sameClause && free)
        {
            into[8] = hit.First >= e.End && between == 0 ? 1 : 0;
            into[9] = hit.End <= e.First && between == 0 ? 1 : 0;
            into[10] = hit.First >= e.End && between > 0 ? 1 : 0;
        }
        // «هجوم الجيش» against «اعتقال القيادي»: the genitive right after a verbal noun is its doer or its object, as the lexicon says of the noun.
        if (!e.Trigger.IsVerb && hit.First >= e.End && hit.First - e.End <= 1 && free)
        {
            into[13] = e.Trigger.Genitive == "agent" ? 1 : 0;
            into[14] = e.Trigger.Genitive == "patient" ? 1 : 0;
        }
        into[15] = mention.Holding ? 1 : 0;
        into[16] = mention.Counted ? 1 : 0;
        into[17] = cues.ParagraphTop == hit.ActorId ? 1 : 0;
        if (mention.WordBefore >= 0 && (hit.First - 1 >= e.End || hit.First - 1 < e.First))
        {
            into[11] = mention.DefiniteNounBefore ? 1 : 0;
            into[WordsAt + mention.WordBefore] = 1;
        }
        var (reports, own, _, _) = cues.Tellers[hit.ActorId];
        into[Reports] = reports ? 1 : 0;
        into[ReportsOwn] = own ? 1 : 0;
        into[Claimant] = mention.Claimant ? 1 : 0;
        into[Investigator] = mention.Investigator ? 1 : 0;
    }

    /// <summary>
    /// What the words around one mention say of it, whatever the trigger: read once per mention
    /// and window (<see cref="ArticleIndex.MentionCues"/>) instead of once per candidate that has
    /// it as an option. In text without punctuation a mention is an option of every candidate
    /// within a few dozen tokens, and these lookups were most of the argument features' cost.
    /// <see cref="WordBefore"/> is the hashed bucket of the word before, or -1 for none.
    /// </summary>
    internal sealed record MentionCues(bool Agent, bool TargetBefore, bool Speaker, bool SpeakerAfter, bool Accuse, bool AccuseObject, bool Undergo, bool Free,
        bool Holding, bool Counted, bool Claimant, bool Investigator, bool DefiniteNounBefore, int WordBefore)
    {
        public static MentionCues Of(ArticleIndex index, ActorHit hit)
        {
            if (!index.MentionCues.TryGetValue(hit, out var cues))
            {
                cues = Read(index, hit);
                index.MentionCues[hit] = cues;
            }
            return cues;
        }

        private static MentionCues Read(ArticleIndex index, ActorHit hit)
        {
            var text = index.Text;
            var targetBefore = RoleEndsAt(index, "target", hit.First) || ArticleIndex.StartsWithCliticPrep(hit, 'ب');
            var free = !index.IsPrepositionBefore(hit) && !targetBefore && !hit.Clitics.Contains('ل', StringComparison.Ordinal);
            var (definite, bucket) = (false, -1);
            // «وحمّل النظامَ مسؤولية …»: right after the verb of blaming and before the blame noun, the object.
            var blamed = hit.First > 0 && Roles.At(text, hit.First - 1, "accuse", true) is { End: var verbEnd } && verbEnd == hit.First
                && ActorLinker.BlamedBeforeBlame(index, hit.First - 1, hit.First, hit);
            if (hit.First > 0 && text.Tokens[hit.First - 1] is { IsWord: true } prev)
            {
                definite = prev.Norm.StartsWith("ال", StringComparison.Ordinal) && index.ActorAt(hit.First - 1) is null && !index.IsRole(hit.First - 1, "prep", true);
                bucket = FeatureHash.Bucket(prev.Norm, WordBuckets);
            }
            return new(
                Agent: RoleEndsAt(index, "agent", hit.First),
                TargetBefore: targetBefore,
                Speaker: IsSpeaker(index, hit),
                SpeakerAfter: RoleStartsAfter(index, "speaker", hit),
                Accuse: !blamed && (RoleEndsAt(index, "accuse", hit.First) || RoleStartsAfter(index, "accuse", hit)),
                AccuseObject: blamed || ActorArguments.AccuseObject(index, hit),
                Undergo: RoleEndsAt(index, "undergo", hit.First) || RoleStartsAfter(index, "undergo", hit),
                Free: free,
                Holding: RoleEndsWithin(index, "holding", hit.First, 1),
                Counted: ActorArguments.Counted(index, hit),
                Claimant: RoleEndsWithin(index, "claim", hit.First, 2) || RoleStartsAfter(index, "claim", hit),
                Investigator: RoleEndsWithin(index, "investigate", hit.First, 2) || RoleStartsAfter(index, "investigate", hit),
                DefiniteNounBefore: definite,
                WordBefore: bucket);
        }
    }

    /// <summary>The roles whose subject tells of a deed rather than doing it: saying, condemning, investigating.</summary>
    private static readonly string[] SourceRoles = ["speaker", "condemn", "investigate"];

    /// <summary>What <see cref="Tellers"/> says of one actor.</summary>
    internal readonly record struct Report(bool Reports, bool Own, ActorHit? Teller, bool Clause);

    /// <summary>
    /// Whether a mention of an actor in the trigger's sentence, before it, is the subject of a verb
    /// of saying, condemning or investigating that stands before the trigger («أكد أردوغان أن
    /// الانفجار …», «مجلس الأمن يدين التفجير»): the deed is in what the actor reports, so it is its
    /// source, not its doer, unless it tells of its own deed («أعلن الجيش أنه قصف»), which
    /// <see cref="Report.Own"/> says (a complementizer with a pronoun between verb and trigger).
    /// Every mention of the actor counts, not only the nearest: the nearest may be a place name; the
    /// first mention that tells is the teller. Read for all actors in one pass per candidate: asked
    /// per option, and again by each of the two choices, the sentence was rescanned for every actor
    /// id four times (in text without punctuation a sentence runs to 512 tokens).
    /// </summary>
    internal sealed class Tellers
    {
        private static readonly Tellers None = new(null);

        // Only the actors that tell are kept: most actors of a sentence tell of nothing.
        private readonly Dictionary<string, Report>? _reports;

        private Tellers(Dictionary<string, Report>? reports) => _reports = reports;

        public Report this[string actorId] => _reports is not null && _reports.TryGetValue(actorId, out var r) ? r : default;

        public static Tellers Of(ArticleIndex index, EventCandidate e)
        {
            var text = index.Text;
            var sentence = text.Sentences[text.Tokens[e.First].Sentence];
            Dictionary<string, Report>? reports = null;
            for (var i = index.FirstActorFrom(sentence.First); i < index.Actors.Count && index.Actors[i].End <= e.First; i++)
            {
                var a = index.Actors[i];
                if (reports is not null && reports.ContainsKey(a.ActorId))
                {
                    continue;
                }
                var verbAt = TellingVerbAt(index, i);
                if (verbAt >= 0 && verbAt < e.First)
                {
                    bool own = false, clause = false;
                    for (var j = Math.Max(verbAt, a.End); j < e.First && j <= Math.Max(verbAt, a.End) + 4; j++)
                    {
                        own |= Roles.Is(text, j, "self", true) && !OtherThanTeller(text, verbAt, j);
                        clause |= Roles.Is(text, j, "self", true) || Roles.Is(text, j, "that", true);
                    }
                    reports ??= new Dictionary<string, Report>(StringComparer.Ordinal);
                    reports[a.ActorId] = new Report(true, own, a, clause || RoleEndsWithin(index, "condemn", a.First, 2) || RoleStartsAfter(index, "condemn", a));
                }
            }
            return reports is null ? None : new Tellers(reports);
        }

        /// <summary>
        /// Where the verb of saying, condemning or investigating of the mention at
        /// <paramref name="actor"/> (its position in <see cref="ArticleIndex.Actors"/>) stands, or -1:
        /// read once per mention and kept, since every later candidate of the sentence asks about
        /// every mention before it (six phrase lookups each).
        /// </summary>
        private static int TellingVerbAt(ArticleIndex index, int actor)
        {
            var known = index.TellingVerbs ??= NewTellingVerbs(index.Actors.Count);
            if (known[actor] != Unknown)
            {
                return known[actor];
            }
            var a = index.Actors[actor];
            var verbAt = -1;
            foreach (var role in SourceRoles)
            {
                if (RoleStartsAfter(index, role, a))
                {
                    verbAt = a.End;
                }
                else if (RoleEndsWithin(index, role, a.First, 2))
                {
                    verbAt = a.First - 1;
                }
            }
            known[actor] = verbAt;
            return verbAt;
        }

        private const int Unknown = int.MinValue;

        private static int[] NewTellingVerbs(int actors)
        {
            var known = new int[actors];
            Array.Fill(known, Unknown);
            return known;
        }
    }

    /// <summary>
    /// «وأشارت السلطات التركية إلى أنه فجر نفسه»: after a feminine verb of saying («أشارت», «أعلنت»), a
    /// masculine singular complementizer («أنه») takes back someone other than the teller (the bomber),
    /// or no one («أنه تم …»); the feminine teller would say «أنها». So it tells of no deed of its own.
    /// </summary>
    private static bool OtherThanTeller(Text.AnalyzedText text, int verbAt, int complementizer) =>
        text.Tokens[verbAt].Norm.EndsWith('ت') && text.Tokens[complementizer].Norm.EndsWith("نه", StringComparison.Ordinal);

    /// <summary>
    /// True when a state or a body (a president, a ministry, the UN) tells of the bombing, attack
    /// or killing at <paramref name="e"/> in a clause of its sentence («أكد أردوغان أن الانفجار …»)
    /// or condemns it («مجلس الأمن يدين التفجير»), and not as its own deed: it is the source, and no
    /// option for the deed's doer or target. An armed actor telling of a deed is left to the
    /// choice (an army most often reports what it did: «قال الجيش إن قواته قصفت …»), as are arrests
    /// and captures, which a state announces as its own («أعلنت السلطات اعتقال …»).
    /// </summary>
    public static bool TellsOfDeed(Tellers tellers, string actorId, EventCandidate e) =>
        EventTypes.IsLethalViolence(e.Type)
        && tellers[actorId] is { Reports: true, Own: false, Teller.Entry.Class: "state" or "body", Clause: true };

    /// <summary>True when a verb of saying, condemning or investigating stands before the trigger in its sentence: the deed is told, and its doer, if named, is named apart from the teller.</summary>
    public static bool TriggerReported(ArticleIndex index, EventCandidate e)
    {
        var text = index.Text;
        var sentence = text.Tokens[e.First].Sentence;
        return (index.FirstSourceWords ??= new FirstSourceWord(text.Sentences.Count)).Before(index, sentence, e.First);
    }

    /// <summary>
    /// The first token of each sentence where a verb of saying, condemning or investigating stands,
    /// read as far as a candidate asks and kept for the sentence's other candidates: each candidate
    /// used to read its sentence from the start up to itself, and without punctuation a sentence is
    /// a whole window of hundreds of tokens.
    /// </summary>
    internal sealed class FirstSourceWord(int sentences)
    {
        // Per sentence: the first token with a source role (-1 while none is found), and the first token not read yet (0: not started).
        private readonly int[] _found = new int[sentences];
        private readonly int[] _scannedTo = new int[sentences];

        public bool Before(ArticleIndex index, int sentence, int to)
        {
            var text = index.Text;
            if (_scannedTo[sentence] == 0)
            {
                _found[sentence] = -1;
                _scannedTo[sentence] = text.Sentences[sentence].First;
            }
            if (_found[sentence] >= 0)
            {
                return _found[sentence] < to;
            }
            for (var j = _scannedTo[sentence]; j < to; j++)
            {
                foreach (var role in SourceRoles)
                {
                    if (Roles.Is(text, j, role, true))
                    {
                        _found[sentence] = j;
                        _scannedTo[sentence] = j + 1;
                        return true;
                    }
                }
            }
            _scannedTo[sentence] = Math.Max(_scannedTo[sentence], to);
            return false;
        }
    }

    /// <summary>True when «تعرض» or a verb like it stands right before the trigger: what follows is suffered, whoever is named.</summary>
    public static bool UndergoTrigger(ArticleIndex index, EventCandidate e) => RoleEndsWithin(index, "undergo", e.First, 3);

    /// <summary>True when a verb or phrase of saying governs the mention: «قال الجيش», «بحسب مصدر في الجيش».</summary>
    public static bool IsSpeaker(ArticleIndex index, ActorHit hit) => RoleEndsWithin(index, "speaker", hit.First, 2);

    /// <summary>
    /// True when the mention is the subject of a verb of condemning and the deed at token
    /// <paramref name="trigger"/> follows it in the same sentence («دان الأسد اغتيال … في تفجير»):
    /// one who condemns a deed neither did it nor suffered it (docs/annotation.md 6.3).
    /// </summary>
    public static bool CondemnsDeedAt(ArticleIndex index, ActorHit hit, int trigger) =>
        hit.End <= trigger && index.Token(hit.First).Sentence == index.Token(trigger).Sentence && RoleEndsWithin(index, "condemn", hit.First, 2);

    /// <summary>
    /// True when the mention is the subject standing before a verb of condemning and the deed at token
    /// <paramref name="trigger"/> follows that verb in the same sentence («الولايات المتحدة تدين بأشد العبارات إطلاق
    /// الصواريخ»): <see cref="CondemnsDeedAt"/> with the subject first.
    /// </summary>
    public static bool CondemnsDeedAfter(ArticleIndex index, ActorHit hit, int trigger) =>
        hit.End < trigger && index.Token(hit.First).Sentence == index.Token(trigger).Sentence && RoleStartsAfter(index, "condemn", hit);

    /// <summary>True when a phrase introducing a deed's doer («من قبل», «على يد») ends right before token <paramref name="first"/>.</summary>
    internal static bool AgentBefore(ArticleIndex index, int first) => RoleEndsAt(index, "agent", first);

    /// <summary>True when a phrase of <paramref name="role"/> ends exactly where token <paramref name="first"/> starts.</summary>
    private static bool RoleEndsAt(ArticleIndex index, string role, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 3; j--)
        {
            if (Roles.At(index.Text, j, role, true) is { } m && m.End == first)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a phrase of <paramref name="role"/> ends at most <paramref name="gap"/> tokens before token <paramref name="first"/>, in its clause.</summary>
    private static bool RoleEndsWithin(ArticleIndex index, string role, int first, int gap)
    {
        var clause = index.Token(first).Clause;
        for (var j = first - 1; j >= 0 && j >= first - gap - 2 && index.Token(j).Clause == clause; j--)
        {
            if (Roles.At(index.Text, j, role, true) is { } m && m.End <= first && first - m.End <= gap)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a phrase of <paramref name="role"/> follows the mention directly: «الجيش أعلن», «الجيش تعرض».</summary>
    private static bool RoleStartsAfter(ArticleIndex index, string role, ActorHit hit) =>
        hit.End < index.Count && index.Token(hit.End).Clause == index.Token(hit.First).Clause && Roles.Is(index.Text, hit.End, role, true);

    /// <summary>«اتهم الجيش التنظيم»: a mention after a verb of blaming and after its subject is the one blamed.</summary>
    private static bool AccuseObject(ArticleIndex index, ActorHit hit)
    {
        var clause = index.Token(hit.First).Clause;
        for (var j = hit.First - 1; j >= 0 && j >= hit.First - 8 && index.Token(j).Clause == clause; j--)
        {
            if (Roles.At(index.Text, j, "accuse", true) is { } m)
            {
                return m.End < hit.First;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a number counts the mention («سبعة جنود ليبيين», «200 فرد من مسلحي المعارضة»):
    /// the news counts the dead, the wounded and the arrested, seldom those who strike.
    /// </summary>
    private static bool Counted(ArticleIndex index, ActorHit hit) => CountAt(index, hit) >= 0;

    /// <summary>The token of the number that counts the mention (<see cref="MentionCues.Counted"/>), the nearest within three words before it in its clause; -1 when none does.</summary>
    internal static int CountAt(ArticleIndex index, ActorHit hit)
    {
        var text = index.Text;
        var clause = text.Tokens[hit.First].Clause;
        for (var j = hit.First - 1; j >= 0 && j >= hit.First - 3 && text.Tokens[j].Clause == clause; j--)
        {
            if (text.Tokens[j].Kind == Text.TokenKind.Number || Time.ArabicNumbers.Default.ReadAt(text, j) is { } n && n.End > j && n.End <= hit.First)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// True when the trigger is a verb form passive however voweled («اغتيل») and the mention is its
    /// subject or the subject's side: right before it, right after it, or after one noun of it
    /// («اغتيل قائد في جبهة النصرة», «اغتيل قائد النصرة»). The one who suffers the deed is never its doer.
    /// </summary>
    public static bool PassiveSubject(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || !Roles.Is(index.Text, e.First, "passive_verb", true) || index.Token(hit.First).Clause != index.Token(e.First).Clause)
        {
            return false;
        }
        if (hit.End <= e.First)
        {
            return e.First - hit.End <= 1 && !index.IsPrepositionBefore(hit);
        }
        var gap = hit.First - e.End;
        if (gap == 0)
        {
            return !index.IsPrepositionBefore(hit);
        }
        // One noun of the subject, then the mention as its genitive or behind a preposition of belonging.
        var noun = index.Token(e.End);
        if (!noun.IsWord || index.ActorAt(e.End) is not null || index.IsRole(e.End, "prep", true) || RoleEndsAt(index, "agent", hit.First))
        {
            return false;
        }
        return gap == 1 ? !index.IsPrepositionBefore(hit) : gap == 2 && index.Token(e.End + 1).Norm is "في" or "من" && !ArticleIndex.StartsWithCliticPrep(hit, 'ب');
    }

    /// <summary>The actor the trigger's paragraph names most (ties to the first named), or null.</summary>
    public static string? ParagraphTop(ArticleIndex index, EventCandidate e) =>
        index.ParagraphTop(EventFeatures.ParagraphOf(index.Text, e.First));

    /// <summary>How many other actor mentions stand between the mention and the trigger.</summary>
    private static int ActorsBetween(ArticleIndex index, ActorHit hit, EventCandidate e)
    {
        var (from, to) = hit.End <= e.First ? (hit.End, e.First) : (e.End, hit.First);
        var n = 0;
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].End <= to; i++)
        {
            n += index.Actors[i].First >= from ? 1 : 0;
        }
        return n;
    }
}
