using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The speaker search of the statement roles: a known person or an office with its nation right before the
/// verb, in apposition, or after it (behind a title or an affiliation).
/// </summary>
internal static partial class StatementRoles
{
    /// <summary>The speaker right before the verb: a known person, or an office with its nationality («وزير الخارجية الإيراني قد أدان»).</summary>
    private static ActorHit? SpeakerBefore(ArticleIndex index, int trigger, int clauseFirst, Persons persons)
    {
        var k = trigger - 1;
        // «كان قد أدان», «قد اتهم»: an auxiliary stands between the subject and the verb.
        while (k >= clauseFirst && (index.IsRole(k, "skip", true) || Words.At(index.Text, k, "auxiliary") is not null))
        {
            k--;
        }
        if (k < clauseFirst)
        {
            return null;
        }
        if (!Joined(index, trigger) && PersonEndingAt(index, k, clauseFirst, persons) is { } person)
        {
            return person;
        }
        if (index.ActorAt(k) is { } a && !index.IsPrepositionBefore(a) && (!a.IsNisba || AfterTitle(index, a)))
        {
            return a;
        }
        return null;
    }

    /// <summary>
    /// «اعترافات تدين نوري المالكي وتحمله مسؤولية», «بمحاكمة المالكي وإدانته»: a subject never stands before its
    /// verb with «و» between; a person right before a joined statement word is an object it goes on from.
    /// </summary>
    private static bool Joined(ArticleIndex index, int trigger) =>
        WawClitic.OpensWith(index.Token(trigger).Norm) && WawClitic.HasProclitic(index.Token(trigger));

    /// <summary>
    /// «وزير الخارجية الإيراني، علي أكبر صالحي، كان قد أدان»: a person named in apposition closes with a
    /// comma, which cuts the clause, so the verb's clause holds only auxiliaries before it; the subject is
    /// the known person or the party right before that comma, in the same sentence.
    /// </summary>
    private static ActorHit? ApposedSpeaker(ArticleIndex index, int trigger, int clauseFirst, Persons persons)
    {
        var k = trigger - 1;
        while (k >= clauseFirst && (index.IsRole(k, "skip", true) || Words.At(index.Text, k, "auxiliary") is not null))
        {
            k--;
        }
        var sentenceFirst = index.SentenceOf(trigger).First;
        if (k != clauseFirst - 1 || k - 1 < sentenceFirst || index.Token(k).Norm is not ("،" or ","))
        {
            return null;
        }
        if (PersonEndingAt(index, k - 1, sentenceFirst, persons) is { } person)
        {
            return person;
        }
        if (index.ActorAt(k - 1) is { } a && a.End == k)
        {
            return !index.IsPrepositionBefore(a) && (!a.IsNisba || AfterTitle(index, a)) ? a : null;
        }
        // The name between the two commas was not read as a person («علي» folds to the preposition «على»):
        // the office and its nationality before the first comma still say whose the speaker is.
        var j = k - 1;
        var words = 0;
        while (j >= sentenceFirst && words < NameTokens && index.Token(j).IsWord && index.ActorAt(j) is null && index.PlaceAt(j) is null && !index.IsTrigger(j))
        {
            j--;
            words++;
        }
        return words > 0 && j - 1 >= sentenceFirst && index.Token(j).Norm is "،" or "," && index.ActorAt(j - 1) is { IsNisba: true } office && office.End == j
            && AfterTitle(index, office)
            ? Hit(index, office.First, k, office.ActorId)
            : null;
    }

    /// <summary>The subject right after the verb: a known person («ندد المعلم»), or an office with its nationality («أدان الرئيس السوري»), past its name.</summary>
    private static ActorHit? SpeakerAfter(ArticleIndex index, int from, int clauseEnd, Persons persons)
    {
        var k = from;
        while (k < clauseEnd && index.IsRole(k, "skip", true))
        {
            k++;
        }
        if (k >= clauseEnd)
        {
            return null;
        }
        return PersonStartingAt(index, k, clauseEnd, persons) ?? SpeakerAfterTitle(index, k, clauseEnd, persons) ?? SeatOfState(index, k, clauseEnd) ?? NationalOf(index, k, clauseEnd)
            ?? AffiliatedSpeaker(index, k, clauseEnd) ?? PersonAfterBareTitle(index, k, clauseEnd, persons);
    }

