using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>Sentences after the owned telling within which a definite repetition of its noun still takes it back.</summary>
    private const int OwnedAirReach = 3;

    /// <summary>The last warplanes a nationality owned («أقلعت 10 طائرات حربية تركية»): the noun's stem, the owner's forces and the sentence.</summary>
    private readonly record struct OwnedAir(string Stem, string Forces, int Sentence);

    /// <summary>
    /// «أقلعت 10 طائرات حربية تركية … وذكرت الشبكة أن الطائرات الحربية قصفت معسكرات … في شمال العراق»: the definite
    /// repetition of the warplanes' own noun, with no owner of its own, takes back the warplanes a nationality owned a few
    /// sentences before: the article goes on about the same aircraft. Read by the article's country it made Turkey's
    /// strike in Iraq the Iraqi army's. Only the same noun («الطائرات» after «طائرات», «المقاتلات» after «مقاتلات»)
    /// and only within <see cref="OwnedAirReach"/> sentences: in Syrian news «الطيران الحربي» is the regime's own air
    /// force even after Israeli jets were named, and a new indefinite «طائرات حربية» is other aircraft.
    /// </summary>
    private static string? OwnedAirBefore(AnalyzedText text, PhraseMatch<ActorEntry> m, OwnedAir? owned)
    {
        if (owned is not { } o || !DefiniteForm.IsDefinite(text.Tokens[m.First].Norm) || text.Tokens[m.First].Sentence - o.Sentence > OwnedAirReach)
        {
            return null;
        }
        return string.Equals(Stem(m), o.Stem, StringComparison.Ordinal) ? o.Forces : null;
    }

    /// <summary>The warplanes' noun an owner is told after, with its sentence and the owner's forces.</summary>
    private static OwnedAir NoteOwnedAir(AnalyzedText text, PhraseMatch<ActorEntry> m, string forces) =>
        new(Stem(m), forces, text.Tokens[m.First].Sentence);

    /// <summary>The matched reading of the noun without its article: «الطائرات» and «طائرات» are one noun.</summary>
    private static string Stem(PhraseMatch<ActorEntry> m) =>
        m.FirstReading.Base.StartsWith("ال", StringComparison.Ordinal) && m.FirstReading.Base.Length > 4 ? m.FirstReading.Base[2..] : m.FirstReading.Base;
}
