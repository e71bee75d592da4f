namespace Marsad.Extraction;

/// <summary>
/// A statement that nobody died, or only wounded («ما أوقع جرحى من المدنيين», «دون وقوع إصابات»), is said of the deed
/// whose telling it closes. «استهدف الثوار مساكن الضباط في المطار … . في المقابل، قصفت قوات الأسد قريتي محمبل وجوزف
/// بصواريخ، ما أوقع جرحى من المدنيين»: the wounded are the shelling's, and the first strike told nothing of casualties
/// (null, not 0). The gold codes the long round-ups so: «كذلك شن الطيران الحربي غارتين على مدينة عربين، فيما استهدفت قوات
/// النظام بصاروخ بلدة زبدين، كما استهدف قناص قرية سوق وادي بردى، دون وقوع إصابات» gives the sniper 0 and the raids null.
/// </summary>
internal static class ZeroScope
{
    /// <summary>
    /// True when a deed of its own is told between the trigger of <paramref name="e"/> and the statement of no dead
    /// <paramref name="zero"/>: a trigger without the article (a new telling; «القصف», «الاشتباكات» name a deed back) in
    /// another clause than the event's (a trigger of the event's clause is its means: «قصفت … بصواريخ») that opens a
    /// telling of its own (<see cref="OpensTelling"/>).
    /// </summary>
    public static bool OfAnotherDeed(ArticleIndex index, EventCandidate e, FatalityMention zero)
    {
        var (lo, hi) = zero.End <= e.First ? (zero.End, e.First) : (e.End, zero.First);
        var clause = index.Token(e.First).Clause;
        for (var k = lo; k < hi; k++)
        {
            if (index.IsTrigger(k) && index.Token(k).Clause != clause && !index.Token(k).HasArticleReading && OpensTelling(index, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words before a trigger within which a word of a new telling opens its clause («فيما استهدفت», «كما وقع انفجاران»).</summary>
    private const int TellingReach = 2;

    /// <summary>Words at the head of a sentence within which a trigger tells a happening of its own («في المقابل، قصفت»).</summary>
    private const int SentenceHead = 3;

    /// <summary>
    /// True when the trigger at <paramref name="k"/> is told as a happening of its own: a word of a new telling a word or
    /// two before it («فيما استهدفت قوات النظام», «كما وقع انفجاران»), or the head of its sentence. The same deed told
    /// again inside a clause («أصيب أربعة في تفجير عبوة، استهدف دورية», «جراء انفجار عبوات») or a later act of the same
    /// telling («وحاولت اقتحام الميدان») is none; nor a deed told along with the one before («ترافق مع قصف»).
    /// </summary>
    private static bool OpensTelling(ArticleIndex index, int k)
    {
        var tokens = index.Text.Tokens;
        if (k > 0 && Lexicons.WordRoles.Tolls.Is(index.Text, k - 1, "along"))
        {
            return false;
        }
        var sentence = index.SentenceOf(k);
        var words = 0;
        for (var j = k - 1; j >= sentence.First; j--)
        {
            if (tokens[j].Kind != Text.TokenKind.Word)
            {
                continue;
            }
            if (Lexicons.WordRoles.Tolls.Is(index.Text, j, "newtelling", true))
            {
                return true;
            }
            if (++words >= TellingReach)
            {
                break;
            }
        }
        var head = 0;
        for (var j = sentence.First; j < k; j++)
        {
            head += tokens[j].Kind == Text.TokenKind.Word ? 1 : 0;
        }
        return head < SentenceHead;
    }
}
