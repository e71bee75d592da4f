using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The features of a candidate event for the learned decisions: what the rules found (type,
/// modality, actors, place, date, the rule that would drop it), where it stands, the function
/// words around it, the signs of opinion and history across its article, and hashed words around
/// the trigger. Everything is read from what the stages already computed: no string is built and
/// no pattern is compiled per candidate, and the vector is written into the caller's buffer.
/// </summary>
internal static partial class EventFeatures
{
    private static readonly string[] Types = TriggerLexicon.EventTypes;
    private static readonly string[] Modalities = ["asserted", "intended", "predicted", "possible", "negated"];
    private static readonly string[] Precisions = ["point", "region", "country"];
    private static readonly string[] PlaceSources = ["clause", "reference", "sentence", "road", "focus", "none"];
    private static readonly string[] DatePrecisions = ["day", "month", "year"];
    private static readonly DropReason[] Reasons = Enum.GetValues<DropReason>();

    /// <summary>Function-word roles (event_words.tsv) looked for just before and just after the trigger.</summary>
    private static readonly string[] NearRoles =
        ["background", "presupposed", "relative", "prep", "passive", "demonstrative", "claim", "judicial", "defused", "controlstate", "figurative", "consequence", "contrast"];

    /// <summary>Roles of learning_words.tsv, counted around the trigger and across the article.</summary>
    internal static readonly string[] SignRoles = ["firstperson", "question", "history", "total", "habit", "hypothesis", "report", "now"];

    /// <summary>The sign roles that s5-keep found rare around coded events when they stand in the paragraph (positive share 0.03–0.09 against a base rate of 0.20 on train).</summary>
    private static readonly string[] ParagraphSignRoles = ["firstperson", "question", "hypothesis", "history", "habit"];

    private static readonly int[] ParagraphSignBits = [.. ParagraphSignRoles.Select(r => 1 << Array.IndexOf(SignRoles, r))];

    private const int TriggerBuckets = 128;
    private const int WordBuckets = 64;
    private const int Window = 4;

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    private static List<string> BuildNames()
    {
        var n = new List<string>();
        n.AddRange(Reasons.Select(r => "rule_" + r));
        n.AddRange(Types.Select(t => "type_" + t));
        n.AddRange(Modalities.Select(m => "modality_" + m));
        n.AddRange(["modality_cue", "trigger_weight", "trigger_verb", "tense_past", "tense_present", "tense_future", "alternatives"]);
        n.AddRange(["actor1", "actor1_local", "actor1_armed", "actor1_civ", "actor1_reference", "actor1_default", "actor2", "actor2_armed", "actor2_civ", "actor1_distance", "actor2_distance"]);
        n.AddRange(Precisions.Select(p => "place_" + p));
        n.AddRange(PlaceSources.Select(p => "placesource_" + p));
        n.AddRange(["place_distance", "route", "coordinated_places", "place_learned"]);
        n.AddRange(["date_text"]);
        n.AddRange(DatePrecisions.Select(p => "date_" + p));
        n.AddRange(["date_days_before", "date_after_publication", "fatalities", "fatalities_log", "attribution", "anaphoric"]);
        n.AddRange(["sentence_position", "first_sentence", "paragraph_position", "sentence_tokens_log", "clause_triggers", "sentence_triggers", "sentence_number"]);
        n.AddRange(["doc_tokens_log", "doc_triggers_log", "doc_trigger_density", "doc_places_log", "doc_actors_log"]);
        n.AddRange(NearRoles.Select(r => "before_" + r));
        n.AddRange(NearRoles.Select(r => "after_" + r));
        n.AddRange(SignRoles.Select(r => "sentence_" + r));
        n.AddRange(SignRoles.Select(r => "doc_" + r));
        n.AddRange(ParagraphSignRoles.Select(r => "paragraph_" + r));
        n.AddRange(Enumerable.Range(0, TriggerBuckets).Select(i => "trigger_word#" + i));
        n.AddRange(Enumerable.Range(0, WordBuckets).Select(i => "word_before#" + i));
        n.AddRange(Enumerable.Range(0, WordBuckets).Select(i => "word_after#" + i));
        n.AddRange(ListItemNames);
        return n;
    }

    /// <summary>Article-wide counts, computed once per article before its candidates are scored.</summary>
    internal sealed class DocumentSignals
    {
        public required int Triggers { get; init; }

        public required float[] SignsPer100 { get; init; }

        /// <summary>For each sentence, which sign roles it holds (bit i = SignRoles[i]).</summary>
        public required int[] SentenceSigns { get; init; }

        /// <summary>For each paragraph, which sign roles it holds (bit i = SignRoles[i]).</summary>
        public required int[] ParagraphSigns { get; init; }

        /// <summary>Triggers per sentence and per clause.</summary>
        public required int[] SentenceTriggers { get; init; }

        public required int[] ClauseTriggers { get; init; }

        public static DocumentSignals Compute(ArticleIndex index, IReadOnlyList<EventCandidate> triggers)
        {
            var text = index.Text;
            var sentenceSigns = new int[text.Sentences.Count];
            var paragraphSigns = new int[Math.Max(1, text.Paragraphs.Count)];
            var counts = new float[SignRoles.Length];
            var words = WordRoles.Learning;
            for (var i = 0; i < text.Tokens.Count; i++)
            {
                var token = text.Tokens[i];
                if (!token.IsWord)
                {
                    continue;
                }
                if (words.Matcher.MatchAt(text, i, allowClitics: true) is not { } m)
                {
                    continue;
                }
                foreach (var role in m.Values)
                {
                    var r = Array.IndexOf(SignRoles, role);
                    if (r >= 0)
                    {
                        counts[r]++;
                        sentenceSigns[token.Sentence] |= 1 << r;
                        paragraphSigns[ParagraphOf(text, i)] |= 1 << r;
                    }
                }
            }
            var scale = 100f / Math.Max(1, text.Tokens.Count);
            for (var r = 0; r < counts.Length; r++)
            {
                counts[r] *= scale;
            }
            var sentenceTriggers = new int[text.Sentences.Count];
            var clauseTriggers = new int[text.Clauses.Count];
            foreach (var t in triggers)
            {
                sentenceTriggers[text.Tokens[t.First].Sentence]++;
                clauseTriggers[text.Tokens[t.First].Clause]++;
            }
            return new DocumentSignals
            {
                Triggers = triggers.Count,
                SignsPer100 = counts,
                SentenceSigns = sentenceSigns,
                ParagraphSigns = paragraphSigns,
                SentenceTriggers = sentenceTriggers,
                ClauseTriggers = clauseTriggers,
            };
        }
    }

    /// <summary>Writes the features of <paramref name="e"/> into <paramref name="into"/> (length <see cref="Count"/>), all others zero.</summary>
    public static void Compute(ArticleIndex index, EventCandidate e, DropReason reason, DocumentSignals doc, Span<float> into)
    {
        into.Clear();
        var text = index.Text;
        var published = index.Context.Article.Published;
        var k = 0;
        into[k + (int)reason] = 1;
        k += Reasons.Length;
        OneHot(into, ref k, Types, e.Type);
        OneHot(into, ref k, Modalities, e.Modality);
        into[k++] = e.ModalityCue is null ? 0 : 1;
        into[k++] = (float)e.Trigger.Weight;
        into[k++] = e.Trigger.IsVerb ? 1 : 0;
        into[k++] = e.Trigger.Tense == Tense.Past ? 1 : 0;
        into[k++] = e.Trigger.Tense == Tense.Present ? 1 : 0;
        into[k++] = e.Trigger.Tense == Tense.Future ? 1 : 0;
        into[k++] = e.Alternatives.Count;

        into[k++] = e.Actor1 is null ? 0 : 1;
        into[k++] = e.Actor1IsLocal ? 1 : 0;
        into[k++] = e.Actor1?.IsArmed == true ? 1 : 0;
        into[k++] = e.Actor1?.ActorId == "CIV" ? 1 : 0;
        into[k++] = e.Actor1?.IsReference == true ? 1 : 0;
        into[k++] = e.DefaultActor1 is null ? 0 : 1;
        into[k++] = e.Actor2 is null ? 0 : 1;
        into[k++] = e.Actor2?.IsArmed == true ? 1 : 0;
        into[k++] = e.Actor2?.ActorId is "CIV" or "PROTESTERS" ? 1 : 0;
        into[k++] = e.Actor1 is null ? -1 : Distance(e.Actor1.First, e.Actor1.End, e.First);
        into[k++] = e.Actor2 is null ? -1 : Distance(e.Actor2.First, e.Actor2.End, e.First);

        // A village or quarter put at its town's point names a settlement as surely as a point does; only its coordinates are borrowed.
        OneHot(into, ref k, Precisions, e.Place is { PutByTown: true } ? "point" : e.Place?.Mention.Precision);
        OneHot(into, ref k, PlaceSources, e.PlaceSource);
        into[k++] = e.PlaceToken < 0 ? -1 : Distance(e.PlaceToken, e.PlaceToken + 1, e.First);
        into[k++] = e.Route is null ? 0 : 1;
        into[k++] = e.CoordinatedPlaces.Count;
        into[k++] = e.RulesPlace is null ? 0 : 1;

        var date = e.Date;
        into[k++] = date?.Text is null ? 0 : 1;
        OneHot(into, ref k, DatePrecisions, date?.Text is null ? null : date.Precision);
        var daysBefore = 0f;
        var after = 0f;
        if (date?.Text is not null && date.Value is { Length: >= 4 } value && published is { } p && Evaluation.DatePeriod.Parse(value) is { Start: var start })
        {
            var days = p.DayNumber - start.DayNumber;
            daysBefore = (float)Math.Log(1 + Math.Max(0, days));
            after = days < 0 ? 1 : 0;
        }
        into[k++] = daysBefore;
        into[k++] = after;
        // A numbered killing stated: a «no casualties» 0 is no killing, and an unnumbered plural's 3
        // («سقوط قتلى») is the coding convention's floor, not a count the text gives.
        var counted = e.Fatalities is > 0 && e.FatalitySource is not { IsLowerBound: true, Count: <= 3 };
        into[k++] = counted ? 1 : 0;
        into[k++] = counted ? (float)Math.Log(1 + e.Fatalities!.Value) : 0;
        into[k++] = e.Attribution is null ? 0 : 1;
        into[k++] = e.Anaphoric ? 1 : 0;

        var token = text.Tokens[e.First];
        var sentence = text.Sentences[token.Sentence];
        into[k++] = text.Sentences.Count <= 1 ? 0 : (float)token.Sentence / (text.Sentences.Count - 1);
        into[k++] = token.Sentence == 0 ? 1 : 0;
        var paragraph = ParagraphOf(text, e.First);
        into[k++] = text.Paragraphs.Count <= 1 ? 0 : (float)paragraph / (text.Paragraphs.Count - 1);
        into[k++] = (float)Math.Log(1 + (sentence.End - sentence.First));
        into[k++] = doc.ClauseTriggers[token.Clause];
        into[k++] = doc.SentenceTriggers[token.Sentence];
        into[k++] = HasNumber(text, sentence) ? 1 : 0;

        into[k++] = (float)Math.Log(1 + text.Tokens.Count);
        into[k++] = (float)Math.Log(1 + doc.Triggers);
        into[k++] = 100f * doc.Triggers / Math.Max(1, text.Tokens.Count);
        into[k++] = (float)Math.Log(1 + index.Places.Count);
        into[k++] = (float)Math.Log(1 + index.Actors.Count);

        foreach (var role in NearRoles)
        {
            into[k++] = RoleNear(index, role, e.First - Window, e.First) ? 1 : 0;
        }
        foreach (var role in NearRoles)
        {
            into[k++] = RoleNear(index, role, e.End, e.End + Window) ? 1 : 0;
        }
        var signs = doc.SentenceSigns[token.Sentence];
        for (var r = 0; r < SignRoles.Length; r++)
        {
            into[k++] = (signs >> r & 1) == 1 ? 1 : 0;
        }
        for (var r = 0; r < SignRoles.Length; r++)
        {
            into[k++] = doc.SignsPer100[r];
        }
        ParagraphSigns(doc, ParagraphOf(text, e.First), into, ref k);
        into[k + Bucket(text.Tokens[e.First], e.Reading.Prefix, TriggerBuckets)] = 1;
        k += TriggerBuckets;
        if (PreviousWord(text, e.First) is { } before)
        {
            into[k + Bucket(before, 0, WordBuckets)] = 1;
        }
        k += WordBuckets;
        if (NextWord(text, e.End) is { } next)
        {
            into[k + Bucket(next, 0, WordBuckets)] = 1;
        }
        k += WordBuckets;
        ListItem(index, e, into, ref k);
        System.Diagnostics.Debug.Assert(k == Count);
    }

    private static void OneHot(Span<float> into, ref int k, string[] values, string? value)
    {
        if (value is not null)
        {
            var i = Array.IndexOf(values, value);
            if (i >= 0)
            {
                into[k + i] = 1;
            }
        }
        k += values.Length;
    }

    private static float Distance(int first, int end, int trigger) =>
        end <= trigger ? trigger - end + 1 : first >= trigger ? first - trigger : 0;

    /// <summary>The paragraph holding <paramref name="token"/>, by bisection.</summary>
    internal static int ParagraphOf(AnalyzedText text, int token) => Ordered.UnitOf(text.Paragraphs, token);

    private static bool HasNumber(AnalyzedText text, TextUnit sentence)
    {
        for (var i = sentence.First; i < sentence.End; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a word of <paramref name="role"/> (event_words.tsv, clitics allowed) stands in tokens [from, to).</summary>
    internal static bool RoleNear(ArticleIndex index, string role, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(index.Count, to); i++)
        {
            if (index.IsRole(i, role, true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word before token <paramref name="first"/> in its sentence, or null.</summary>
    internal static Token? PreviousWord(AnalyzedText text, int first)
    {
        var sentence = text.Tokens[first].Sentence;
        for (var i = first - 1; i >= 0 && text.Tokens[i].Sentence == sentence; i--)
        {
            if (text.Tokens[i].IsWord)
            {
                return text.Tokens[i];
            }
        }
        return null;
    }

    private static Token? NextWord(AnalyzedText text, int end)
    {
        if (end >= text.Tokens.Count)
        {
            return null;
        }
        var sentence = text.Tokens[end - 1].Sentence;
        for (var i = end; i < text.Tokens.Count && text.Tokens[i].Sentence == sentence; i++)
        {
            if (text.Tokens[i].IsWord)
            {
                return text.Tokens[i];
            }
        }
        return null;
    }

    /// <summary>The folded word without its proclitics, hashed.</summary>
    private static int Bucket(Token token, int prefix, int buckets) =>
        FeatureHash.Bucket(token.Norm.AsSpan(Math.Min(prefix, token.Norm.Length)), buckets);
}
