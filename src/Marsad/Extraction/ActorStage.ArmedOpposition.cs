using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// «الذين اختطفهم مسلحون من المعارضة السورية», «مقاتلين من المعارضة السورية»: gunmen or fighters «من» a country's
    /// political opposition (national_actors.tsv opposition: SYR-OPP) are its armed opposition (the insurgents of the same
    /// row: SYR-REBELS in Syria), not the political body, which takes up no arms; read as the body, the linker left the
    /// abduction such gunmen did without a doer (hand-read 07l Y10). A unit or force noun is not read: only the word
    /// for armed men says they carry arms.
    /// </summary>
    private static ActorHit ArmedOpposition(ActorHit a)
    {
        if (!ActorLexicon.IsOpposition(a.ActorId))
        {
            return a;
        }
        foreach (var row in ActorLexicon.National.Values)
        {
            if (string.Equals(row.Opposition, a.ActorId, StringComparison.Ordinal))
            {
                var id = row.Insurgents;
                return a with { ActorId = id, Entry = a.Entry is { } entry ? entry with { Id = id, Class = "org" } : null };
            }
        }
        return a;
    }
}
