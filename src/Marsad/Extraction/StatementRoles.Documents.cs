using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Speakers no party name gives: a document that accuses («واتهم البيان …», «اتهم التقرير …»), and a seat of a
/// state's power with its nationality («أدانت الخارجية المصرية»).
/// </summary>
internal static partial class StatementRoles
{
    private const int IssuerWindow = 4;

    /// <summary>
    /// «واتهم البيان حكومة بغداد …», «اتهم التقرير ضابطا …»: a document (statement_words.tsv role document) right
    /// after the verb is its subject, and its issuer speaks: the party that put the document out where it was
    /// first told, in this sentence or the two before («وذكر بيان لسلطات الولاية …», «أصدر الجيش بيانا»), or
    /// nobody. The party the doer choice carried in from elsewhere is often the accused («واتهم البيان الحكومة»
    /// after a cleric's statement against it). The first party after the document is the accused and never the
    /// speaker. Returns false when no document stands there.
    /// </summary>
    private static bool ApplyDocument(ArticleIndex index, EventCandidate e, int clauseEnd)
    {
        var k = e.End;
        while (k < clauseEnd && (index.IsRole(k, "skip", true) || index.Token(k).IsQuoteMark))
        {
            k++;
        }
        if (k >= clauseEnd || index.ActorAt(k) is not null || Words.At(index.Text, k, "document", allowClitics: false) is not { } document)
        {
            return false;
        }
        var accused = Accused(index, PastQuotesAndCommas(index, document.End, clauseEnd), clauseEnd, e, string.Empty);
        if (accused is not null)
        {
            e.Actor2 = accused;
        }
        // No issuer told: a state or body carried in may have put it out, an armed party carried in is mostly the
        // doer of the deed told, the accused.
        var issuer = Issuer(index, e.First, index.Token(document.First).Norm[2..]) ?? (e.Actor1 is { Entry.IsArmed: false } carried ? carried : null);
        e.Actor1 = issuer is not null && !string.Equals(issuer.ActorId, accused?.ActorId, StringComparison.Ordinal) ? issuer : null;
        e.Actor1IsLocal = false;
        return true;
    }

    /// <summary>
    /// The party that issued the document <paramref name="stem"/> («بيان»), told before <paramref name="verb"/>: the
    /// party right before the noun («أصدر الجيش السوري بيانا») or its genitive behind it, past quote marks and a name
    /// («بيان لسلطات الولاية», «صحيفة "تشرين" الحكومية السورية»); the last one told wins.
    /// </summary>
    private static ActorHit? Issuer(ArticleIndex index, int verb, string stem)
    {
        var sentence = index.Token(verb).Sentence;
        var first = index.Text.Sentences[Math.Max(0, sentence - CarriedSentences)].First;
        ActorHit? issuer = null;
        for (var k = first; k < verb; k++)
        {
            if (!NamesDocument(index.Token(k), stem))
            {
                continue;
            }
            if (k > 0 && index.ActorAt(k - 1) is { } before && before.End == k && !index.IsPrepositionBefore(before))
            {
                issuer = before;
                continue;
            }
            for (int j = k + 1, words = 0; j < verb && words < IssuerWindow; j++)
            {
                words += index.Token(j).IsWord ? 1 : 0;
                if (index.ActorAt(j) is { } behind)
                {
                    issuer = behind;
                    break;
                }
                // «قال تقرير حقوقي إن قوات الأمن …»: a party past «أن» or a verb is what the document tells, not who issued it.
                if (index.IsTrigger(j) || AttributionFinder.IsReporting(index.Text, j) || index.Token(j).Norm is "ان" or "أن" or "إن" or "انه"
                    || (index.Token(j).Kind == TokenKind.Punctuation && !index.Token(j).IsQuoteMark))
                {
                    break;
                }
            }
        }
        return issuer;
    }

    /// <summary>
    /// «بيان», «البيان», «بيانا», «ببيان», «وللبيان»: the document noun with its article, a proclitic
    /// (the segmenter's readings, which restore the article «لل» swallowed) or the accusative ending;
    /// a possessive suffix («بيانه») is another reading and is not taken.
    /// </summary>
    private static bool NamesDocument(Token token, string stem)
    {
        foreach (var s in token.Segmentations)
        {
            if (s.Suffix == 0 && IsDocumentForm(s.Base, stem))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsDocumentForm(string w, string stem)
    {
        if (w.StartsWith("ال", StringComparison.Ordinal) && w.Length > stem.Length)
        {
            w = w[2..];
        }
        return string.Equals(w, stem, StringComparison.Ordinal) || string.Equals(w, stem + "ا", StringComparison.Ordinal);
    }

    /// <summary>
    /// «أدانت الخارجية المصرية», «الرئاسة السورية»: a seat of a state's power (statement_words.tsv role seat) with a
    /// state's nationality right behind it is that state's government speaking; the nationality's id is the state's.
    /// </summary>
    private static ActorHit? SeatOfState(ArticleIndex index, int k, int clauseEnd)
    {
        if (Words.At(index.Text, k, "seat", allowClitics: true) is not { } seat || seat.End >= clauseEnd)
        {
            return null;
        }
        return index.ActorAt(seat.End) is { IsNisba: true, Entry.Class: "state" } nation && nation.First == seat.End
            ? Hit(index, k, nation.End, nation.ActorId)
            : null;
    }

    private static int PastQuotesAndCommas(ArticleIndex index, int k, int clauseEnd)
    {
        while (k < clauseEnd && (index.Token(k).IsQuoteMark || index.Token(k).Norm is "،" or ","))
        {
            k++;
        }
        return k;
    }
}
