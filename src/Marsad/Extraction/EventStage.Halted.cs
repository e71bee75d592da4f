using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «القوات العراقية أوقفت عمليات القصف», «يوقف الجيش السوري القصف», «يعمل على ضبط الوضع الأمني», «مما أوقف عملها»:
/// a verb of stopping that ARREST reads as detaining («أوقف», «توقيف», «ضبط»: event_words.tsv role haltverb) detains
/// someone only when a person is its object (docs/annotation.md 6.1: arrests, detentions). Its first word past the
/// subject is that object; an activity or a state of things there (role halted) is what the verb halts or brings under
/// control, and no one is arrested (s21b-arrest listed the class: train and dev code no such arrest). A gate, not a
/// trigger need: the candidate stays among the article's triggers, so the keep model's article features of every other
/// candidate are read as before.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a verb of stopping where its object is read, past a subject of a few words («أوقفت قوات الأمن التركية»).</summary>
    private const int HaltReach = 6;

    /// <summary>
    /// Whether <paramref name="e"/> stands on a verb of stopping whose first word past the actors right after it is an
    /// activity or a state of things. A number, a person, a place or a preposition there («أوقفت الشرطة 12 شخصا», «أوقف
    /// الجيش في بلدة») keeps the arrest, and so does a pronoun object on the verb («أوقفته الشرطة», «جرى توقيفهم»): it is
    /// a person as often as a thing.
    /// </summary>
    internal static bool HaltsActivity(ArticleIndex index, EventCandidate e)
    {
        // A detention the type rules retyped by its doer («ضبط» by a non-state party reads as an abduction) halts
        // an activity all the same («بأقصى درجات ضبط النفس»).
        // «ضبط عناصر الخلية بتهمة التخطيط لهجمات»: a trigger phrase that holds its object (triggers.tsv «ضبط خلية», «ضبط
        // عناصر») has persons detained already; an activity after it is what they are charged with.
        if (e.Type is not ("ARREST" or "ATTACK_CIVILIANS") || !index.IsRole(e.First, "haltverb", true) || e.Reading.Suffix > 0 || e.End - e.First > 1)
        {
            return false;
        }
        var end = Math.Min(index.ClauseOf(e.First).End, e.End + HaltReach);
        for (var k = e.End; k < end; k++)
        {
            // «أوقفت أمس عمليات القصف», «أوقفت يوم الأحد دورياتها»: a time word or an adverb (role skip) stands between the verb
            // and its object, as TollTotals.IsTotal reads past them (review29 finding 12).
            if (!index.Token(k).IsWord || index.ActorAt(k) is not null || index.InDate(k) || index.IsRole(k, "skip", true))
            {
                continue;
            }
            // «القصف»: a word that is also a deed may match a longer phrase of another role; its bare base is read too.
            return index.IsRole(k, "halted", true) || index.Words.IsWord(index.Text, k, "halted");
        }
        return false;
    }
}
