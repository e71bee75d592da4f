using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>Tokens after the shell its verb of falling may stand when the shell is told with its kind or others joined to it.</summary>
    private const int ShellListReach = 10;

    /// <summary>
    /// «قذيفة صاروخية وقذيفة هاون و(مدفع جهنم) سقطت على بلدتي …», «قذيفة من نوع غراد سقطت في …»: the shell is the
    /// subject of a verb of falling told after the shells joined to it or after its kind, farther than
    /// <see cref="FallReach"/>. Nothing between may be a party (a doer of its own: «قذائف أطلقها المسلحون سقطت») or a
    /// verb (another clause: «قذيفة أصابت منزلا وسقطت»); then the shell fell, and names its doer after itself or not at
    /// all, as a shell right before its verb does (handread 07h, T16: the besieged towns' own army made the doer of the
    /// shells that fell on them; Q22).
    /// </summary>
    private static bool FellAfterShellList(ArticleIndex index, EventCandidate e, int clauseEnd)
    {
        // Only a projectile or a bomb falls or goes off; a noun of shelling far before «سقط» is mostly told with its toll
        // («قصف على الحي سقط خلاله قتلى»).
        if (!HasRole(index, e.First, e.End, "missile") && !HasRole(index, e.First, e.End, "device"))
        {
            return false;
        }
        // «استهدفت بقذيفة هاون فيما سقطت قذيفة على …»: a shell behind a preposition is an instrument, never the subject
        // of a verb of falling; the verb after it is another shell's.
        var norm = index.Token(e.First).Norm;
        if (e.Reading.Prefix > 0 && norm[..e.Reading.Prefix].TrimStart('و', 'ف').Length > 0)
        {
            return false;
        }
        for (var k = e.End; k < Math.Min(clauseEnd, e.End + ShellListReach); k++)
        {
            if (index.IsRole(k, "fall", true))
            {
                return true;
            }
            if (index.ActorAt(k) is not null || index.IsRole(k, "doer", true)
                || (TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } m && m.Values.Any(static t => t.IsVerb)))
            {
                return false;
            }
        }
        return false;
    }
}
