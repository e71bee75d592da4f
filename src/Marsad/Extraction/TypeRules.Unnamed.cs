using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «مسلحين مجهولين هاجموا، الأحد، سيارة تقل موظفين», «قتل مدني بعد أن فتح عليه مسلحون مجهولون نيران أسلحتهم»: unnamed gunmen
/// who do a one-sided deed to people of no party attack civilians (annotation.md 6.1; train and dev code such attacks
/// ATTACK_CIVILIANS → CIV and keep ASSAULT for their attacks on a force or a post). The target window reads the victims
/// right after the verb only; where the clause puts them past a comma, a day or before the verb, the actor2 choice, which
/// weighs the whole sentence, shows CIV while the deed stayed a clash.
/// </summary>
internal static partial class TypeRules
{
    /// <summary>
    /// Whether <paramref name="e"/>, an ASSAULT by unnamed gunmen (UNIDENTIFIED-ARMED) told by no word of fighting between
    /// two sides, whose clause names no fighter and no two armed sides, shows civilians as actor2 (the rules' or the
    /// choice's): then it is an attack on civilians.
    /// </summary>
    internal static bool UnnamedGunmenOnCivilians(ArticleIndex index, EventCandidate e, TypeCues cues) =>
        e.Actor1?.ActorId == "UNIDENTIFIED-ARMED" && !cues.ArmedClash && !cues.Fighter && !IsClashWord(index, e)
        && EventStage.ShownActor2(e)?.ActorId == "CIV";
}
