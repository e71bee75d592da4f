using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// A longer name the sources lack is no place of its first word (s36-namesake): «بلدة قلعة
/// المضيف» is not a village called «قلعة», «حي أم فارق» not a quarter called «أم».
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// A name read as a lone head noun (place_name_heads.tsv), alone or behind its cue word, with a
    /// word right after it in its sentence that is neither a preposition nor another name: the
    /// writer's name goes on, and the row of the head alone is a namesake of nothing. A longer name
    /// the gazetteer holds is matched whole and never comes here.
    /// </summary>
    private bool CutToItsHead(Match m, AnalyzedText text)
    {
        var tokens = text.Tokens;
        var length = m.End - m.First;
        if (!m.Accepted || length > 2 || length == 2 && m.CueKind is null || m.End >= tokens.Count)
        {
            return false;
        }
        var head = tokens[m.End - 1];
        if (!L.NameHeads.Contains(ArabicNormalizer.NormalizeKey(head.Norm)) || head.Span.End < m.Span.End)
        {
            return false;
        }
        var next = tokens[m.End];
        return next.IsWord && next.Sentence == head.Sentence && next.Span.Start <= head.Span.End + 1
            && !L.Prepositions.Contains(next.Norm) && !L.Cues.ContainsKey(next.Norm) && next.Norm.Length >= 3 && !char.IsDigit(next.Norm[0]);
    }
}
