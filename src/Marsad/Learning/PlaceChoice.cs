using Marsad.Extraction;
using Marsad.Geo;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The learned choice of an event's place: the rules' linker proposes its place, and every place
/// named in the trigger's sentence or the one before is an alternative, as is the article's focus
/// (its governorate or country). Each option is scored on its own (where it stands from the
/// trigger, behind which word, its precision, whether it is the dateline, how often the article
/// names it, whether its country is its actors', whether the rules chose it); the best one is the
/// place. Most wrong places of the rules are another event's place in the same sentence, the
/// city that frames a report of its districts, or a country named as a party.
/// </summary>
internal static partial class PlaceChoice
{
    private static readonly string[] Precisions = ["point", "region", "country"];
    private static readonly string[] Sources = ["clause", "reference", "sentence", "focus", "none"];
    private const int WordBuckets = 32;

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    private static List<string> BuildNames()
    {
        var n = new List<string> { "focus", "rules_choice", "reference", "distance", "distance_log", "before_trigger", "same_clause", "same_sentence", "previous_sentence",
            "trigger_between", "say_between", "speaker_place", "parenthesis_after", "prep_word", "clitic_b", "clitic_l", "cue_before", "direction_before", "with_before", "facility", "dateline", "doc_mentions_log", "doc_top_place",
            "focus_country", "focus_governorate", "actor_country", "actor1_overlap", "confidence", "options", "rules_none", "trigger_verb", "actor1_local",
            "framed_by_next", "frames_previous", "paragraph_event_place", "precision_gain" };
        n.AddRange(Precisions.Select(p => "precision_" + p));
        n.AddRange(Sources.Select(s => "rules_source_" + s));
        n.AddRange(TriggerLexicon.EventTypes.Select(t => "type_" + t));
        n.AddRange(Enumerable.Range(0, WordBuckets).Select(i => "word_before#" + i));
        return n;
    }

    /// <summary>One option: a place mention (at its token; a back-reference stands apart from its antecedent) or the article's focus.</summary>
    internal readonly record struct Option(PlaceHit Place, int Token, bool IsReference, bool IsFocus)
    {
        public PlaceMention Mention => Place.Mention;
    }

    /// <summary>Article-wide counts, computed once per article: how often each place is named, the one named most, the dateline's key.</summary>
    internal sealed class DocumentCounts
    {
        public required Dictionary<string, int> Mentions { get; init; }

        public string? Top { get; init; }

        public string? Dateline { get; init; }