    /// <summary>
    /// «اتهم رئيس الوزراء أحمد داود أوغلو»: an office with no party after it, then a known person within a
    /// name's length; the office is the person's, and so is the speaker.
    /// </summary>
    private static ActorHit? PersonAfterBareTitle(ArticleIndex index, int k, int clauseEnd, Persons persons)
    {
        if (persons.IsEmpty || Words.At(index.Text, k, "title", allowClitics: true) is not { } title)
        {
            return null;
        }
        for (var j = title.End; j < Math.Min(clauseEnd, title.End + NameTokens); j++)
        {
            if (persons.IdOf(index, j) is not null)
            {
                return PersonStartingAt(index, j, clauseEnd, persons) is { } person ? Hit(index, k, person.End, person.ActorId) : null;
            }
            if (!index.Token(j).IsWord || index.ActorAt(j) is not null || index.PlaceAt(j) is not null || index.IsTrigger(j))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>True when an office word stands right after the verb (past light words), where its subject goes.</summary>
    private static bool OfficeAfter(ArticleIndex index, int from, int clauseEnd)
    {
        var k = from;
        while (k < clauseEnd && index.IsRole(k, "skip", true))
        {
            k++;
        }
        return k < clauseEnd && Words.At(index.Text, k, "title", allowClitics: true) is not null;
    }

    /// <summary>
    /// «وأدان الاتحاد الدولي للصحافيين اختطاف …», «ودانت دول ومنظمات التفجير»: a body no actor lexicon names
    /// (statement_words.tsv role body) right after the verb, past light words, with no party behind it as its
    /// genitive, is the verb's subject. Returns the token after the body word, or -1.
    /// </summary>
    private static int BodyAfter(ArticleIndex index, int from, int clauseEnd)
    {
        var k = from;
        while (k < clauseEnd && index.IsRole(k, "skip", true))
        {
            // «بلاغ يتهم فيه رابطة …»: the pronoun takes back the document the verb is told in; its subject was named before, the body is the accused.
            if (index.Token(k).Norm is "فيه" or "فيها")
            {
                return -1;
            }
            k++;
        }
        if (k >= clauseEnd || index.ActorAt(k) is not null || Words.At(index.Text, k, "body", allowClitics: true) is not { } body)
        {
            return -1;
        }
        // «محققو المنظمة الدولية», «منظمة التعاون الإسلامي»: a party right behind the word is the body's own, and it speaks.
        // A state's nationality there («الشبكة السورية لحقوق الإنسان») only says where the body is from: it still names no party.
        if (body.End < clauseEnd && index.ActorAt(body.End) is { } behind)
        {
            return behind is { IsNisba: true, Entry.Class: "state" } && behind.First == body.End ? behind.End : -1;
        }
        return body.End;
    }

    /// <summary>
    /// «واستنكر فلان عضو المكتب السياسي لحركة حماس»: the first party after the verb, behind «ل», is the speaker's own;
    /// so is one behind a word of belonging and «إلى» («اتهم المعارضون الذين ينتمون إلى لواء …», statement_words.tsv belonging).
    /// </summary>
    private static ActorHit? AffiliatedSpeaker(ArticleIndex index, int from, int clauseEnd)
    {
        var belongs = false;
        for (var k = from; k < Math.Min(clauseEnd, from + AffiliationWindow); k++)
        {
            if (index.ActorAt(k) is { } a)
            {
                return a.First == k && !a.IsNisba && (belongs || ArticleIndex.StartsWithCliticPrep(a, 'ل')) ? a : null;
            }
            if (Words.At(index.Text, k, "belonging") is { } belonging && belonging.End < clauseEnd && index.Token(belonging.End).Norm is "الي" or "إلى")
            {
                belongs = true;
                k = belonging.End;
                continue;
            }
            if (!index.Token(k).IsWord || index.PlaceAt(k) is not null || index.IsTrigger(k) || index.IsRole(k, "prep", true))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>«ودان دبلوماسي أميركي كبير»: an indefinite noun with its nationality is a person of that state; «الهجوم الإسرائيلي» is the condemned act.</summary>
    private static ActorHit? NationalOf(ArticleIndex index, int k, int clauseEnd)
    {
        if (k + 1 >= clauseEnd || !index.Token(k).IsWord || index.Token(k).Norm.StartsWith("ال", StringComparison.Ordinal) || index.ActorAt(k) is not null
            || index.PlaceAt(k) is not null || index.IsTrigger(k))
        {
            return null;
        }
        return index.ActorAt(k + 1) is { IsNisba: true } a && a.First == k + 1 && !index.Token(k + 1).Norm.StartsWith("ال", StringComparison.Ordinal)
            ? Hit(index, k, a.End, a.ActorId)
            : null;
    }

    /// <summary>An office at <paramref name="k"/> with its party and the person's name after it («الرئيس السوري، بشار الأسد»).</summary>
    private static ActorHit? SpeakerAfterTitle(ArticleIndex index, int k, int clauseEnd, Persons persons)
    {
        var title = Words.At(index.Text, k, "title", allowClitics: true);
        if (title is null)
        {
            return null;
        }
        for (var j = title.End; j < Math.Min(clauseEnd, title.End + 3); j++)
        {
            if (index.ActorAt(j) is { } a && OfficeOf(index, title, j, a) is { } office)
            {
                // The person's name after the office belongs to the speaker, not to the object.
                var end = office.End;
                while (end < index.SentenceOf(k).End && (persons.IdOf(index, end) is not null || index.Token(end).Norm is "،" or ","))
                {
                    end++;
                }
                return Hit(index, k, end, office.ActorId);
            }
            if (!index.Token(j).IsWord)
            {
                break;
            }
        }
        return null;
    }
}
