using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «أصدرت الجماعة بيانا تدين فيه الغارات», «تقدم المحامي ببلاغ للنائب العام يتهم فيه الرابطة», «وجه رسالة للرئيس
/// يحمله المسؤولية»: a present verb of accusing right after an indefinite document noun is the noun's descriptive
/// clause (Arabic links a clause to an indefinite noun with no relative pronoun). Its subject is the document, so
/// the issuer speaks: the party that put the document out, told before the noun. The words between the noun and
/// the verb are its adjective («صحفيا», «رسميا») or its addressee behind «ل», never the speaker.
/// </summary>
internal static partial class StatementRoles
{
    /// <summary>Words read back from the verb for the document noun, and back from the noun for its issuer.</summary>
    private const int DocumentClauseWindow = 6;

    private const int IssuerBackWindow = 14;

    private static readonly HashSet<string> DocumentStems = LoadDocumentStems();

    private static HashSet<string> LoadDocumentStems()
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in Words.WordsOf("document"))
        {
            stems.Add(w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w);
        }
        return stems;
    }

    /// <summary>
    /// Reads the speaker and the accused of a verb of accusing that describes an indefinite document told right
    /// before it; returns false when no such document stands there.
    /// </summary>
    private static bool ApplyDocumentClause(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || e.Trigger.Tense != Tense.Present || FirstPerson(e) || PluralSubject(index.Token(e.First).Norm)
            || DocumentBefore(index, e.First) is not { } document)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        ActorHit? addressee = null;
        for (var k = document + 1; k < e.First; k++)
        {
            // Every word between the noun and its clause is the noun's: a party there is whom the document is sent to.
            if (index.ActorAt(k) is { } a && a.First == k)
            {
                addressee = a;
                break;
            }
        }
        var issuer = IssuerBefore(index, document);
        e.Actor1 = issuer;
        e.Actor1IsLocal = issuer is not null && index.Token(issuer.First).Clause == index.Token(e.First).Clause;
        var speakerId = issuer?.ActorId ?? string.Empty;
        // «رسالة للرئيس يحمله المسؤولية»: the verb's pronoun takes back the addressee, who is the accused; with no
        // pronoun the party after the verb is its object.
        var accused = e.Reading.Suffix > 0 ? addressee : Accused(index, e.End, clause.End, e, speakerId);
        e.Actor2 = accused is not null && !string.Equals(accused.ActorId, speakerId, StringComparison.Ordinal) ? accused : null;
        return true;
    }

    /// <summary>
    /// The token of an indefinite document noun («بيانا», «ببلاغ», «رسالة») standing before the verb at
    /// <paramref name="verb"/> in its sentence, past no punctuation, «أن», trigger or verb of saying; else null.
    /// </summary>
    private static int? DocumentBefore(ArticleIndex index, int verb)
    {
        var sentence = index.SentenceOf(verb);
        for (int k = verb - 1, words = 0; k >= sentence.First && words < DocumentClauseWindow; k--)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                if (t.IsQuoteMark)
                {
                    continue;
                }
                return null;
            }
            words++;
            if (IsIndefiniteDocument(t))
            {
                return k;
            }
            if (index.IsTrigger(k) || AttributionFinder.IsReporting(index.Text, k) || t.Norm is "ان" or "أن" or "إن" or "انه" or "انها")
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsIndefiniteDocument(Token token)
    {
        foreach (var s in token.Segmentations)
        {
            if (s.Suffix != 0 || s.HasArticle || s.Base.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }
            var w = s.Base;
            if (DocumentStems.Contains(w) || (w.Length > 3 && w[^1] == 'ا' && DocumentStems.Contains(w[..^1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The party that issued the document at <paramref name="document"/>: the nearest party before it in its
    /// sentence that is no nationality adjective and stands behind no preposition («أصدرت جماعة الإخوان في مصر
    /// بيانا»: the group, not Egypt), else nobody.
    /// </summary>
    private static ActorHit? IssuerBefore(ArticleIndex index, int document)
    {
        var sentence = index.SentenceOf(document);
        for (int k = document - 1, words = 0; k >= sentence.First && words < IssuerBackWindow; k--)
        {
            words += index.Token(k).IsWord ? 1 : 0;
            if (index.ActorAt(k) is not { } a || a.End > document)
            {
                continue;
            }
            if (a.IsNisba || index.IsPrepositionBefore(a) || ArticleIndex.StartsWithCliticPrep(a, 'ل'))
            {
                k = a.First;
                continue;
            }
            return a;
        }
        return null;
    }
}
