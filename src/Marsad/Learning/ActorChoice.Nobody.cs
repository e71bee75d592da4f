using Marsad.Extraction;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// What the "nobody named" option of the actor1 choice reads (issue 9, s15-nobody). Every other
/// option is scored on where its own mention stands; the none option had only the rules' verdict
/// (whether the linker found a doer), so it won wherever the linker found none, whoever the clause
/// names («انفجار عبوة ناسفة زرعها مسلحون», «هاجم انتحاري»), and lost where a roundup names nobody
/// but the article names a side elsewhere. These features tell it whether the trigger's clause,
/// sentence and paragraph name a party that may act, how near the nearest such one stands, whether
/// an unnamed armed party («مسلحون», «انتحاري») is among them, and, per option, whether the mention
/// is already the argument of another trigger (a doer of its own deed, not of this one).
/// </summary>
internal static partial class ActorChoice
{
    /// <summary>
    /// The features of this file, written after the tail (<see cref="Compute"/>) and before the
    /// argument cues. A property, not a field: the names list of the other file is built in a static
    /// initializer, and the order of initializers across partial files is not defined.
    /// </summary>
    private static string[] NobodyNames =>
        ["clause_free_parties", "sentence_free_parties", "clause_free_armed", "paragraph_armed", "nearest_free_party_log", "unnamed_armed_sentence", "other_trigger_argument"];

    /// <summary>No free party in the sentence: the nearest one's gap reads as this (beyond any option's reach).</summary>
    private const float NoParty = -1;

    /// <summary>
    /// The candidate-wide context of the none option, read once per candidate from its options'
    /// mentions (<see cref="CandidateCues.Nearest"/>: passive subjects, condemners and tellers of the
    /// deed already left out). A party is "free" when no preposition, clitic «ل» or target word
    /// governs it and no verb of undergoing stands by it: such a name can be a subject.
    /// </summary>
    internal readonly record struct NobodyCues(int ClauseFree, int SentenceFree, int ClauseArmed, int ParagraphArmed, float NearestFreeLog, bool Unnamed)
    {
        public static NobodyCues Of(ArticleIndex index, EventCandidate e, ActorHit[] nearest)
        {
            var text = index.Text;
            var trigger = text.Tokens[e.First];
            int clauseFree = 0, sentenceFree = 0, clauseArmed = 0, paragraphArmed = 0, nearestGap = int.MaxValue;
            var unnamed = false;
            foreach (var hit in nearest)
            {
                if (!IsParty(index, hit))
                {
                    continue;
                }
                var at = text.Tokens[hit.First];
                var sameSentence = at.Sentence == trigger.Sentence;
                if (hit.IsArmed && SameParagraph(text, Math.Min(hit.First, e.First), Math.Max(hit.First, e.First)))
                {
                    paragraphArmed++;
                }
                if (sameSentence && hit.ActorId == UnnamedArmed)
                {
                    unnamed = true;
                }
                var cues = ActorArguments.MentionCues.Of(index, hit);
                if (!cues.Free || cues.Undergo || !sameSentence)
                {
                    continue;
                }
                sentenceFree++;
                nearestGap = Math.Min(nearestGap, Gap(hit, e.First));
                if (at.Clause == trigger.Clause)
                {
                    clauseFree++;
                    clauseArmed += hit.IsArmed ? 1 : 0;
                }
            }
            return new(clauseFree, sentenceFree, clauseArmed, paragraphArmed, nearestGap == int.MaxValue ? NoParty : (float)Math.Log(1 + nearestGap), unnamed);
        }
    }

    private const string UnnamedArmed = "UNIDENTIFIED-ARMED";

    /// <summary>
    /// Civilians and protesters suffer or march: no party that strikes (a protest's doer is set
    /// apart anyway). Nor is a state named by a word the place recognizer also read as a place
    /// («بريف دمشق», «في سوريا»): there it locates the deed; an army or group keeps counting.
    /// </summary>
    private static bool IsParty(ArticleIndex index, ActorHit hit) =>
        hit.ActorId is not ("CIV" or "PROTESTERS") && (hit.IsArmed || index.PlaceAt(hit.First) is null);

    /// <summary>Writes this file's features at <paramref name="into"/> (the slots after the tail).</summary>
    private static void ComputeNobody(ArticleIndex index, EventCandidate e, ActorHit? hit, in NobodyCues cues, Span<float> into)
    {
        into[0] = cues.ClauseFree;
        into[1] = cues.SentenceFree;
        into[2] = cues.ClauseArmed;
        into[3] = cues.ParagraphArmed;
        into[4] = cues.NearestFreeLog;
        into[5] = cues.Unnamed ? 1 : 0;
        into[6] = hit is not null && OtherTriggerArgument(index, e, hit) ? 1 : 0;
    }

    /// <summary>
    /// «أعلن الجيش أنه قصف … بينما هاجم المسلحون حاجزاً»: a name right after another trigger (its
    /// subject or genitive) is that deed's argument, seldom the doer of this one.
    /// </summary>
    private static bool OtherTriggerArgument(ArticleIndex index, EventCandidate e, ActorHit hit)
    {
        var before = hit.First - 1;
        return before >= 0 && (before < e.First || before >= e.End) && index.IsTrigger(before) && index.Token(before).Clause == index.Token(hit.First).Clause;
    }
}
