using System.Globalization;
using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>Tense of a matched verb form; nouns have none.</summary>
public enum Tense
{
    None,
    Past,
    Present,
    Future,
}

/// <summary>One trigger form with what the coder needs to read its arguments (see the header of triggers.tsv).</summary>
public sealed record TriggerEntry(string Type, bool IsVerb, Tense Tense, string Genitive, string? Actor2Prep, string? Actor1Prep, string Needs, double Weight)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> s_preps = new(StringComparer.Ordinal);

    /// <summary>
    /// The alternatives of <see cref="Actor2Prep"/> («ل|الي»: a receiver behind either), split once. One array per
    /// distinct value: the record's equality compares it by reference, and two rows with the same value stay equal.
    /// </summary>
    public string[] Actor2Preps { get; } = Actor2Prep is null ? [] : s_preps.GetOrAdd(Actor2Prep, static p => p.Split('|'));
}

/// <summary>
/// data/lexicons/triggers.tsv as a phrase matcher. Verbs are listed once (past and present 3rd
/// person masculine singular); the other persons that news uses are generated here, because
/// conjugation is grammar, not vocabulary.
/// </summary>
public sealed class TriggerLexicon
{
    public static readonly string[] EventTypes =
    [
        "ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "AGREE",
        "ATTACK_CIVILIANS", "ARREST", "PROTEST", "SUPPORT", "AID", "ACCUSE", "THREATEN",
    ];

