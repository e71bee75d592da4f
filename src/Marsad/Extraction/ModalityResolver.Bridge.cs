using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// What may stand between an attempt or an aim and the deed it governs, beyond the passable words
/// (actors, particles, transparent words): «تحاول منذ فترة فرض سيطرتها», «تسعى منذ أشهر لاستعادة»,
/// «تسعى جاهدة لاستعادة», «في محاولة جديدة منها للسيطرة», «في محاولة من التنظيم للسيطرة». Read by
/// grammar, not by phrase: a time phrase («منذ» and its noun, event_words.tsv role `aimtime`, an approximator
/// before the noun, role `aimapprox`: «منذ نحو شهر»), the
/// attempt noun's doer («من» and an actor, role `aimdoer`), a party it is shared with («مع» and an actor, role
/// `aimwith`), the «في» right before the deed (role `aimin`: «للمشاركة في القتال»), an adverb in the accusative («مجددا»), a
/// circumstantial participle of the pattern فاعلة («جاهدة»), or an adjective agreeing with the attempt
/// noun («جديدة», «أخرى»); at most <see cref="BridgeWords"/> such words, all in one clause (no
/// punctuation between), and none a trigger, a relative pronoun, «أن» or a contrast, so that no second
/// deed or clause stands between the aim and its object.
/// </summary>
internal sealed partial class ModalityResolver
{
    /// <summary>At most this many words that are not passable between an aim and its deed.</summary>
    private const int BridgeWords = 3;

    /// <summary>
    /// How many words of the phrases an aim reaches over stand from after <paramref name="cueLast"/> to
    /// <paramref name="first"/>, the others being passable; -1 when any other word stands there, or more
    /// than <see cref="BridgeWords"/>.
    /// </summary>
    private static int Bridged(ArticleIndex index, int cueLast, int first)
    {
        var tokens = index.Text.Tokens;
        if (tokens[cueLast].Clause != tokens[first].Clause)
        {
            return -1;
        }
        var words = 0;
        for (var k = cueLast + 1; k < first;)
        {
            if (IsPassable(index, k))
            {
                k++;
                continue;
            }
            var length = BridgePhrase(index, cueLast, k, first);
            words += length;
            if (length == 0 || words > BridgeWords)
            {
                return -1;
            }
            k += length;
        }
        return words;
    }

    /// <summary>How many tokens from <paramref name="k"/> make one phrase an aim reaches over; 0 for none.</summary>
    private static int BridgePhrase(ArticleIndex index, int cueLast, int k, int first)
    {
        if (IsHard(index, k))
        {
            return 0;
        }
        var tokens = index.Text.Tokens;
        // «منذ فترة», «منذ أشهر», «منذ 3 أشهر»: the time the aim has been held; «منذ نحو شهر», «منذ قرابة عام»:
        // an approximator (role aimapprox) may open the time noun.
        if (index.IsRole(k, "aimtime") && k + 1 < first && !IsHard(index, k + 1) && !index.IsRole(k + 1, "since"))
        {
            var noun = index.IsRole(k + 1, "aimapprox") && k + 2 < first && !IsHard(index, k + 2) ? k + 2 : k + 1;
            return noun + 1 < first && tokens[noun].Kind == TokenKind.Number && !IsHard(index, noun + 1) ? noun - k + 2 : noun - k + 1;
        }
        // «في محاولة من التنظيم للسيطرة»: the doer of the attempt noun.
        if (index.IsRole(k, "aimdoer") && index.ActorAt(k + 1) is { } doer && doer.First == k + 1)
        {
            return 1;
        }
        // «ليشاركوا مع الجيش في تحرير قراهم»: the party the aim is shared with, and the «في» that
        // takes the deed of a verb of taking part, right before the deed.
        if (index.IsRole(k, "aimwith") && index.ActorAt(k + 1) is { } ally && ally.First == k + 1)
        {
            return 1;
        }
        if (k == first - 1 && index.IsRole(k, "aimin"))
        {
            return 1;
        }
        var word = tokens[k];
        if (!word.IsWord || word.Norm.StartsWith("ال", StringComparison.Ordinal) || word.Norm.Length < 4)
        {
            return 0;
        }
        var norm = word.Norm;
        // «مجددا», «جاهدا»: an indefinite accusative, an adverb or a circumstantial; «حاولوا» is a verb.
        if (norm[^1] == 'ا' && !norm.EndsWith("وا", StringComparison.Ordinal))
        {
            return 1;
        }
        // «تسعى جاهدة»: the circumstantial active participle (فاعلة) of the trying subject.
        if (norm.Length == 5 && norm[1] == 'ا' && norm[^1] == 'ه')
        {
            return 1;
        }
        // «محاولة جديدة», «محاولة أخرى»: an indefinite adjective agreeing with the feminine attempt noun.
        return k == cueLast + 1 && tokens[cueLast].Norm[^1] == 'ه' && (norm[^1] == 'ه' || index.Words.IsWholeWord(norm, "another")) ? 1 : 0;
    }

    /// <summary>
    /// A token that may belong to a phrase an aim reaches over, so the walk back from a deed to its cue
    /// goes on over it: a word or number of the deed's clause that is no trigger and opens no clause.
    /// </summary>
    private static bool MayBridge(ArticleIndex index, int j, int first) =>
        index.Text.Tokens[j].Clause == index.Text.Tokens[first].Clause && !IsHard(index, j);

    /// <summary>A token no aim reaches over: punctuation, a trigger, or a word that opens a clause or a contrast.</summary>
    private static bool IsHard(ArticleIndex index, int k)
    {
        var t = index.Text.Tokens[k];
        return t.Kind == TokenKind.Punctuation || index.IsTrigger(k)
            || index.IsRole(k, "relative", true) || index.IsRole(k, "thatclause", true) || index.IsRole(k, "contrast", true);
    }
}
