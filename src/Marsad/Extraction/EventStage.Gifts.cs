using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// What is given: whether a verb of giving or sending is support to a party or relief to people, read from the goods,
/// the load the carriers bear and the receiver named after it (moved out of EventStage.Triggers.cs, which had grown
/// past 500 lines with s38b-support's load reading).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>How far after a verb of giving its goods may stand («قدمت الولايات المتحدة للمعارضة أسلحة»).</summary>
    private const int GiftReach = 8;

    /// <summary>
    /// A verb of giving or sending («قدّم», «أرسل», «توفير») is support to a party when arms or
    /// military means follow it, relief when relief goods follow it; aid named without its kind
    /// («مساعدات») is support when an armed side or a state is named after it (the receiver:
    /// «مساعدات لمقاتلي المعارضة», «مساعدات إلى الحكومة»), else relief. Civilians named after it before
    /// any armed side are whom the aid is for, whatever state hosts them or takes it for them
    /// («مساعدات … لمساعدة الأردن على استيعاب اللاجئين», «مساعدات إلى لبنان لإغاثة النازحين»): relief.
    /// </summary>
    private static bool GiftFits(ArticleIndex index, int from, int clauseEnd, string needs)
    {
        var end = Math.Min(clauseEnd, from + GiftReach);
        if (LoadKind(index, from, end) is { } load)
        {
            return load == needs;
        }
        for (var k = from; k < end; k++)
        {
            if (index.IsRole(k, needs, true))
            {
                return true;
            }
            if (index.IsRole(k, "gift", true) && !index.IsRole(k, needs == "arms" ? "relief" : "arms", true))
            {
                return ArmedReceiver(index, k + 1, clauseEnd) == (needs == "arms");
            }
        }
        return false;
    }

    /// <summary>
    /// What the planes, trucks or ships sent carry names the kind of the giving, before the carriers and before
    /// whoever is named after the load («إرسال طائرتين إلى سوريا محملتين بالمساعدات», «شاحنات تحمل أسلحة»): a word
    /// of loading (event_words.tsv role laden) with goods right after it; aid of no named kind carried is
    /// relief cargo («محملة بالمساعدات»), arms carried are arms. Null when no load is told.
    /// </summary>
    private static string? LoadKind(ArticleIndex index, int from, int end)
    {
        for (var k = from; k < end - 1; k++)
        {
            if (!index.IsRole(k, "laden", true))
            {
                continue;
            }
            if (index.IsRole(k + 1, "arms", true))
            {
                return "arms";
            }
            if (index.IsRole(k + 1, "relief", true) || index.IsRole(k + 1, "gift", true))
            {
                return "relief";
            }
        }
        return null;
    }

    /// <summary>
    /// Whether aid of no named kind goes to an armed side or a state: the first armed side after it decides for
    /// support and the first civilians for relief; a state defers to civilians named after it (the host or the
    /// channel of relief), and decides for support when none are. A country's political opposition is a side
    /// of the war, not its people: funds for it are support («ستين مليون دولار من المساعدات إلى المعارضة
    /// السورية», annotation.md 8: a pledge of non-lethal aid to a side), and it decides as an armed side does.
    /// </summary>
    private static bool ArmedReceiver(ArticleIndex index, int from, int clauseEnd)
    {
        var state = false;
        for (var i = index.FirstActorFrom(from); i < index.Actors.Count && index.Actors[i].First < clauseEnd; i++)
        {
            var a = index.Actors[i];
            if (a.End > clauseEnd)
            {
                continue;
            }
            if (a.ActorId == "CIV")
            {
                return false;
            }
            if (a.IsArmed || ActorLexicon.IsOpposition(a.ActorId))
            {
                return true;
            }
            state |= a.Entry?.Class == "state";
        }
        return state;
    }

    /// <summary>
    /// Undotted, «تقدم» (event_words role giveverb) is both «تقدّم» (it advanced) and «تُقدِّم» (she gives): aid or
    /// relief goods right after it as its bare object («كانت تقدم مساعدات لقوة من الجيش», «قد تقدم المساعدات
    /// الإنسانية») are given, no advance; «تقدم الجيش بمساعدة الطيران» is still an advance.
    /// Arms are left out: «تقدم دبابات الجيش نحو المدينة» is the tanks' advance.
    /// </summary>
    private static bool GivesGoods(ArticleIndex index, PhraseMatch<TriggerEntry> m)
    {
        if (m.End - m.First != 1 || !index.Words.IsWholeWord(m.FirstReading.Base, "giveverb") || m.FirstReading.HasArticle)
        {
            return false;
        }
        for (var k = m.End; k < Math.Min(index.Count, m.End + 2); k++)
        {
            // The goods are the bare object: «بمساعدة الطيران» ("with the help of") is how the advance went, not what is given.
            if ((index.Role(k, "gift", true) ?? index.Role(k, "relief", true)) is { } goods && !PrepositionMarked(index, goods))
            {
                return true;
            }
        }
        return false;
    }
}