    // Words after a trigger noun that are not its adjectives or genitives: they take no article.
    // (Declared before Default, which is built from it.)
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "علي", "على", "عن", "الي", "إلى", "نحو", "باتجاه", "من", "مع", "ضد", "في",
    };

    /// <param name="timeWords">Words of date expressions (time_words.tsv): a dual past form spelled like one of them with tanween («فجراً», at dawn) is not generated.</param>
    /// <param name="homographs">trigger_homographs.tsv: generated forms left out of one verb's conjugation, spelled like a commoner word of another kind («توقف», a halt, of «اوقف»).</param>
    public TriggerLexicon(TsvTable table, IReadOnlySet<string>? timeWords = null, TsvTable? homographs = null)
    {
        timeWords ??= new HashSet<string>(StringComparer.Ordinal);
        var leftOut = TriggerHomographs.LeftOutForms(homographs);
        var unused = leftOut.SelectMany(p => p.Value.Select(f => (p.Key.Type, f))).ToHashSet();
        int type = table.Column("type"), form = table.Column("form"), present = table.Column("present"), pos = table.Column("pos"),
            genitive = table.Column("genitive"), a2 = table.Column("actor2_prep"), a1 = table.Column("actor1_prep"),
            needs = table.Column("needs"), weight = table.Column("weight");
        foreach (var row in table.Rows)
        {
            if (Array.IndexOf(EventTypes, row[type]) < 0)
            {
                throw new InvalidDataException($"{table.Name}:{row.Line}: unknown event type '{row[type]}'");
            }
            var w = double.Parse(row[weight], CultureInfo.InvariantCulture);
            string? Opt(int c) => row[c] == "-" ? null : ArabicNormalizer.NormalizeKey(row[c]);
            var isVerb = row[pos] switch
            {
                "verb" => true,
                "noun" => false,
                _ => throw new InvalidDataException($"{table.Name}:{row.Line}: pos must be verb or noun"),
            };
            var template = new TriggerEntry(row[type], isVerb, Tense.None, row[genitive], Opt(a2), Opt(a1), row[needs], w);
            if (!isVerb)
            {
                foreach (var surface in Decline(row[form]))
                {
                    Matcher.Add(surface, template);
                }
                continue;
            }
            leftOut.TryGetValue((row[type], ArabicNormalizer.NormalizeKey(row[form])), out var skip);
            foreach (var (surface, tense) in Conjugate(row[form], row[present] == "-" ? null : row[present], timeWords))
            {
                if (skip is not null && skip.Contains(surface))
                {
                    unused.Remove((row[type], surface));
                    continue;
                }
                Matcher.Add(surface, template with { Tense = tense });
            }
        }
        // A row that leaves nothing out names a verb or form triggers.tsv no longer generates.
        if (unused.Count > 0)
        {
            var (t, f) = unused.First();
            throw new InvalidDataException($"trigger_homographs: {t} «{f}» is not a generated form of its verb");
        }
    }

    public static TriggerLexicon Default { get; } = new(TsvTable.LoadEmbedded("triggers"), TimeWordKeys(), TsvTable.LoadEmbedded("trigger_homographs"));

    private static HashSet<string> TimeWordKeys()
    {
        var table = TsvTable.LoadEmbedded("time_words");
        var phrase = table.Column("phrase");
        return new HashSet<string>(table.Rows.Select(r => ArabicNormalizer.NormalizeKey(r[phrase])), StringComparer.Ordinal);
    }

    public PhraseMatcher<TriggerEntry> Matcher { get; } = new();

    /// <summary>
    /// The forms of a trigger noun news writes besides the listed one, because declension is
    /// grammar, not vocabulary: the accusative with tanween («حصاراً», «قتالاً»), the dual
    /// («غارتين», «هجومين», «عبوتين ناسفتين») and the dual construct («قذيفتي هاون»), and for a
    /// phrase, its definite form, where the article the tokenizer strips from the first word is
    /// repeated on the words after it («العصيان المدني», «الغارات الجوية»).
    /// </summary>
    internal static IEnumerable<string> Decline(string noun)
    {
        var words = ArabicNormalizer.NormalizeKey(noun).Split(' ');
        var forms = new List<string> { string.Join(' ', words) };
        var head = words[0];
        var tail = words.Length > 1 ? " " + string.Join(' ', words[1..]) : string.Empty;
        // A plural (ـات), a form already accusative or in the dual, and a final hamza or ي take no
        // generated ending: their endings are spelled otherwise or would be a different word.
        var plain = head.Length >= 3 && !head.EndsWith("ات", StringComparison.Ordinal) && head[^1] is not ('ا' or 'ء' or 'ي' or 'ى');
        if (plain && head[^1] == 'ه')
        {
            var stem = head[..^1] + "ت";
            // Adjectives agree in the dual only when they are feminine too («سيارتين مفخختين»).
            var dualTail = words.Skip(1).All(w => w.EndsWith('ه') && !Particles.Contains(w))
                ? string.Concat(words.Skip(1).Select(w => " " + w[..^1] + "تين"))
                : null;
            forms.Add(stem + "ين" + (dualTail ?? tail));
            forms.Add(stem + "ان" + (dualTail is null ? tail : dualTail.Replace("تين", "تان", StringComparison.Ordinal)));
            if (words.Length == 1)
            {
                // The dual construct in both cases: «قذيفتي هاون», «قذيفتا هاون» (the subject of «سقطت»).
                forms.Add(stem + "ي");
                forms.Add(stem + "ا");
            }
        }
        else if (plain)
        {
            if (words.Length == 1)
            {
                forms.Add(head + "ا");
                forms.Add(head + "ين");
                forms.Add(head + "ان");
            }
            else if (words.Skip(1).All(IndefiniteMasculine))
            {
                // A masculine noun with its adjectives agrees in the dual word by word («برميلين متفجرين»);
                // a word with the article or a preposition («هجوم بالصواريخ») is no adjective of it.
                forms.Add(string.Join(' ', words.Select(w => w + "ين")));
                forms.Add(string.Join(' ', words.Select(w => w + "ان")));
            }
        }
        if (words.Length > 1)
        {
            foreach (var f in forms.ToList())
            {
                var w = f.Split(' ');
                var definite = w.Skip(1).Select(x => x.StartsWith("ال", StringComparison.Ordinal) || Particles.Contains(x) || x.Length < 3 ? x : "ال" + x);
                forms.Add(w[0] + " " + string.Join(' ', definite));
            }
        }
        return forms.Distinct(StringComparer.Ordinal);
    }

    private static bool IndefiniteMasculine(string w) =>
        w.Length >= 3 && !w.EndsWith('ه') && !w.EndsWith("ات", StringComparison.Ordinal) && !Particles.Contains(w)
        && !w.StartsWith("ال", StringComparison.Ordinal) && !w.StartsWith("بال", StringComparison.Ordinal) && !w.StartsWith("لل", StringComparison.Ordinal);

    /// <summary>Past and present forms of the persons news narrates in (3rd person, 1st plural), and the «س» future.</summary>
    internal static IEnumerable<(string Form, Tense Tense)> Conjugate(string past, string? present, IReadOnlySet<string>? timeWords = null)
    {
        var pastWords = ArabicNormalizer.NormalizeKey(past).Split(' ');
        var tail = pastWords.Length > 1 ? " " + string.Join(' ', pastWords[1..]) : string.Empty;
        var p = pastWords[0];
        yield return (p + tail, Tense.Past);
        var defective = p.EndsWith('ي') || p.EndsWith('ا');
        var stem = defective ? p[..^1] : p;
        foreach (var suffix in defective ? new[] { "ت", "وا", "تا" } : ["ت", "وا", "تا", "ن", "نا"])
        {
            yield return (stem + suffix + tail, Tense.Past);
        }
        // The masculine dual («فجرا نفسيهما», «هاجما», «اقتحما»), except where it is spelled like a
        // time word with tanween («فجراً», at dawn). Its other collisions are accusative verbal
        // nouns of the same event («قصفاً», «قتلاً»), which are the same trigger anyway.
        if (!defective && !(timeWords?.Contains(p) ?? false))
        {
            yield return (p + "ا" + tail, Tense.Past);
        }
        // The masculine plural drops its silent alef before an object pronoun («قتلوه», «اعتقلوهم»,
        // «سحلوها»): the tokenizer strips the pronoun, leaving «قتلو». A defective verb's form is
        // left out: «ألقوه» would read «القوة» (force) once folded.
        if (!defective && tail.Length == 0)
        {
            yield return (p + "و", Tense.Past);
        }
        if (present is null)
        {
            yield break;
        }
        var presentWords = ArabicNormalizer.NormalizeKey(present).Split(' ');
        var ptail = presentWords.Length > 1 ? " " + string.Join(' ', presentWords[1..]) : string.Empty;
        var core = presentWords[0][1..];
        var coreStem = core.EndsWith('ي') ? core[..^1] : core;
        var forms = new List<string>
        {
            "ي" + core, "ت" + core, "ن" + core,
            "ي" + coreStem + "ون", "ي" + coreStem + "وا", "ت" + coreStem + "ون",
            "ي" + core + "ان", "ت" + core + "ان", "ي" + core + "ن",
        };
        foreach (var f in forms)
        {
            yield return (f + ptail, Tense.Present);
            yield return ("س" + f + ptail, Tense.Future);
        }
    }
}

