using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Accusations told by description inside a clause of saying (docs/events.md, s21b-accuse and
/// s22b-accuse): «قال الائتلاف إن قوات النظام ارتكبت جرائم حرب», «أكد أن إيران هي المسؤولة عن».
/// The speaker of the verb of saying accuses; the party said to commit the crime, or said to be
/// the one responsible, is the accused. Told as news, committing a massacre is the massacre
/// (ATTACK_CIVILIANS), and «بتهمة ارتكاب» a charge in court: neither has a verb of saying over it.
/// </summary>
internal static partial class StatementRoles
{
    private const int CrimeReach = 4;
    private const int ComplementReach = 10;
    private const int SayingReach = 12;
    private const int GuiltReach = 3;

    /// <summary>The verb of saying that governs a told accusation, and the «أن/إن» that opens its clause.</summary>
    internal readonly record struct Saying(int Verb, int VerbEnd, int That);

    /// <summary>True when a crime word goes with the verb or noun of committing at [first, end) and a verb of saying governs it.</summary>
    public static bool CrimeSaid(ArticleIndex index, int first, int end) =>
        CrimeNear(index, first, end) && !Denied(index, first) && GoverningSaying(index, first) is not null;

    /// <summary>«إن إيران هي المسؤولة عن»: the definite predicate after its pronoun, «عن» after it, governed by a verb of saying; the indefinite «مسؤول عن» is an office.</summary>
    public static bool GuiltSaid(ArticleIndex index, int first, int end, bool definite)
    {
        if (!definite || first < 1 || !IsPronounOfGuilt(index.Token(first - 1).Norm))
        {
            return false;
        }
        var found = false;
        for (var k = end; k < Math.Min(index.SentenceOf(first).End, end + GuiltReach) && !found; k++)
        {
            found = string.Equals(index.Token(k).Norm, "عن", StringComparison.Ordinal);
        }
        return found && GoverningSaying(index, first - 1) is not null;
    }

    /// <summary>Sets the speaker and the accused of an accusation told by description; false when the candidate is none.</summary>
    public static bool ApplyDescribed(ArticleIndex index, EventCandidate e, Persons persons)
    {
        if (e.Trigger.Needs is not ("crime" or "guilt"))
        {
            return false;
        }
        var guilt = e.Trigger.Needs == "guilt";
        var subjectEnd = guilt ? e.First - 1 : e.First;
        if (GoverningSaying(index, subjectEnd) is not { } saying)
        {
            e.Actor1 = null;
            e.Actor1IsLocal = false;
            return true;
        }
        var speaker = SpeakerOfSaying(index, saying, persons);
        e.Actor1 = speaker;
        e.Actor1IsLocal = speaker is not null;
        var accused = guilt ? NearestActorBefore(index, saying.That + 1, subjectEnd) : Committer(index, e, saying, persons);
        // «ارتكبها النظام السوري»: a regime charged with crimes is the state's government, as gold codes «الرئيس السوري» there.
        if (accused is not null && Words.At(index.Text, accused.First, "regime", allowClitics: true) is not null && ActorLexicon.GovernmentOf(accused.ActorId) is { } government)
        {
            accused = accused with { ActorId = government };
        }
        e.Actor2 = accused is not null && !string.Equals(accused.ActorId, speaker?.ActorId, StringComparison.Ordinal) ? accused : null;
        return true;
    }

    /// <summary>The verb of saying a few words before an «أن/إن» that opens the clause holding <paramref name="trigger"/>.</summary>
    internal static Saying? GoverningSaying(ArticleIndex index, int trigger)
    {
        var sentenceFirst = index.SentenceOf(trigger).First;
        for (var t = trigger - 1; t >= Math.Max(sentenceFirst, trigger - ComplementReach); t--)
        {
            if (!index.IsRole(t, "thatclause", true))
            {
                continue;
            }
            for (var s = t - 1; s >= Math.Max(sentenceFirst, t - SayingReach); s--)
            {
                if (SayingAt(index, s) is { } verb)
                {
                    return new Saying(verb.First, verb.End, t);
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>A verb of saying: attribution.tsv's role `say` (not its prepositions, role `sayprep`: «بحسب», «وفقا ل» govern no clause) or statement_words.tsv's verbs of judging.</summary>
    private static PhraseMatch<string>? SayingAt(ArticleIndex index, int k)
    {
        if (Words.At(index.Text, k, "saying", allowClitics: true) is { } judged)
        {
            return judged;
        }
        return WordRoles.Attribution.At(index.Text, k, "say", allowClitics: true) is { } say && !index.IsRole(k, "prep", true) ? say : null;
    }

    /// <summary>«قال المرصد إن», «وزير الخارجية قال إن», «أكدت منظمة هيومن رايتس ووتش أن»: the speaker before the verb, after it, or the first party between it and «أن».</summary>
    private static ActorHit? SpeakerOfSaying(ArticleIndex index, Saying saying, Persons persons)
    {
        var clause = index.ClauseOf(saying.Verb);
        return SpeakerBefore(index, saying.Verb, clause.First, persons)
            ?? SpeakerAfter(index, saying.VerbEnd, saying.That, persons)
            ?? ApposedSpeaker(index, saying.Verb, clause.First, persons)
            ?? FirstParty(index, saying.VerbEnd, saying.That);
    }

    /// <summary>
    /// Who commits the crime: the subject before the verb in the clause of saying («إن قوات النظام
    /// ارتكبت»), the subject after it («ارتكبت قوات النظام», «التي يرتكبها النظام»), a noun's genitive
    /// («ارتكاب النظام جرائم»).
    /// </summary>
    private static ActorHit? Committer(ArticleIndex index, EventCandidate e, Saying saying, Persons persons)
    {
        var after = FirstParty(index, e.End, Math.Min(index.SentenceOf(e.First).End, e.End + CrimeReach));
        if (!e.Trigger.IsVerb)
        {
            return after ?? NearestActorBefore(index, saying.That + 1, e.First);
        }
        return SpeakerBefore(index, e.First, saying.That + 1, persons) ?? after ?? NearestActorBefore(index, saying.That + 1, e.First);
    }

    /// <summary>The first party at or after <paramref name="from"/> before <paramref name="end"/>, no nationality adjective alone, no civilians.</summary>
    private static ActorHit? FirstParty(ArticleIndex index, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (index.ActorAt(k) is { } a && a.First == k && a.ActorId is not ("CIV" or "PROTESTERS") && (!a.IsNisba || AfterTitle(index, a)))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>The party nearest before <paramref name="end"/>, not before <paramref name="first"/>, no civilians.</summary>
    private static ActorHit? NearestActorBefore(ArticleIndex index, int first, int end)
    {
        for (var k = end - 1; k >= first; k--)
        {
            if (index.ActorAt(k) is { } a && a.ActorId is not ("CIV" or "PROTESTERS") && !index.IsPrepositionBefore(a))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>A crime word a few words after the verb, or the antecedent of its relative pronoun («الانتهاكات التي يرتكبها»).</summary>
    private static bool CrimeNear(ArticleIndex index, int first, int end)
    {
        var sentenceEnd = index.SentenceOf(first).End;
        for (var k = end; k < Math.Min(sentenceEnd, end + CrimeReach); k++)
        {
            if (Words.At(index.Text, k, "crime", allowClitics: true) is not null)
            {
                return true;
            }
            if (!index.Token(k).IsWord)
            {
                break;
            }
        }
        return first >= 2 && index.IsRole(first - 1, "relative") && Words.At(index.Text, first - 2, "crime", allowClitics: true) is not null;
    }

    /// <summary>«قال إنه لم يرتكب أي جرائم»: a denial is no accusation.</summary>
    private static bool Denied(ArticleIndex index, int first) =>
        first >= 1 && (index.IsRole(first - 1, "claimnegation") || (first >= 2 && index.IsRole(first - 2, "claimnegation") && !index.Token(first - 1).IsWord));

    // «وهو المسؤول عن ديوان الزكاة» introduces an office holder: only the bare pronoun of a predicate counts.
    private static bool IsPronounOfGuilt(string norm) => norm is "هو" or "هي" or "هم" or "هما";
}
