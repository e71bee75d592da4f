using Marsad.Evaluation;

namespace Marsad.Learning;

/// <summary>
/// The keep labels of one article's candidates, one-to-one: each coded event makes one candidate
/// positive, the one the scorer would take (the earliest telling among those that match it); a
/// later telling that matches the same coded event is a negative, because keeping it as well
/// adds nothing where it merges and a false positive where it does not. With many-to-one labels
/// (every matching telling positive) a retelling that matches is a positive and one that is
/// mislinked a negative, and the model learned to keep copies (docs/learning.md, "Precision,
/// ninth step").
/// </summary>
internal static class EventKeepLabels
{
    /// <summary>Weight of a positive only an optional gold event makes: fair to find or to miss.</summary>
    internal const float OptionalWeight = 0.5f;

    /// <summary>Weight of a negative that is a later matching telling of a coded event another candidate takes.</summary>
    /// <remarks>Half weight gave the same keep-study F1 (0.405 ± 0.004 against 0.406 ± 0.013) with a higher precision and a lower recall; the plain rule is kept.</remarks>
    internal const float RetellingWeight = 1f;

    /// <summary>
    /// The label of each row: a weight &gt; 0 for a positive (1, or <see cref="OptionalWeight"/>),
    /// 0 for a negative; <paramref name="retelling"/>[i] is true for a negative that matches a
    /// coded event another row takes.
    /// </summary>
    public static float[] Of(GoldDocument gold, IReadOnlyList<CandidateRow> rows, out bool[] retelling)
    {
        var weights = new float[rows.Count];
        retelling = new bool[rows.Count];
        if (rows.Count == 0 || gold.Events.Count == 0)
        {
            return weights;
        }
        var records = rows.Select(r => r.Record).ToList();
        // The assignment takes the earliest matching row of each coded event (core ones first): the
        // copy that the merge of repeated tellings keeps. A row a hard gate drops whatever its score
        // comes last: it can never be the kept copy, and taking the event from a copy that can
        // («قتل خمسة أطفال إثر سقوط قذيفة»: the killing, a gated toll, before its strike) taught the
        // model to drop the strike.
        var gated = new Dictionary<Output.EventRecord, bool>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            gated[row.Record] = row.Gated;
        }
        var taken = EventMatcher.Assign(gold.Events, records, (g, s) => EventMatcher.Matches(gold, g, s), (_, s) => gated[s] ? 1 : 0);
        for (var g = 0; g < gold.Events.Count; g++)
        {
            if (taken[g] >= 0)
            {
                weights[taken[g]] = Math.Max(weights[taken[g]], gold.Events[g].Optional ? OptionalWeight : 1f);
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (weights[i] > 0)
            {
                continue;
            }
            foreach (var g in gold.Events)
            {
                if (EventMatcher.Matches(gold, g, rows[i].Record))
                {
                    retelling[i] = true;
                    break;
                }
            }
        }
        return weights;
    }
}
