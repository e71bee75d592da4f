namespace Marsad.Extraction;

/// <summary>
/// «حين ينتقد الأنظمة العربية المجاورة», «عندما يتمكن المقاتلون من بسط سيطرتهم على العاصمة», «كلما يقصف الطيران البلدة»: a
/// clause of time whose verb is in the present (imperfect) tells a habit or a time yet to come, whenever it happens, not a
/// happening of the news (docs/annotation.md 4.3). The past («عندما تعرضت الدورية لهجوم», «حين سيطر التنظيم») tells a
/// deed and stays; «في حين» is «whereas» and «إلى حين» «until», no clause of time of a deed.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Words from the clause's conjunction to the trigger its present verb governs («عندما يتمكن الثوار من بسط سيطرتهم»).</summary>
    private const int GenericWhenReach = 6;

    private static bool IsUnderGenericWhen(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var c = e.First - 1; c >= Math.Max(clause.First, e.First - GenericWhenReach); c--)
        {
            if (!index.Token(c).IsWord || !index.IsRole(c, "genericwhen"))
            {
                continue;
            }
            // «في حين», «إلى حين»: phrases read from the word before, across a clause boundary «في حين» may open.
            if (c > 0 && index.Role(c - 1, "notwhen") is { } phrase && phrase.End == c + 1)
            {
                return false;
            }
            // The clause's verb right after the conjunction, in the present: the prefix «ي» («ينتقد», «يتمكن»); a verb
            // with «ت» is as often a past (Forms V and VI: «تمكن», «تعرض»), left to the model.
            var verb = c + 1;
            return verb < e.End && index.Token(verb).IsWord
                && index.Token(verb).Norm.StartsWith('ي') && !index.HasTriggerIn(verb, e.First);
        }
        return false;
    }
}
