using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The learned attachment of a death toll to an event (issue 9): every statement of dead, or of
/// nobody dead, in the trigger's sentence and the sentences next to it in its paragraph is an
/// option (and every toll of the lead paragraph), and so is "none"; each is scored on its own (where it stands from the trigger, whether
/// another trigger stands between, whether a word of tallies or of consequence surrounds it, how
/// precise its number is, whether the rules chose it), and the best one is the event's toll. The
/// rules take the nearest toll of the sentence, which is another event's when a sentence tells two
/// happenings, a total when it sums a day, and nothing when the toll is told in the next sentence.
/// </summary>
internal static class TollChoice
{
    /// <summary>Tokens around a toll read for words of tallies, consequence and cause.</summary>
    private const int Window = 5;

    public static readonly string[] Types = ["ASSAULT", "REMOTE", "ATTACK_CIVILIANS", "CAPTURE"];

    private static readonly string[] Roles = ["total", "consequence", "cause", "source"];


    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    private static List<string> BuildNames()
    {
        var n = new List<string> { "none", "rules_choice", "rules_none", "zero", "count_log", "lower_bound", "unnumbered", "distance", "distance_log", "before_trigger",
            "same_clause", "same_sentence", "previous_sentence", "next_sentence", "trigger_between", "tolls_in_sentence", "options", "inside_trigger",
            "nearest_log", "any_same_sentence", "coordinated_places", "trigger_verb", "actor1", "in_lead", "other_paragraph" };
        n.AddRange(Roles.Select(r => r + "_before"));
        n.AddRange(Roles.Select(r => r + "_after"));
        n.AddRange(Roles.Select(r => r + "_between"));
        n.AddRange(Types.Select(t => "type_" + t));
        return n;
    }

    /// <summary>True for the event types a toll is read for (the rules' <c>FatalityEnricher</c> types).</summary>
    public static bool Applies(string type) => Array.IndexOf(Types, type) >= 0;

    /// <summary>One option: a statement of dead (<see cref="Zero"/>: of nobody dead), or none when <see cref="Mention"/> is null.</summary>
    internal readonly record struct Option(FatalityMention? Mention, bool Zero);

    /// <summary>The tolls of the trigger's sentence and of the sentences before and after it in its paragraph, then none.</summary>
    public static List<Option> Options(ArticleIndex index, EventCandidate e)
    {
        var text = index.Text;
        var sentence = text.Tokens[e.First].Sentence;
        var paragraph = text.Paragraphs.FirstOrDefault(p => p.First <= e.First && e.First < p.End);
        var from = Math.Max(paragraph.First, text.Sentences[Math.Max(0, sentence - 1)].First);
        var to = Math.Min(paragraph.End, text.Sentences[Math.Min(text.Sentences.Count - 1, sentence + 1)].End);
        if (paragraph.End <= paragraph.First)
        {
            (from, to) = (text.Sentences[sentence].First, text.Sentences[sentence].End);
        }
        // The lead tells the day's toll once for a report whose body then details the happening.
        var lead = text.Paragraphs.Count > 0 ? text.Paragraphs[0] : default;
        var options = new List<Option>();
        foreach (var m in index.Fatalities)
        {
            if ((m.First >= from && m.First < to) || (m.First >= lead.First && m.First < lead.End))
            {
                options.Add(new Option(m, false));
            }
        }
        foreach (var m in index.NoDeaths)
        {
            if (m.First >= from && m.First < to && !ZeroScope.OfAnotherDeed(index, e, m))
            {
                options.Add(new Option(m, true));
            }
        }
        options.Add(new Option(null, false));
        return options;
    }

