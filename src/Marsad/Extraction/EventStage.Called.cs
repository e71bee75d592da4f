namespace Marsad.Extraction;

/// <summary>
/// «طالب أحد المقاتلين بانسحاب قوات الحكومة من القرية», «تطالب المعارضة بنشر الجيش على كل الحدود», «مطالبين باعتقال ابن
/// عم الأسد», «دعا الوزير إلى اعتقال المسؤولين»: a verbal noun that is the object of a word of calling or demanding, behind
/// its preposition («ب», «ل», «إلى»), is the deed a party asks for, not one done (calls for action are no events,
/// docs/annotation.md 4.4).
/// The walk from the noun back to the call stops at punctuation, at another trigger and at a word that presupposes its
/// deed («بوقف القصف»: the shelling a party asks to stop is going on). SUPPORT has its own gate (IsDemandedSupport); a
/// called PROTEST is the organisers' plan, which the modality cues read as intended; verbs of requesting («طلب») and
/// banning are not words of calling here: a state's request may be its order to deploy.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Words back from a demanded verbal noun to the word of calling: its subject and its addressee stand between
    /// («طالب حزب الحرية والعدالة بمحافظة البحيرة الأجهزة الأمنية بضبط»).
    /// </summary>
    private const int CallWindow = 8;

    private static bool IsCalledFor(ArticleIndex index, EventCandidate e)
    {
        if (e.Type is "PROTEST" or "SUPPORT" || !HasCallPreposition(index, e))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var words = 0;
        for (var k = e.First - 1; k >= sentence.First && words < CallWindow; k--)
        {
            // «وطالب "لواء شهداء اليرموك" في البداية بانسحاب», «وتطالب المعارضة (قوى 14 آذار) بنشر الجيش»: a name in quotes
            // or an aside in brackets stands inside the call's clause; a comma or a full stop ends it.
            if (index.Token(k).Kind == Text.TokenKind.Punctuation)
            {
                if (index.Token(k).IsDoubleQuote || index.Token(k).Norm is "(" or ")")
                {
                    continue;
                }
                return false;
            }
            words++;
            if (index.IsRole(k, "presupposed", true) || index.IsTrigger(k))
            {
                return false;
            }
            if (index.IsRole(k, "call", true) && !IsStudent(index, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The trigger is a verbal noun behind a preposition: a «ب» or «ل» proclitic («بانسحاب», «لإقالة») or «إلى» before it.
    /// The lexicon reads «بضبط», «بنشر» as the past verbs «ضبط», «نشر»; no verb takes «ب», and a past after «ل» or «إلى»
    /// is the verbal noun of the same letters (a present after «ل», «ليضبط», is a verb of purpose, not read here).
    /// </summary>
    private static bool HasCallPreposition(ArticleIndex index, EventCandidate e)
    {
        var norm = index.Token(e.First).Norm;
        var prefix = norm.AsSpan(0, Math.Min(e.Reading.Prefix, norm.Length)).TrimStart("وف");
        var noun = !e.Trigger.IsVerb || e.Trigger.Tense == Lexicons.Tense.Past;
        return prefix is ['ب', ..] || (noun && (prefix is ['ل', ..] || (e.First > 0 && index.Token(e.First - 1).Norm is "الي")));
    }

    /// <summary>«مقتل طالب بقصف»: «طالب» after a deed or a number is a student, no demand.</summary>
    private static bool IsStudent(ArticleIndex index, int k) =>
        index.Token(k).Norm is "طالب" && k > 0 && (index.IsTrigger(k - 1) || index.IsCountAt(k - 1));
}
