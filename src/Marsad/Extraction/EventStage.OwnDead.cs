using Marsad.Pipeline;

namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>Words (an adjective of the deed: «فاشلة») that may stand between the deed noun and the verb of doing told of it.</summary>
    private const int OwnDeedReach = 2;

    /// <summary>
    /// «قتل 25 مقاتلا من المعارضة السورية خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية»: a deed noun followed by
    /// a verb of doing with a plural subject of its own (event_words.tsv doer: «قاموا بها», «نفذوه», «شنوه») was done by
    /// men the sentence told before it, the counted dead themselves: they fell in their own attack, and stay its doer.
    /// The singular forms («قامت به», «نفذته») are not read: they name a body or a force, as often the other side.
    /// </summary>
    private static bool DoneByItsDead(ArticleIndex index, EventCandidate e)
    {
        var clause = index.Token(e.First).Clause;
        for (var k = e.End; k <= e.End + OwnDeedReach && k < index.Count && index.Token(k).Clause == clause; k++)
        {
            if (index.Role(k, "doer", true) is { } marker)
            {
                return index.Token(marker.First).Norm.Contains("وا", StringComparison.Ordinal) || index.Token(marker.First).Norm.EndsWith("وه", StringComparison.Ordinal)
                    || index.Token(marker.First).Norm.EndsWith("وها", StringComparison.Ordinal);
            }
        }
        return false;
    }
}