    public static void Compute(ArticleIndex index, EventCandidate e, List<Option> options, int option, Span<float> into)
    {
        into.Clear();
        var text = index.Text;
        var o = options[option];
        var trigger = text.Tokens[e.First];
        var rulesMention = e.Fatalities is null ? null : e.FatalitySource;
        var k = 0;
        into[k++] = o.Mention is null ? 1 : 0;
        into[k++] = o.Mention is null ? (rulesMention is null ? 1 : 0) : ReferenceEquals(o.Mention, rulesMention) ? 1 : 0;
        into[k++] = rulesMention is null ? 1 : 0;
        var nearest = int.MaxValue;
        var anySame = false;
        foreach (var other in options)
        {
            if (other.Mention is { } om)
            {
                nearest = Math.Min(nearest, Gap(om, e));
                anySame |= text.Tokens[om.First].Sentence == trigger.Sentence;
            }
        }
        if (o.Mention is { } m)
        {
            var first = text.Tokens[m.First];
            var signed = m.End <= e.First ? -(e.First - m.End + 1) : m.First >= e.End ? m.First - e.End + 1 : 0;
            into[k++] = o.Zero ? 1 : 0;
            into[k++] = (float)Math.Log(1 + m.Count);
            into[k++] = m.IsLowerBound ? 1 : 0;
            into[k++] = m.IsLowerBound && m.Count <= 3 ? 1 : 0;
            into[k++] = signed;
            into[k++] = (float)Math.Log(1 + Math.Abs(signed));
            into[k++] = m.End <= e.First ? 1 : 0;
            into[k++] = first.Clause == trigger.Clause ? 1 : 0;
            into[k++] = first.Sentence == trigger.Sentence ? 1 : 0;
            into[k++] = first.Sentence < trigger.Sentence ? 1 : 0;
            into[k++] = first.Sentence > trigger.Sentence ? 1 : 0;
            var (lo, hi) = m.End <= e.First ? (m.End, e.First) : (e.End, m.First);
            into[k++] = index.HasTriggerIn(lo, hi) ? 1 : 0;
            into[k++] = index.Fatalities.Count(x => text.Tokens[x.First].Sentence == first.Sentence);
            into[k++] = options.Count;
            into[k++] = m.First < e.End && e.First < m.End ? 1 : 0;
            into[InLead] = m.First < LeadEnd(text) ? 1 : 0;
            into[InLead + 1] = text.Paragraphs.Count > 0 && !text.SameParagraph(m.First, e.First) ? 1 : 0;
            var roles = k + 7;
            var sentence = text.Sentences[first.Sentence];
            for (var r = 0; r < Roles.Length; r++)
            {
                into[roles + r] = RoleIn(text, Roles[r], Math.Max(sentence.First, m.First - Window), m.First) ? 1 : 0;
                into[roles + Roles.Length + r] = RoleIn(text, Roles[r], m.End, Math.Min(sentence.End, m.End + Window)) ? 1 : 0;
                into[roles + (2 * Roles.Length) + r] = RoleIn(text, Roles[r], lo, hi) ? 1 : 0;
            }
        }
        else
        {
            k += 15;
            into[k - 2] = options.Count;
        }
        into[k++] = nearest == int.MaxValue ? -1 : (float)Math.Log(1 + nearest);
        into[k++] = anySame ? 1 : 0;
        into[k++] = e.CoordinatedPlaces.Count;
        into[k++] = e.Trigger.IsVerb ? 1 : 0;
        into[k++] = e.Actor1 is null ? 0 : 1;
        k += 2 + (3 * Roles.Length);
        if (Array.IndexOf(Types, e.Type) is var t and >= 0)
        {
            into[k + t] = 1;
        }
        System.Diagnostics.Debug.Assert(k + Types.Length == Count);
    }

    private static readonly int InLead = Names.ToList().IndexOf("in_lead");

    private static int LeadEnd(AnalyzedText text) => text.Paragraphs.Count > 0 ? text.Paragraphs[0].End : 0;

    private static int Gap(FatalityMention m, EventCandidate e) => m.End <= e.First ? e.First - m.End : m.First >= e.End ? m.First - e.End : 0;

    private static bool RoleIn(AnalyzedText text, string role, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(text.Tokens.Count, to); i++)
        {
            if (text.Tokens[i].IsWord && WordRoles.Tolls.Is(text, i, role, true))
            {
                return true;
            }
        }
        return false;
    }
}
