using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Dead told «also» after a toll of the same deed are more of its dead (docs/annotation.md 6.5: all the dead of the event
/// count, whichever side): «قتل والي المدينة بعد تعرضه لهجوم مسلح»، مضيفا أن خمسة من مرافقيه قتلوا أيضا في الهجوم» is 6,
/// «مما أسفر عن مقتل ضابطين. … وأضاف أن عنصرا من المهاجمين قتل أيضا» is 3.
/// </summary>
public sealed partial class FatalityFinder
{
    /// <summary>«أيضا» (kind also): after a verb of dying told after its people, the dead are added to a toll told before.</summary>
    private readonly HashSet<string> _also = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds the dead told «also» («خمسة من مرافقيه قتلوا أيضا») to the toll told right before them, in their sentence or
    /// the one before, and gives both statements the sum: either telling may be the one its deed's event reads. Only the
    /// people named before their verb are read so («وقتل أيضا شخصان في هجومين» opens an item of a round-up), and not when
    /// «أيضا» goes on to a deed named without the article («قتل أيضا بانفجار عبوة»: another deed, with its own toll).
    /// </summary>
    private void AddAlsoKilled(AnalyzedText text, Cue?[] cueAt, List<FatalityMention> result)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < result.Count; i++)
        {
            var also = result[i];
            if (also.Count <= 0 || !ToldAlso(tokens, also)
                || cueAt[also.End - 1] is not { } verb || !(verb.Is(CueKind.KillPost) || verb.Is(CueKind.KillPostSingle))
                || NewDeedAfter(text, also.End + 1, tokens[also.End].Sentence))
            {
                continue;
            }
            var before = -1;
            for (var j = 0; j < result.Count; j++)
            {
                var m = result[j];
                if (j != i && m.Count > 0 && m.End <= also.First && (before < 0 || m.First > result[before].First))
                {
                    before = j;
                }
            }
            if (before < 0 || tokens[also.First].Sentence - tokens[result[before].First].Sentence > 1)
            {
                continue;
            }
            var first = result[before];
            var sum = (int)Math.Min(int.MaxValue, (long)first.Count + also.Count);
            var lower = first.IsLowerBound || also.IsLowerBound;
            result[before] = first with { Count = sum, IsLowerBound = lower, IsVague = first.IsVague || also.IsVague };
            result[i] = also with { Count = sum, IsLowerBound = lower, IsVague = first.IsVague || also.IsVague };
        }
    }

    /// <summary>
    /// True when «أيضا» follows the statement: its dead are others than a victim named in its sentence («مقتل الوالي …،
    /// مضيفا أن خمسة من مرافقيه قتلوا أيضا»), who is counted apart (the numbered count would otherwise hold him).
    /// </summary>
    private bool ToldAlso(SealedList<Token> tokens, FatalityMention m) => m.End < tokens.Count && _also.Contains(tokens[m.End].Norm);

    /// <summary>
    /// True when the words from <paramref name="k"/> name a deed without the article: a noun with a clitic preposition
    /// («بانفجار») or one after a preposition («في هجوم»), neither definite nor after a demonstrative («في هذه الغارات»).
    /// </summary>
    private static bool NewDeedAfter(AnalyzedText text, int k, int sentence)
    {
        var tokens = text.Tokens;
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].Sentence != sentence)
        {
            return false;
        }
        var afterPrep = WordRoles.EventWords.IsWord(text, k, "prep");
        var j = afterPrep ? k + 1 : k;
        if (j >= tokens.Count || !tokens[j].IsWord || tokens[j].Sentence != sentence || WordRoles.EventWords.IsWord(text, j, "demonstrative"))
        {
            return false;
        }
        // The first reading of a word is often the whole token; a clitic preposition or the article shows in any of them
        // («فيما» after «أيضا» is a conjunction: its «ف» is no preposition).
        var definite = false;
        var clitic = false;
        foreach (var r in tokens[j].Segmentations)
        {
            definite |= r.HasArticle;
            clitic |= r.Prefix > 0 && tokens[j].Norm[0] is 'ب' or 'ل' or 'ك';
        }
        return !definite && (afterPrep || clitic);
    }
}
