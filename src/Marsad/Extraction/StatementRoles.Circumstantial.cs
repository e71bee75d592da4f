using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class StatementRoles
{
    /// <summary>
    /// «أكد السفير السوري … أن القوات لا تستهدف المدنيين، متهماً إسرائيل بمساعدة المسلحين»: an accusing
    /// participle that opens its clause (a circumstantial, حال) has no subject of its own; it is the subject
    /// of the sentence's governing verb of saying or stance, the nearest one before it. Its speaker, read as
    /// that verb's subject is read, speaks the accusation; a party of the clauses between («القوات المسلحة
    /// السورية», «الجماعات المسلحة») is what was said, never the speaker.
    /// </summary>
    private static bool ApplyCircumstantial(ArticleIndex index, EventCandidate e, Persons persons)
    {
        if (e.Trigger.IsVerb || Words.At(index.Text, e.First, "circumstantial", allowClitics: true) is null)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        if (clause.First != e.First)
        {
            return false;
        }
        if (SharedSpeaker(index, e.First, persons) is not { } speaker)
        {
            return false;
        }
        e.Actor1 = speaker;
        e.Actor1IsLocal = true;
        e.Actor2 = Accused(index, e.End, clause.End, e, speaker.ActorId) ?? (e.Actor2?.ActorId == speaker.ActorId ? null : e.Actor2);
        return true;
    }

    /// <summary>
    /// The subject a word with no subject of its own shares: that of the nearest verb of saying or stance
    /// before it in its sentence, read as that verb's subject is read. «… قائلاً إن …، متهماً»: a participle
    /// of saying shares the subject in turn; a finite verb whose subject is unknown ends the search (an
    /// earlier verb has another subject), unless it opens its sentence (below).
    /// </summary>
    private static ActorHit? SharedSpeaker(ArticleIndex index, int first, Persons persons) =>
        SharedSpeaker(index, first, index.SentenceOf(first), persons, 0);

    private static ActorHit? SharedSpeaker(ArticleIndex index, int first, TextUnit sentence, Persons persons, int carried)
    {
        for (var k = first - 1; k >= sentence.First; k--)
        {
            var verb = GoverningVerb(index, k);
            if (verb is null)
            {
                continue;
            }
            var own = index.ClauseOf(k);
            var speaker = SpeakerAfter(index, verb.End, own.End, persons) ?? SpeakerBefore(index, k, own.First, persons) ?? ApposedSpeaker(index, k, own.First, persons);
            if (speaker is not null)
            {
                return speaker;
            }
            if (OpensSentence(index, k, sentence))
            {
                return CarriedSpeaker(index, sentence, persons, carried);
            }
            if (!index.IsRole(k, "counterclaim", true))
            {
                return null;
            }
        }
        // A joined verb that opens its sentence with its object right after it («واتهم واشنطن بازدواج
        // المعايير») goes on the speaker of the sentence before, as «وأضاف» does.
        return OpensSentence(index, first, sentence) ? CarriedSpeaker(index, sentence, persons, carried) : null;
    }

    /// <summary>
    /// «قال وزير الخارجية التركي … . وأضاف أن …، متهماً النظام»: a verb of saying that opens its sentence
    /// with no subject goes on the speaker of the sentence before; that speaker is read as the sentence's own
    /// subjectless word is read, from its last verb of saying or stance (never the nearest party, which is
    /// what was said). A chain of such sentences («وأضاف … . وتابع …») is followed a few sentences back.
    /// </summary>
    private static ActorHit? CarriedSpeaker(ArticleIndex index, TextUnit sentence, Persons persons, int carried)
    {
        if (carried >= CarriedSentences || sentence.First == 0)
        {
            return null;
        }
        var before = index.SentenceOf(sentence.First - 1);
        return SharedSpeaker(index, before.End, before, persons, carried + 1);
    }

    /// <summary>True when only punctuation («"», «-») stands before <paramref name="k"/> in its sentence.</summary>
    private static bool OpensSentence(ArticleIndex index, int k, TextUnit sentence)
    {
        for (var j = sentence.First; j < k; j++)
        {
            if (index.Token(j).IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A verb whose subject a circumstantial participle shares: of saying (attribution.tsv, `saying`) or of stance (`stance`: «نفى», «دعا», «أدان»).</summary>
    private static PhraseMatch<string>? GoverningVerb(ArticleIndex index, int k) =>
        index.Token(k).IsWord && !index.IsRole(k, "prep", true)
            ? WordRoles.Attribution.At(index.Text, k, "say", allowClitics: true) ?? Words.At(index.Text, k, "saying", allowClitics: true)
                ?? Words.At(index.Text, k, "stance", allowClitics: true)
            : null;
}
