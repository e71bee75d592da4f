using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «ستمنع المتظاهرين من تنظيم مسيرة», «منعت الشرطة الأهالي من إقامة مظاهرة»: a verb of banning takes the party
/// kept and «من» before the deed kept from; the deed was only meant by that party (annotation.md 6.2). The
/// plain cue walk stops at «من», which is no passable word: this reads the verb's two objects.
/// A deed right after «من» is the gate's (EventStage.Undone `IsBarredFrom`), which drops it as no deed.
/// </summary>
internal sealed partial class ModalityResolver
{
    /// <summary>At most this many words of the party kept between the verb of banning and its «من».</summary>
    private const int KeptPartyReach = 4;

    /// <summary>At most this many words between a negation and the verb of banning it undoes.</summary>
    private const int BanNotBefore = 6;

    /// <summary>
    /// «لم يتمكنوا من منع أرتال القوات من الوصول», «لم يمنع المطر الآلاف من المشاركة»: a ban that did not hold
    /// leaves the deed done, as the gate of a deed kept from reads it (event_words.tsv role claimnegation).
    /// </summary>
    private static bool BanUndone(ArticleIndex index, int cueFirst, Text.TextUnit sentence)
    {
        for (var n = cueFirst - 1; n >= Math.Max(sentence.First, cueFirst - BanNotBefore); n--)
        {
            if (index.IsRole(n, "claimnegation", true))
            {
                return true;
            }
        }
        return false;
    }

    private (ModalityCue Cue, TextSpan Span, int First)? BanOverParty(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        var from = e.First - 1;
        while (from > sentence.First && IsPassable(index, from) && index.ActorAt(from) is null)
        {
            from--;
        }
        if (from <= sentence.First || !index.Token(from).IsWord || index.Token(from).Norm is not "من")
        {
            return null;
        }
        var text = index.Text;
        for (var k = from - 1; k >= Math.Max(sentence.First, from - 1 - KeptPartyReach); k--)
        {
            if (cues.Matcher.MatchAt(text, k, allowClitics: true) is { } m && m.End <= from
                && m.Values.FirstOrDefault(static c => c.Scope == "ban") is { } cue)
            {
                return (cue, m.Span, m.First);
            }
            if (text.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return null;
            }
        }
        return null;
    }
}
