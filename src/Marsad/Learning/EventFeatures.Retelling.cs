using Marsad.Extraction;

namespace Marsad.Learning;

/// <summary>
/// Whether the candidate tells again a happening an earlier candidate of its article told: news
/// gives the lead, then the details («الهجوم الذي وقع…»), then a statement about it, and each
/// telling is a candidate. With one-to-one keep labels (<see cref="EventKeepLabels"/>) only the
/// telling a coded event takes is a positive, so these features let the keep model learn which
/// copy to keep. Only earlier candidates the rules would keep are compared: they are the same in
/// training (where the keep model is not yet there) and when the shipped model decides.
/// </summary>
internal static partial class EventFeatures
{
    /// <summary>A property, not a field: <see cref="Names"/> is built in another file's initializer, which may run first.</summary>
    private static string[] RetellingNames =>
        ["retold_same_place", "retold_other_doer", "retold_other_violent", "retold_sentences_back", "retold_same_type_log", "trigger_definite"];

    /// <summary>Violent types one happening is often told as in turn (a shelling, then «الهجوم»).</summary>
    private static readonly HashSet<string> Violent = new(StringComparer.Ordinal) { "ASSAULT", "REMOTE", "ATTACK_CIVILIANS" };

    /// <summary>An earlier telling as the retelling features compare with it.</summary>
    internal sealed record Told(EventCandidate Event, string Type, string? Actor1, string? Date, int Sentence);

    internal sealed partial class DocumentSignals
    {
        private readonly List<Told> _told = [];

        /// <summary>Records a candidate whose features are final, for the candidates after it; only one the rules would keep is a telling.</summary>
        public void Remember(ArticleIndex index, EventCandidate e, DropReason reason)
        {
            if (reason == DropReason.None)
            {
                _told.Add(new Told(e, e.Type, e.Actor1?.ActorId, e.Date?.Value, index.Text.Tokens[e.First].Sentence));
            }
        }

        internal IReadOnlyList<Told> Earlier => _told;
    }

    private static void Retelling(ArticleIndex index, EventCandidate e, DocumentSignals doc, Span<float> into, ref int k)
    {
        var sentence = index.Text.Tokens[e.First].Sentence;
        var samePlace = false;
        var otherDoer = false;
        var otherViolent = false;
        var back = -1;
        var sameType = 0;
        foreach (var t in doc.Earlier)
        {
            if (t.Event.First >= e.First)
            {
                continue;
            }
            var type = string.Equals(t.Type, e.Type, StringComparison.Ordinal);
            sameType += type ? 1 : 0;
            if (!EventMerger.SamePlace(t.Event, e) || !SameDay(t.Date, e.Date?.Value))
            {
                continue;
            }
            if (type)
            {
                samePlace = true;
                otherDoer |= !string.Equals(t.Actor1, e.Actor1?.ActorId, StringComparison.Ordinal);
                back = back < 0 ? sentence - t.Sentence : Math.Min(back, sentence - t.Sentence);
            }
            else if (Violent.Contains(t.Type) && Violent.Contains(e.Type))
            {
                otherViolent = true;
            }
        }
        into[k++] = samePlace ? 1 : 0;
        into[k++] = otherDoer ? 1 : 0;
        into[k++] = otherViolent ? 1 : 0;
        into[k++] = back < 0 ? -1 : (float)Math.Log(1 + back);
        into[k++] = (float)Math.Log(1 + sameType);
        into[k++] = !e.Trigger.IsVerb && e.Reading.HasArticle ? 1 : 0;
    }

    /// <summary>Two tellings can be of one day unless both carry a date and the dates differ.</summary>
    private static bool SameDay(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);
}
