using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// The learned choice of actor1: the rules' linker proposes its doer, and every actor named in
/// the trigger's sentence or the one before is an alternative, as is "nobody named". Each option
/// is scored on its own (where it stands from the trigger, in which clause, behind which
/// preposition, its class, how often the article names it, whether the rules chose it); the best
/// one is the doer. Most wrong doers of the rules are a named actor of the wrong clause or a
/// target read as the doer, which is what these features see.
/// </summary>
internal static class ActorChoice
{
    private static readonly string[] Classes = ["org", "army", "state", "body", "civ", "protest"];

    public const int NoneSlot = -1;

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>The features the actor2 choice reads: all of them.</summary>
    public static int Count => Names.Count;

    /// <summary>Where the argument features (<see cref="ActorArguments"/>) start.</summary>
    private static readonly int ArgumentsAt = Names.Count - ActorArguments.Count;

    /// <summary>
    /// The features the actor1 choice reads: the first ones, up to and with the argument cues
    /// (not the doer chosen, which is its own output, nor the hashed word before the mention).
    /// </summary>
    public static int Actor1Count { get; } = ArgumentsAt + ActorArguments.CueCount;

    private static List<string> BuildNames()
    {
        var n = new List<string> { "none", "rules_choice", "rules_actor2", "distance", "distance_log", "before_trigger", "same_clause", "same_sentence",
            "reference", "nisba", "armed", "civ", "protesters", "clitic_prep", "prep_before", "doc_mentions_log", "doc_top_actor", "options", "rules_none", "trigger_verb", "passive_near", "rules_local" };
        n.AddRange(Classes.Select(c => "class_" + c));
        n.AddRange(TriggerLexicon.EventTypes.Select(t => "type_" + t));
        // Written after the types (Compute's tail), so named there: the trace's explanations read these names by position.
        n.AddRange(["sentence_delta", "next_sentence", "same_paragraph", "right_after_trigger", "right_before_trigger", "between_clash"]);
        n.AddRange(ActorArguments.Names);
        return n;
    }

    /// <summary>One option: an actor mention (its nearest to the trigger), or none.</summary>
    internal readonly record struct Option(ActorHit? Hit)
    {
        public string? Id => Hit?.ActorId;
    }

    [ThreadStatic]
    private static Dictionary<string, ActorHit>? t_best;

    [ThreadStatic]
    private static List<ActorHit>? t_kept;

    /// <summary>At most this many tokens before the trigger are searched for options.</summary>
    public const int OptionTokensBefore = 300;

    /// <summary>At most this many tokens after the trigger are searched for options.</summary>
    public const int OptionTokensAfter = 200;

    /// <summary>
    /// The options for <paramref name="e"/>, the rules' choice <paramref name="rules"/> (their
    /// actor1, or their actor2 for the actor2 choice) among them; distinct ids, nearest mention
    /// each, from two sentences before the trigger's to the one after (a lead's noun trigger
    /// «مظاهرات …» often names its doers in the next sentence). The mentions are the candidate's
    /// (<see cref="CandidateCues.Nearest"/>); only the rules' choice differs between the two choices.
    /// </summary>
    public static List<Option> Options(ArticleIndex index, EventCandidate e, ActorHit? rules, CandidateCues cues)
    {
        var nearest = cues.Nearest;
        var deed = IsDeed(e);
        var options = new List<Option>(nearest.Length + 2) { new(null) };
        if (rules is not null && ((deed && (ActorArguments.CondemnsDeedAt(index, rules, e.First) || ActorArguments.TellsOfDeed(cues.Tellers, rules.ActorId, e))) || ActorArguments.PassiveSubject(index, rules, e)))
        {
            rules = null;
        }
        if (rules is not null && !HasActor(nearest, rules.ActorId))
        {
            options.Add(new Option(rules));
        }
        foreach (var hit in nearest)
        {
            options.Add(new Option(rules is not null && rules.ActorId == hit.ActorId ? rules : hit));
        }
        return options;
    }