        public static DocumentCounts Of(ArticleIndex index)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in index.Places)
            {
                var key = Key(p.Mention);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            string? top = null;
            var most = 0;
            foreach (var (key, n) in counts)
            {
                if (n > most || (n == most && string.CompareOrdinal(key, top) < 0))
                {
                    (top, most) = (key, n);
                }
            }
            return new DocumentCounts { Mentions = counts, Top = top, Dateline = index.Context.DatelineKey };
        }
    }

    private static string Key(PlaceMention m) => m.GazetteerId ?? m.Name;

    /// <summary>Longer than any place name the gazetteer holds, in tokens.</summary>
    private const int MaxNameTokens = 32;

    /// <summary>At most this many tokens before the trigger are searched for options (the actor options' bound).</summary>
    public const int OptionTokensBefore = ActorChoice.OptionTokensBefore;

    /// <summary>At most this many tokens after the trigger are searched for options (the actor options' bound).</summary>
    public const int OptionTokensAfter = ActorChoice.OptionTokensAfter;

    /// <summary>
    /// The options for <paramref name="e"/>: the rules' place first (when it has one), then each
    /// other place of the trigger's sentence and the one before (distinct places, the mention
    /// nearest the trigger), then the focus unless it is already among them.
    /// </summary>
    public static List<Option> Options(ArticleIndex index, EventCandidate e, PlaceHit? focus)
    {
        var text = index.Text;
        var sentence = text.Tokens[e.First].Sentence;
        // The token bounds only bind where sentences run to the segmenter's cap (text without
        // punctuation), as the actor options' do (ActorChoice.OptionTokensBefore/After): there two
        // sentences hold up to a thousand tokens and every candidate would weigh every place of them.
        var from = Math.Max(text.Sentences[Math.Max(0, sentence - 1)].First, e.First - OptionTokensBefore);
        var to = Math.Min(text.Sentences[sentence].End, e.End + OptionTokensAfter);
        var options = new List<Option>();
        if (e.Place is { } rules)
        {
            options.Add(new Option(rules, e.PlaceToken, e.PlaceSource == "reference", e.PlaceSource == "focus"));
        }
        var best = new Dictionary<string, PlaceHit>(StringComparer.Ordinal);
        var coveredTo = 0;
        HashSet<string>? elsewhere = null;
        // Only the places of the window are read (bisection), starting a name's length before it so a
        // long name that opens just before the window still covers the towns inside it.
        for (var i = index.FirstPlaceFrom(Math.Max(0, from - MaxNameTokens)); i < index.Places.Count && index.Places[i].First < to; i++)
        {
            var p = index.Places[i];
            // «طريق أعزاز»: a town named inside a longer place's name (a road's end) is part of that name, as the rules read it.
            var nested = p.End <= coveredTo;
            coveredTo = Math.Max(coveredTo, p.End);
            // «بلدة X 35/ كيلومترا شمال شرقي بغداد»: a landmark only says where another place lies.
            // The dateline is no place of a deed of force (PlaceLinker.FiledFrom); a capital that speaks or fears is its government (PlaceLinker.GovernmentVoice);
            // a hospital's town where the hurt lie is not where they were hurt (PlaceLinker.CaredAt); a place in the clause «في حين/بينما»
            // opens for another deed is that deed's (PlaceLinker.InOtherDeedsClause); a vehicle's nationality is its owner (PlaceLinker.OwnerOfVehicle);
            // a source's own place, told before its verb of saying, is where it speaks (PlaceLinker.SpeakerSite).
            if (p.First < from || p.First >= to || nested || PlaceLexicon.Default.IsLandmark(text, p.First) || PlaceLinker.FiledFrom(index, e, p) || PlaceLinker.GovernmentVoice(index, e, p)
                || PlaceLinker.CaredAt(index, p) || PlaceLinker.InOtherDeedsClause(index, e, p) || PlaceLinker.OwnerOfVehicle(index, p)
                || PlaceLinker.SpeakerSite(index, e, p))
            {
                continue;
            }
            // The ends of a journey the deed was done on, where those who fled went (PlaceLinker.JourneyEnd), the place of another
            // side's deed it would stop or of the people it stands for (PlaceLinker.AimElsewhere): the deed's own sentence says it
            // was not there (nor where it was only heard, PlaceLinker.HeardOnly), so no mention of that place is its place, nor is the focus when it is that place.
            if (PlaceLinker.JourneyEnd(index, e, p) || PlaceLinker.AimElsewhere(index, e, p) || PlaceLinker.HomeOfPeople(index, p) || PlaceLinker.HeardOnly(index, e, p))
            {
                (elsewhere ??= new HashSet<string>(StringComparer.Ordinal)).Add(Key(p.Mention));
                continue;
            }
            var key = Key(p.Mention);
            if (!best.TryGetValue(key, out var seen) || Gap(p.First, p.End, e.First) < Gap(seen.First, seen.End, e.First))
            {
                best[key] = p;
            }
        }
        var rulesKey = e.Place is { } r ? Key(r.Mention) : null;
        foreach (var p in best.Values.OrderBy(p => p.First))
        {
            if (!string.Equals(Key(p.Mention), rulesKey, StringComparison.Ordinal))
            {
                options.Add(new Option(p, p.First, false, false));
            }
        }
        if (focus is not null && !options.Any(o => string.Equals(Key(o.Mention), Key(focus.Mention), StringComparison.Ordinal)))
        {
            options.Add(new Option(focus, -1, false, true));
        }
        if (elsewhere is not null)
        {
            options.RemoveAll(o => elsewhere.Contains(Key(o.Mention)));
        }
        options.RemoveAll(o => NotWhereSaid(index, e, o));
        // «… في قرية شيعية»: a deed its own sentence tells at an unnamed place is at none the sentence before names.
        if (options.Any(o => !o.IsFocus && o.Token >= 0 && o.Token < text.Sentences[sentence].First) && PlaceLinker.UnnamedPlace(index, e))
        {
            options.RemoveAll(o => !o.IsFocus && o.Token >= 0 && o.Token < text.Sentences[sentence].First);
        }
        // «وفي محافظة كركوك، أصيب جندي …»: a sentence that opens with a province turns the report there.
        options.RemoveAll(o => PlaceLinker.OutsideFramingProvince(index, e, o.Mention, o.IsFocus ? -1 : o.Token));
        return options;
    }

    private static int Gap(int first, int end, int trigger) => end <= trigger ? trigger - end : first >= trigger ? first - trigger : 0;

    /// <param name="paragraphPlace">The place of the event told before this one in its paragraph (its key), or null: a report goes on where it began.</param>
    public static void Compute(ArticleIndex index, EventCandidate e, Option option, int optionCount, DocumentCounts doc, DocumentFocus focus, Span<float> into, string? paragraphPlace = null)
    {
        into.Clear();
        var k = 0;
        var text = index.Text;
        var m = option.Mention;
        into[k++] = option.IsFocus ? 1 : 0;
        into[k++] = e.Place is not null && option.Token == e.PlaceToken && ReferenceEquals(option.Place, e.Place) ? 1 : 0;
        into[k++] = option.IsReference ? 1 : 0;
        var lexicon = PlaceLexicon.Default;
        if (!option.IsFocus && option.Token >= 0)
        {
            var first = option.Token;
            var end = option.IsReference ? first + 1 : option.Place.End;
            var signed = end <= e.First ? -(e.First - end + 1) : first >= e.End ? first - e.End + 1 : 0;
            into[k++] = signed;
            into[k++] = (float)Math.Log(1 + Math.Abs(signed));
            into[k++] = end <= e.First ? 1 : 0;
            into[k++] = text.Tokens[first].Clause == text.Tokens[e.First].Clause ? 1 : 0;
            into[k++] = text.Tokens[first].Sentence == text.Tokens[e.First].Sentence ? 1 : 0;
            into[k++] = text.Tokens[first].Sentence < text.Tokens[e.First].Sentence ? 1 : 0;
            into[k++] = TriggerBetween(index, e, first, end) ? 1 : 0;
            into[k++] = SayBetween(index, e, first, end) ? 1 : 0;
            into[k++] = SpeakerPlace(index, e, first) ? 1 : 0;
            into[k++] = ParenthesisAfter(text, end) ? 1 : 0;
            var prev = EventFeatures.PreviousWord(text, first);
            into[k++] = prev is not null && lexicon.Prepositions.Contains(prev.Norm) ? 1 : 0;
            var clitics = CliticsOf(text, option);
            into[k++] = clitics.Contains('ب') ? 1 : 0;
            into[k++] = clitics.Contains('ل') ? 1 : 0;
            into[k++] = prev is not null && lexicon.Cues.ContainsKey(prev.Norm) ? 1 : 0;
            into[k++] = prev is not null && lexicon.DirectionNouns.ContainsKey(prev.Norm) ? 1 : 0;
            into[k++] = prev is not null && string.Equals(prev.Norm, "مع", StringComparison.Ordinal) ? 1 : 0;
            into[k++] = ArticleIndex.IsFacility(option.Place) ? 1 : 0;
            into[k++] = doc.Dateline is not null && string.Equals(ArabicNormalizer.NormalizeKey(m.Text), doc.Dateline, StringComparison.Ordinal) ? 1 : 0;
            into[k++] = (float)Math.Log(1 + doc.Mentions.GetValueOrDefault(Key(m)));
            into[k++] = string.Equals(doc.Top, Key(m), StringComparison.Ordinal) ? 1 : 0;
            if (prev is not null)
            {
                into[WordStart + FeatureHash.Bucket(prev.Norm, WordBuckets)] = 1;
            }
        }
        else
        {
            k += 20;
        }
        into[k++] = string.Equals(m.Country, focus.Country, StringComparison.Ordinal) ? 1 : 0;
        into[k++] = focus.Governorate is not null && string.Equals(m.Admin1, focus.Governorate, StringComparison.Ordinal) ? 1 : 0;
        into[k++] = ActorCountry(e, m.Country) ? 1 : 0;
        into[k++] = e.Actor1 is { } a1 && !option.IsFocus && a1.Span.Overlaps(option.Place.Span) ? 1 : 0;
        into[k++] = (float)(m.Confidence ?? 1);
        into[k++] = optionCount;
        into[k++] = e.Place is null ? 1 : 0;
        into[k++] = e.Trigger.IsVerb ? 1 : 0;
        into[k++] = e.Actor1IsLocal ? 1 : 0;
        // «حي جوبر في دمشق», «قرية المالكية غربي السفيرة», «شعبا بريف دمشق»: a place framed by the next is the more specific of the two.
        var real = !option.IsFocus && !option.IsReference && option.Token >= 0;
        into[k++] = real && Neighbour(index, option.Place, after: true) ? 1 : 0;
        into[k++] = real && Neighbour(index, option.Place, after: false) ? 1 : 0;
        into[k++] = paragraphPlace is not null && string.Equals(paragraphPlace, Key(m), StringComparison.Ordinal) ? 1 : 0;
        into[k++] = e.Place is { } rp ? Rank(rp.Mention.Precision) - Rank(m.Precision) : 0;
        var precision = Array.IndexOf(Precisions, m.Precision);
        if (precision >= 0)
        {
            into[k + precision] = 1;
        }
        k += Precisions.Length;
        var source = Array.IndexOf(Sources, e.PlaceSource);
        if (source >= 0)
        {
            into[k + source] = 1;
        }
        k += Sources.Length;
        if (Array.IndexOf(TriggerLexicon.EventTypes, e.Type) is var t and >= 0)
        {
            into[k + t] = 1;
        }
        k += TriggerLexicon.EventTypes.Length;
        System.Diagnostics.Debug.Assert(k == WordStart);
    }

    private static int WordStart => Count - WordBuckets;

    /// <summary>The key an option's place is known by (its gazetteer id, else its name).</summary>
    internal static string KeyOf(PlaceMention m) => Key(m);

    private static int Rank(string precision) => precision switch
    {
        "point" => 0,
        "region" => 1,
        _ => 2,
    };

    /// <summary>Words that may stand between a place and the place framing it: «في», «ب», a comma, a direction («غربي»), a cue («مدينة»).</summary>
    private const int FrameGap = 3;

    /// <summary>True when another place of the same sentence starts (after) or ends (before) within a few tokens of <paramref name="p"/>.</summary>
    private static bool Neighbour(ArticleIndex index, PlaceHit p, bool after)
    {
        var sentence = index.Text.Tokens[p.First].Sentence;
        var i = index.FirstPlaceFrom(p.First);
        if (after)
        {
            for (var j = i; j < index.Places.Count && index.Places[j].First < p.End + FrameGap; j++)
            {
                var q = index.Places[j];
                if (q.First >= p.End && index.Text.Tokens[q.First].Sentence == sentence)
                {
                    return true;
                }
            }
            return false;
        }
        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            var q = index.Places[j];
            if (q.End <= p.First && q.End > p.First - FrameGap && index.Text.Tokens[q.First].Sentence == sentence)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when another event's trigger stands between the option and the trigger: the place is likely that event's.</summary>
    private static bool TriggerBetween(ArticleIndex index, EventCandidate e, int first, int end)
    {
        var (lo, hi) = end <= e.First ? (end, e.First) : (e.End, first);
        return index.HasTriggerIn(lo, hi);
    }

    /// <summary>
    /// True when the rules read the event's place before its trigger in its clause and that place
    /// may frame a report rather than locate the event: a reporting word stands between them, or a
    /// parenthesis opens after the place (a dateline, a place located for the reader).
    /// </summary>
    internal static bool FramesReport(ArticleIndex index, EventCandidate e)
    {
        if (e.Place is not { } p || e.PlaceToken < 0 || e.PlaceToken >= e.First || e.PlaceSource == "reference")
        {
            return false;
        }
        var text = index.Text;
        return SayBetween(index, e, p.First, p.End) || SpeakerPlace(index, e, p.First) || (ParenthesisAfter(text, p.End) && !(CompassGloss(text, p.End) && PlaceGovernors.Of(text, p.First, p.Span.Start) is not (PlaceRole.Toward or PlaceRole.Origin)));
    }

    /// <summary>Tokens a compass gloss may hold inside its parenthesis («(شمال غرب العاصمة)»).</summary>
    private const int GlossTokens = 5;

    /// <summary>
    /// «في مدينة دير الزور (شرق)، تدور اشتباكات», «داريا (جنوب غرب العاصمة)»: a parenthesis that
    /// opens on a compass word only says where in the country the place lies; it is neither a
    /// dateline («(ا ف ب)») nor a distance from a landmark («(160 كلم شمال بغداد)»), so the place it
    /// follows stays the rules' clause place. Opening the choice there let it take a facility the
    /// sentence before named. A place one goes to or comes from («توجه … الى شانلي اورفة (جنوب) غداة
    /// اعتداء») is no setting however glossed: the choice stays open there.
    /// </summary>
    private static bool CompassGloss(AnalyzedText text, int open)
    {
        var tokens = text.Tokens;
        if (open + 1 >= tokens.Count || !PlaceLexicon.Default.DirectionNouns.ContainsKey(tokens[open + 1].Norm))
        {
            return false;
        }
        for (var k = open + 2; k < tokens.Count && k <= open + GlossTokens; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm == ")")
            {
                return true;
            }
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a reporting word («قال», «أفاد», «بحسب») stands between the option and the trigger:
    /// «وقال ضابط في شرطة تكريت إن مسلحين اغتالوا…» names where the speaker is, not where it happened.
    /// </summary>
    private static bool SayBetween(ArticleIndex index, EventCandidate e, int first, int end)
    {
        var (lo, hi) = end <= e.First ? (end, e.First) : (e.End, first);
        return SayWithin(index, lo, hi);
    }

    /// <summary>Tokens back from a place to the reporting word of its speaker («قال ضابط في شرطة مدينة تكريت»).</summary>
    private const int SpeakerWindow = 8;

    /// <summary>
    /// True when the option stands before the trigger, shortly after a reporting word of its
    /// sentence: «وقال مصدر طبي في مدينة الرمادي إن مسلحين هاجموا…» names where the speaker is.
    /// </summary>
    private static bool SpeakerPlace(ArticleIndex index, EventCandidate e, int first)
    {
        if (first >= e.First)
        {
            return false;
        }
        var sentenceFirst = index.SentenceOf(first).First;
        return SayWithin(index, Math.Max(first - SpeakerWindow, sentenceFirst), first);
    }

    /// <summary>True when a reporting word («قال», «أفاد», «بحسب») stands at a word token in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <remarks>Each option of each candidate reads the tokens between it and its trigger: the answers are remembered per token (<see cref="ArticleIndex.Answer"/>).</remarks>
    private static bool SayWithin(ArticleIndex index, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (index.Answer(TokenQuestion.Say, i, static (index, i) => index.Text.Tokens[i].IsWord && AttributionFinder.IsReporting(index.Text, i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a parenthesis opens right after the option: a dateline («بيروت (ا ف ب) -») or a
    /// place located for the reader («تكريت (160 كلم شمال بغداد)»), which frames a report more often
    /// than it is where the event happened.
    /// </summary>
    private static bool ParenthesisAfter(AnalyzedText text, int end) =>
        end < text.Tokens.Count && text.Tokens[end].Kind == TokenKind.Punctuation && text.Tokens[end].Norm == "(";

    /// <summary>True when the place's country is one that the event's actors belong to or are fought in.</summary>
    private static bool ActorCountry(EventCandidate e, string? country)
    {
        if (country is null)
        {
            return false;
        }
        foreach (var a in new[] { e.Actor1, e.Actor2 })
        {
            if (a is not null && DocumentFocus.ActorCountries.TryGetValue(a.ActorId, out var countries) && Array.IndexOf(countries, country) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clitics the place's first token carries before the name («بحلب», «لدمشق»).</summary>
    private static ReadOnlySpan<char> CliticsOf(AnalyzedText text, Option option)
    {
        if (option.IsReference)
        {
            return [];
        }
        var token = text.Tokens[option.Place.First];
        var n = option.Place.Span.Start - token.Span.Start;
        return n <= 0 ? [] : text.Body.AsSpan(token.Span.Start, Math.Min(n, token.Span.Length));
    }
}
