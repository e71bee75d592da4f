using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// «نفذت قوات التحالف الدولي 20 غارة … وأضاف البيان أن التحالف شن أيضا 13 غارة جوية في سورية»: a bare «التحالف» repeats
    /// the noun of the coalition named before (actors.tsv ref, class coalition: the last actor a name opening with «التحالف»
    /// named), as «الائتلاف» repeats a body's. Unread, the raids in Syria took the doer of the sentence before («ناقلة جنود»:
    /// Iraq's soldiers). Not when a definite adjective follows it («التحالف الوطني», «التحالف الكردستاني»): that names
    /// another alliance, a political list, which no row reads.
    /// </summary>
    private bool IsQualifiedAlliance(AnalyzedText text, int end) =>
        end < text.Tokens.Count && text.Tokens[end].Sentence == text.Tokens[end - 1].Sentence
        && DefiniteForm.IsDefinite(text.Tokens[end].Norm) && !words.Is(text, end, "relative", allowClitics: false);

    /// <summary>Adds the coalition a bare «التحالف» repeats, when one was named before and no adjective follows.</summary>
    private void ReadCoalition(ExtractionContext context, PhraseMatch<ActorEntry> m, ActorEntry entry, Dictionary<string, string> lastByHead)
    {
        if (entry.Head is { } head && lastByHead.TryGetValue(head, out var coalition) && !IsQualifiedAlliance(context.Text, m.End))
        {
            context.Actors.Add(new ActorHit(m.First, m.End, m.Span, coalition, true, entry with { Id = coalition, Class = "army" }) { Clitics = Clitics(context.Text, m) });
        }
    }
}