/// <summary>A modality cue (data/lexicons/modality.tsv).</summary>
public sealed record ModalityCue(string Modality, string Scope, int Window);

public sealed class ModalityLexicon
{
    public ModalityLexicon(TsvTable table)
    {
        int cue = table.Column("cue"), modality = table.Column("modality"), scope = table.Column("scope"), window = table.Column("window");
        foreach (var row in table.Rows)
        {
            if (row[modality] is not ("intended" or "predicted" or "possible" or "negated" or "attempted"))
            {
                throw new InvalidDataException($"{table.Name}:{row.Line}: unknown modality '{row[modality]}'");
            }
            if (row[scope] is not ("next" or "sentence" or "list" or "present" or "call" or "ban" or "expect" or "partake"))
            {
                throw new InvalidDataException($"{table.Name}:{row.Line}: unknown scope '{row[scope]}'");
            }
            Matcher.Add(row[cue], new ModalityCue(row[modality], row[scope], int.Parse(row[window], CultureInfo.InvariantCulture)));
        }
    }

    public static ModalityLexicon Default { get; } = new(TsvTable.LoadEmbedded("modality"));

    public PhraseMatcher<ModalityCue> Matcher { get; } = new();
}

/// <summary>
/// Word roles of data/lexicons/event_words.tsv and data/lexicons/attribution.tsv: one matcher per
/// file, the values are role names.
/// </summary>
public sealed class WordRoles
{
    public WordRoles(TsvTable table, string keyColumn = "word")
    {
        int word = table.Column(keyColumn), role = table.Column("role");
        foreach (var row in table.Rows)
        {
            Matcher.Add(row[word], row[role]);
            _rows.Add((row[word], row[role]));
        }
    }

    private readonly List<(string Word, string Role)> _rows = [];

