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
        // «أكد الرئيس أن "… العسكرية. لكنها ستواصلها …". كما اتهم …»: a sentence that opens inside a quotation is
        // the speaker's own words; its verbs name no new speaker, and the carry goes on past it.
        if (carried > 0 && InQuote(index, sentence.First))
        {
            return CarriedSpeaker(index, sentence, persons, carried);
        }
        // A verb inside a quotation («أكد أن "الذين يقولون ذلك …"») is what the speaker said, never a new speaker, when
        // the word read stands outside it or the sentence is one carried from.
        var firstInside = InQuote(index, first);
        var inside = firstInside;
        for (var k = first - 1; k >= sentence.First; k--)
        {
            inside ^= IsQuote(index.Token(k));
            var verb = GoverningVerb(index, k);
            if (verb is null || (inside && (carried > 0 || !firstInside)))
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

    /// <summary>True when only punctuation («"», «-») or an opener («كما») stands before <paramref name="k"/> in its sentence.</summary>
    private static bool OpensSentence(ArticleIndex index, int k, TextUnit sentence)
    {
        for (var j = sentence.First; j < k; j++)
        {
            if (index.Token(j).IsWord && !(j == k - 1 && Words.At(index.Text, j, "opener") is not null))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when an odd number of quote marks stands before token <paramref name="k"/> in its paragraph: it is inside a quotation.</summary>
    private static bool InQuote(ArticleIndex index, int k)
    {
        var from = 0;
        foreach (var paragraph in index.Text.Paragraphs)
        {
            if (paragraph.First <= k && k < paragraph.End)
            {
                from = paragraph.First;
                break;
            }
        }
        var quotes = 0;
        for (var j = from; j < Math.Min(k, index.Count); j++)
        {
            if (IsQuote(index.Token(j)))
            {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /// <summary>A double quote mark: the normalizer folds every one («», “”) to «"».</summary>
    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Norm[0] == '"';

    /// <summary>A verb whose subject a circumstantial participle shares: of saying (attribution.tsv, `saying`) or of stance (`stance`: «نفى», «دعا», «أدان»).</summary>
    private static PhraseMatch<string>? GoverningVerb(ArticleIndex index, int k) =>
        index.Token(k).IsWord && !index.IsRole(k, "prep", true)
            ? WordRoles.Attribution.At(index.Text, k, "say", allowClitics: true) ?? Words.At(index.Text, k, "saying", allowClitics: true)
                ?? Words.At(index.Text, k, "stance", allowClitics: true)
            : null;
}
