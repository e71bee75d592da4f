using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>Where a source is, told in its own phrase before its verb of saying: «مراسل بي بي سي في واشنطن بول ادامز يقول إن …».</summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens back from a place's preposition to the source it qualifies («مراسل بي بي سي في»: 4).</summary>
    private const int SourceReach = 4;

    /// <summary>Tokens from a place to the verb of saying of its source («واشنطن بول ادامز يقول»: 3).</summary>
    private const int SourceSayReach = 4;

    /// <summary>
    /// «الا ان مراسل بي بي سي في واشنطن بول ادامز يقول إن انباء الغارة …», «مصادر في أنقرة تقول إن الطائرات قصفت …»:
    /// a place behind «في» or «من» that qualifies a source of attribution.tsv (a reporter, an official, sources), when
    /// that source's verb of saying follows it, is where the source is: the subject told before its verb. A deed of
    /// force the source tells, or one told beside it, did not happen there for that. The verb first («قال مصدر في
    /// الرمادي إن مسلحين هاجموا …») is left: there the source is most often local, and the deed in its town.
    /// </summary>
    internal static bool SpeakerSite(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        if (!EventTypes.IsUseOfForce(e.Type) || GoverningWord(index, p) is not { } governor
            || (governor != p.First - 1 && index.Token(p.First).Span.Start == p.Span.Start) || index.Token(governor).Norm is not ("في" or "من"))
        {
            return false;
        }
        var text = index.Text;
        var sentence = index.Token(p.First).Sentence;
        var source = false;
        for (var k = governor - 1; k >= Math.Max(0, governor - SourceReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || !t.IsWord || index.IsTrigger(k) || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (WordRoles.Attribution.Is(text, k, "source", allowClitics: true))
            {
                source = true;
                break;
            }
        }
        if (!source)
        {
            return false;
        }
        for (var k = p.End; k < Math.Min(index.Count, p.End + SourceSayReach); k++)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || !t.IsWord || index.IsTrigger(k))
            {
                return false;
            }
            if (WordRoles.Attribution.Is(text, k, "say", allowClitics: true))
            {
                return true;
            }
        }
        return false;
    }
}