    /// <summary>The words listed with <paramref name="role"/>, normalized, in the order of the file; for a rule that reads a role's letter once when it loads.</summary>
    public IEnumerable<string> WordsOf(string role) =>
        _rows.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal)).Select(r => Text.ArabicNormalizer.NormalizeKey(r.Word));

    public static WordRoles EventWords { get; } = new(TsvTable.LoadEmbedded("event_words"));

    /// <summary>
    /// data/lexicons/attribution.tsv. A reporting word has one of two roles: say (a verb, «قال», «أفاد») or sayprep
    /// (a preposition, «بحسب», «وفقا ل»). Role say alone leaves the prepositions out: ask
    /// <see cref="Extraction.AttributionFinder.IsReporting(AnalyzedText, int)"/> for either.
    /// </summary>
    public static WordRoles Attribution { get; } = new(TsvTable.LoadEmbedded("attribution"), "phrase");

    /// <summary>data/lexicons/learning_words.tsv: signs of opinion, history, totals and habits that the learned decisions read.</summary>
    public static WordRoles Learning { get; } = new(TsvTable.LoadEmbedded("learning_words"));

    /// <summary>data/lexicons/modality_signals.tsv: threats, denials, conditions, foiled acts and decisions that the learned modality choice reads.</summary>
    public static WordRoles ModalitySignals { get; } = new(TsvTable.LoadEmbedded("modality_signals"));

    /// <summary>data/lexicons/toll_words.tsv: the words around a toll that the toll choice and the following-sentence toll read (loaded on first use).</summary>
    public static WordRoles Tolls => s_tolls.Value;

    private static readonly Lazy<WordRoles> s_tolls = new(() => new WordRoles(TsvTable.LoadEmbedded("toll_words")));

    /// <summary>data/lexicons/actor_roles.tsv: the words around an actor mention that place it in its clause (a verb of saying, an agent phrase, a verb that carried out a deed…), keyed by phrase (loaded on first use).</summary>
    public static WordRoles ActorRoles => s_actorRoles.Value;

    private static readonly Lazy<WordRoles> s_actorRoles = new(() => new WordRoles(TsvTable.LoadEmbedded("actor_roles"), "phrase"));

    public PhraseMatcher<string> Matcher { get; } = new();

    /// <summary>The phrase with <paramref name="role"/> starting at token <paramref name="index"/> (whole token, no clitics unless allowed).</summary>
    public PhraseMatch<string>? At(AnalyzedText text, int index, string role, bool allowClitics = false)
    {
        var m = Matcher.MatchAt(text, index, allowClitics);
        if (m is not null && m.Values.Contains(role))
        {
            return m;
        }
        if (!allowClitics)
        {
            return null;
        }
        // The longest phrase may have another role («بفعل» is background and actor1prep); try the whole token alone.
        m = Matcher.MatchAt(text, index, false);
        return m is not null && m.Values.Contains(role) ? m : null;
    }

    public bool Is(AnalyzedText text, int index, string role, bool allowClitics = false) => At(text, index, role, allowClitics) is not null;

    /// <summary>True when <paramref name="norm"/>, a normalized token as it stands (no clitics cut off), is a one-word entry of <paramref name="role"/>.</summary>
    public bool IsWholeWord(string norm, string role) => Matcher.LookupWord(norm) is { } values && values.Contains(role);

    /// <summary>True when the phrase starting at token <paramref name="index"/> has <paramref name="role"/> or <paramref name="other"/> (the longest phrase first, then the whole token alone, as <see cref="At"/>).</summary>
    public bool IsEither(AnalyzedText text, int index, string role, string other, bool allowClitics = false)
    {
        var m = Matcher.MatchAt(text, index, allowClitics);
        if (m is not null && (m.Values.Contains(role) || m.Values.Contains(other)))
        {
            return true;
        }
        if (!allowClitics)
        {
            return false;
        }
        m = Matcher.MatchAt(text, index, false);
        return m is not null && (m.Values.Contains(role) || m.Values.Contains(other));
    }

    /// <summary>
    /// True when the token alone, under any reading of its clitics, is a one-word entry of
    /// <paramref name="role"/>: a longer phrase of another role starting there («المسؤولية عن», a
    /// claim) does not hide it.
    /// </summary>
    public bool IsWord(AnalyzedText text, int index, string role)
    {
        var token = text.Tokens[index];
        if (!token.IsWord)
        {
            return false;
        }
        // Indexed, and by the reading's base as it stands: a reading's base is one normalized word,
        // and normalizing and tokenizing it again (Lookup) per word near every candidate was half of
        // the allocations of a long unpunctuated text.
        var readings = token.Segmentations;
        for (var i = 0; i < readings.Count; i++)
        {
            if (Matcher.LookupWord(readings[i].Base) is { } values && values.Contains(role))
            {
                return true;
            }
        }
        return false;
    }
}
