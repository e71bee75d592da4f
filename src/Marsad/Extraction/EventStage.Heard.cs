using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «دارت معارك بين وحدات من الجيش والمعارضة المسلحة حيث سمع أصوات الانفجارات والطلقات النارية», «معارك عنيفة تدور في حي
/// القدم ترافقها أصوات انفجارات», «معارك عنيفة تجري في الحي وتصاحبها انفجارات» (role accompany), «اشتدت الاشتباكات في المخيم … مع سماع أصوات انفجارات عنيفة»: explosions told only as heard
/// (event_words.tsv role hearing: «أصوات», «دوي», «سماع») in a sentence of fighting are the noise of that fighting, which is
/// the ASSAULT the sentence codes; they name no strike of their own. Train codes no event for them beside a clash
/// (nc-5f55af2c: «اشتباكات دموية … وسمع دوي انفجارات في المدينة»; nc-12abe460, a capture); a blast heard with what went off
/// named after it («سمع دوي انفجار … ناجم عن انفجار عبوة ناسفة», dev sn-a4b5d675) is a bombing, and one heard where no
/// fighting is told («يسمع سكان دمشق أصوات انفجارات لم يعرف مصدرها») is left to the keep model.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Whether the REMOTE <paramref name="e"/> is a blast heard (<see cref="EventStage"/> remarks above) in a sentence of fighting.</summary>
    private static bool IsSoundOfFighting(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "REMOTE" || !index.IsRole(e.First, "incident", true))
        {
            return false;
        }
        var before = e.First - 1;
        while (before >= 0 && !index.Token(before).IsWord)
        {
            before--;
        }
        // «معارك … وتصاحبها انفجارات», «قصف عنيف يرافقها أصوات انفجارات»: blasts a verb of accompanying joins to the deed
        // told before are that deed's noise, be it fighting or shelling.
        var accompany = Accompanying(index, before);
        if (before < 0 || !(index.IsRole(before, "hearing", true) || accompany >= 0))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var clash = false;
        for (var k = sentence.First; k < accompany; k++)
        {
            clash |= index.IsTrigger(k);
        }
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (k >= e.First && k < e.End)
            {
                continue;
            }
            // «دوي انفجار عبوة ناسفة», «أصوات انفجار قذيفة»: what went off, named after the blast, makes it a bombing or a shell.
            if (k >= e.End && !index.IsRole(k, "incident", true) && (TypeRules.TypeCues.Is(index, k, "device") || TypeRules.TypeCues.Is(index, k, "missile")))
            {
                return false;
            }
            clash |= index.IsRole(k, "clash", true) || index.IsRole(k, "clashverb", true);
        }
        return clash;
    }

    /// <summary>The verb of accompanying at <paramref name="before"/>, or one word before a hearing word there («يرافقها أصوات»); -1 when none.</summary>
    private static int Accompanying(ArticleIndex index, int before)
    {
        if (before < 0)
        {
            return -1;
        }
        if (index.IsRole(before, "accompany", true))
        {
            return before;
        }
        var prior = before - 1;
        while (prior >= 0 && !index.Token(prior).IsWord)
        {
            prior--;
        }
        return prior >= 0 && index.IsRole(before, "hearing", true) && index.IsRole(prior, "accompany", true) ? prior : -1;
    }
}
