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
    private static string Stem(PhraseMatch<ActorEntry> m) => Text.Proclitics.WithoutArticle(m.FirstReading.Base, 3);

    /// <summary>At most this many words (an adjective, «يعتقد أنها») stand between the warplanes and «تابعة».</summary>
    private const int AffiliationReach = 2;

    /// <summary>
    /// The forces that own the warplanes of match <paramref name="i"/>: a state, army or armed group named
    /// right after «(ال)تابعة ل» a few words on («تابعة للتحالف», «تابعتين للجيش التركي»), or null.
    /// </summary>
    private string? AffiliatedOwner(AnalyzedText text, IReadOnlyList<PhraseMatch<ActorEntry>> matches, int i)
    {
        var m = matches[i];
        var next = i + 1 < matches.Count ? matches[i + 1] : null;
        for (var k = m.End; k < Math.Min(text.Tokens.Count, m.End + 1 + AffiliationReach); k++)
        {
            if (!text.Tokens[k].IsWord || (next is not null && next.First <= k))
            {
                return null;
            }
            if (!words.Is(text, k, "owned", allowClitics: false))
            {
                continue;
            }
            if (next is null || next.First != k + 1 || Choose(next.Values) is not { } owner)
            {
                return null;
            }
            if (owner.Kind == "name" && owner.Class is "state" or "army" or "org")
            {
                return owner.Class == "state" ? ActorLexicon.ForcesOf(owner.Id) : owner.Id;
            }
            // «تابعة للجيش التركي»: a generic army word with its nationality right after it.
            return owner.Class == "army" && i + 2 < matches.Count && matches[i + 2].First == next.End && Choose(matches[i + 2].Values) is { IsNisba: true } nisba
                ? ActorLexicon.ForcesOf(nisba.Id)
                : null;
        }
        return null;
    }
}