    private static bool HasActor(ActorHit[] hits, string actorId)
    {
        foreach (var h in hits)
        {
            if (string.Equals(h.ActorId, actorId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // A condemner is no side of the deed it condemns, nor a state or body that tells of it; of an accusation or threat it is the doer.
    private static bool IsDeed(EventCandidate e) => EventTypes.IsLethalViolence(e.Type) || e.Type is "CAPTURE" or "ARREST";

    /// <summary>The nearest mention of each actor around the trigger that may be a side of it, in text order (see <see cref="Options"/>).</summary>
    private static ActorHit[] NearestMentions(ArticleIndex index, EventCandidate e, ActorArguments.Tellers tellers)
    {
        var text = index.Text;
        var sentence = text.Tokens[e.First].Sentence;
        // The token bounds only bind where sentences run to the segmenter's cap (text without
        // punctuation): there the window would hold thousands of tokens, and every candidate would
        // weigh every actor of them; no sentence of real news comes near.
        var from = Math.Max(text.Sentences[Math.Max(0, sentence - 2)].First, e.First - OptionTokensBefore);
        var to = Math.Min(text.Sentences[Math.Min(text.Sentences.Count - 1, sentence + 1)].End, e.End + OptionTokensAfter);
        // One scratch table per thread, emptied per call: a new one per candidate growing to the
        // window's actors was a steady share of the event stage's allocations.
        var best = t_best ??= new Dictionary<string, ActorHit>(StringComparer.Ordinal);
        best.Clear();
        var deed = IsDeed(e);
        // Only the actors of the window are read (bisection), so a long article costs per candidate what a short one does.
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            // The subject of a passive («اغتيل القيادي») suffers the deed: the grammar leaves no doubt, so it is no option.
            if ((deed && ActorArguments.CondemnsDeedAt(index, a, e.First)) || ActorArguments.PassiveSubject(index, a, e))
            {
                continue;
            }
            if (!best.TryGetValue(a.ActorId, out var seen) || Gap(a, e.First) < Gap(seen, e.First))
            {
                best[a.ActorId] = a;
            }
        }
        var kept = t_kept ??= [];
        kept.Clear();
        foreach (var hit in best.Values)
        {
            if (!deed || !ActorArguments.TellsOfDeed(tellers, hit.ActorId, e))
            {
                kept.Add(hit);
            }
        }
        // In text order, equals in the table's order (insertion: the table is only added to since
        // it was emptied). A stable insertion sort of the few mentions in a per-thread list gives
        // what a LINQ ordering gave, without its key and index arrays for every candidate.
        for (var i = 1; i < kept.Count; i++)
        {
            var hit = kept[i];
            var j = i - 1;
            for (; j >= 0 && kept[j].First > hit.First; j--)
            {
                kept[j + 1] = kept[j];
            }
            kept[j + 1] = hit;
        }
        return [.. kept];
    }

    /// <summary>«اشتباكات بين X و Y»: the first named side of a «بين» pair, where no one attacks, is the doer (docs/annotation.md 6.3).</summary>
    private static bool BetweenClash(ArticleIndex index, ActorHit hit)
    {
        var text = index.Text;
        for (var i = hit.First - 1; i >= 0 && i >= hit.First - 2; i--)
        {
            if (WordRoles.EventWords.IsWholeWord(text.Tokens[i].Norm, "between"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «شنت قوات النظام وحزب الله هجوماً»: of two doers joined by «و», the first named is the
    /// core doer and the second an optional co-actor (docs/annotation.md 6.3, "one attack by two
    /// named attackers"). When the choice lands on the second of such a pair and the first is an
    /// option too, the first is taken. «بين X وY» is left alone: there Y is the other side. Only
    /// two armed sides count, the first free of a preposition: a list of victims or targets
    /// («اعتقال مواطنين وعناصر من الحزب», «غارات على الجيش وحزب الله») names no doer first.
    /// </summary>
    public static Option? FirstOfPair(ArticleIndex index, Option chosen, List<Option> options)
    {
        if (chosen.Hit is not { IsArmed: true, Clitics: "و" } second)
        {
            return null;
        }
        var actors = index.Actors;
        for (var i = index.FirstActorFrom(Math.Max(0, second.First - PairReach)); i < actors.Count && actors[i].First < second.First; i++)
        {
            var first = actors[i];
            if (first.End != second.First || !first.IsArmed || string.Equals(first.ActorId, second.ActorId, StringComparison.Ordinal) || BetweenClash(index, first)
                || index.IsPrepositionBefore(first) || first.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0)
            {
                continue;
            }
            foreach (var option in options)
            {
                if (string.Equals(option.Id, first.ActorId, StringComparison.Ordinal))
                {
                    return option;
                }
            }
        }
        return null;
    }

    /// <summary>The longest actor name, in tokens, that <see cref="FirstOfPair"/> looks back over for the first of a pair.</summary>
    private const int PairReach = 8;

    /// <summary>True when no paragraph opens after token <paramref name="first"/> and at or before <paramref name="last"/> (bisection: paragraphs are in text order).</summary>
    private static bool SameParagraph(Text.AnalyzedText text, int first, int last)
    {
        var paragraphs = text.Paragraphs;
        var lo = Text.Ordered.LowerBound(paragraphs, first + 1, static p => p.First);
        return lo == paragraphs.Count || paragraphs[lo].First > last;
    }

    private static int Gap(ActorHit a, int trigger) => a.End <= trigger ? trigger - a.End : a.First >= trigger ? a.First - trigger : 0;

    /// <param name="actor1">The doer chosen so far: the rules' for the actor1 choice, the chosen one for the actor2 choice.</param>
    public static void Compute(ArticleIndex index, EventCandidate e, Option option, int optionCount, Dictionary<string, int> docCounts, string? topActor, CandidateCues cues, ActorHit? actor1, Span<float> into)
    {
        into.Clear();
        var k = 0;
        var hit = option.Hit;
        into[k++] = hit is null ? 1 : 0;
        into[k++] = hit is null ? (e.Actor1 is null ? 1 : 0) : (e.Actor1?.ActorId == hit.ActorId ? 1 : 0);
        into[k++] = hit is not null && e.Actor2?.ActorId == hit.ActorId ? 1 : 0;
        var text = index.Text;
        if (hit is not null)
        {
            var signed = hit.End <= e.First ? -(e.First - hit.End + 1) : hit.First >= e.End ? hit.First - e.End + 1 : 0;
            into[k++] = signed;
            into[k++] = (float)Math.Log(1 + Math.Abs(signed));
            into[k++] = hit.End <= e.First ? 1 : 0;
            into[k++] = text.Tokens[hit.First].Clause == text.Tokens[e.First].Clause ? 1 : 0;
            into[k++] = text.Tokens[hit.First].Sentence == text.Tokens[e.First].Sentence ? 1 : 0;
            into[k++] = hit.IsReference ? 1 : 0;
            into[k++] = hit.IsNisba ? 1 : 0;
            into[k++] = hit.IsArmed ? 1 : 0;
            into[k++] = hit.ActorId == "CIV" ? 1 : 0;
            into[k++] = hit.ActorId == "PROTESTERS" ? 1 : 0;
            into[k++] = hit.Clitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0 ? 1 : 0;
            into[k++] = index.IsPrepositionBefore(hit) ? 1 : 0;
            into[k++] = (float)Math.Log(1 + docCounts.GetValueOrDefault(hit.ActorId));
            into[k++] = topActor == hit.ActorId ? 1 : 0;
        }
        else
        {
            k += 14;
        }
        var tail = k + 5 + Classes.Length + TriggerLexicon.EventTypes.Length;
        if (hit is not null)
        {
            var delta = text.Tokens[hit.First].Sentence - text.Tokens[e.First].Sentence;
            into[tail] = delta;
            into[tail + 1] = delta > 0 ? 1 : 0;
            into[tail + 2] = SameParagraph(text, Math.Min(hit.First, e.First), Math.Max(hit.First, e.First)) ? 1 : 0;
            // Arabic is verb-subject-object: the first name right after a verb is its doer; right
            // after a noun it is the noun's genitive, a doer or a target by the type.
            into[tail + 3] = hit.First >= e.End && hit.First - e.End <= 1 ? 1 : 0;
            into[tail + 4] = hit.End <= e.First && e.First - hit.End <= 1 ? 1 : 0;
            into[tail + 5] = BetweenClash(index, hit) ? 1 : 0;
        }
        into[k++] = optionCount;
        into[k++] = e.Actor1 is null ? 1 : 0;
        into[k++] = e.Trigger.IsVerb ? 1 : 0;
        into[k++] = cues.PassiveNear ? 1 : 0;
        into[k++] = e.Actor1IsLocal ? 1 : 0;
        if (hit?.Entry?.Class is { } cls && Array.IndexOf(Classes, cls) is var c and >= 0)
        {
            into[k + c] = 1;
        }
        k += Classes.Length;
        if (Array.IndexOf(TriggerLexicon.EventTypes, e.Type) is var t and >= 0)
        {
            into[k + t] = 1;
        }
        ActorArguments.Compute(index, e, hit, actor1, cues, into[ArgumentsAt..]);
    }

    /// <summary>How often the article names each actor, and the one it names most.</summary>
    public static (Dictionary<string, int> Counts, string? Top) DocumentCounts(ArticleIndex index)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in index.Actors)
        {
            counts[a.ActorId] = counts.GetValueOrDefault(a.ActorId) + 1;
        }
        string? top = null;
        var most = 0;
        foreach (var (id, n) in counts)
        {
            if (n > most || (n == most && string.CompareOrdinal(id, top) < 0))
            {
                (top, most) = (id, n);
            }
        }
        return (counts, top);
    }

    /// <summary>True when an impersonal passive marker stands just before the trigger.</summary>
    public static bool PassiveNear(ArticleIndex index, EventCandidate e) => EventFeatures.RoleNear(index, "passive", e.First - 3, e.First);

    /// <summary>
    /// What every option of one candidate shares, read once per candidate rather than once per
    /// option, and for both choices: its type and trigger must not change between the two.
    /// </summary>
    internal readonly record struct CandidateCues(bool PassiveNear, bool TriggerReported, bool UndergoTrigger, string? ParagraphTop, ActorArguments.Tellers Tellers, ActorHit[] Nearest)
    {
        public static CandidateCues Of(ArticleIndex index, EventCandidate e)
        {
            var tellers = ActorArguments.Tellers.Of(index, e);
            return new(ActorChoice.PassiveNear(index, e), ActorArguments.TriggerReported(index, e), ActorArguments.UndergoTrigger(index, e), ActorArguments.ParagraphTop(index, e), tellers, NearestMentions(index, e, tellers));
        }
    }
}
