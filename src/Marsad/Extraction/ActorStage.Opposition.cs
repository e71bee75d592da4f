using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// Whether a match of a bare «المعارضون/المعارضين/المعارضة» row (class rebels) names no armed opposition here:
    /// the oblique plural not the noun of «إنّ/أنّ» («ينتقد المعارضين», «انتقاء المعارضين السوريين»: an object or a
    /// genitive, of political opponents as often as of fighters); the singular as the adjective of a definite noun
    /// («الفصائل المعارضة», «منظمة مجاهدي خلق الإيرانية المعارضة»), whose own row, if any, says who it is; and the
    /// singular next to a word of an unarmed opposition (actor_roles.tsv unarmedopp: «قوى الثورة والمعارضة»,
    /// «وفد المعارضة», «المعارضة السياسية», «نشطاء المعارضة»).
    /// </summary>
    private static bool IsNoRebelsMention(AnalyzedText text, PhraseMatch<ActorEntry> m)
    {
        var norm = text.Tokens[m.First].Norm;
        var before = m.First - 1;
        if (norm.EndsWith("ين", StringComparison.Ordinal))
        {
            return !(before >= 0 && WordRoles.ActorRoles.Is(text, before, "that", true));
        }
        // «شبكة شام الإخبارية "المعارضة"»: the adjective set in quotes still follows its noun.
        if (before > 0 && (text.Tokens[before].IsQuoteMark || text.Tokens[before].Norm is "«"))
        {
            before--;
        }
        var sameClause = before >= 0 && text.Tokens[before].Clause == text.Tokens[m.First].Clause;
        if (sameClause && m.FirstReading.Prefix == 0 && text.Tokens[before].IsWord && DefiniteForm.IsDefinite(text.Tokens[before].Norm))
        {
            return true;
        }
        return (sameClause && WordRoles.ActorRoles.Is(text, before, "unarmedopp", true))
            || (m.End < text.Tokens.Count && text.Tokens[m.End].Clause == text.Tokens[m.First].Clause
                && WordRoles.ActorRoles.Is(text, m.End, "unarmedopp", true));
    }
}
