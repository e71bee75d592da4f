using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// «تواصل القوات النظامية القصف على مناطق عدة بسوريا», «حصيلة المواجهات في مختلف أنحاء سوريا الخميس بلغت 210
/// قتلى», «غارات على مواقع التنظيم في أنحاء العراق», «18 غارة في العراق في سبع مدن مختلفة»: shelling or fighting
/// whose only place is a country spread over its many unnamed parts is a total or a monitor's daily toll, not a
/// happening the article itemises (docs/annotation.md 4.2: «قتل 150 شخصا في أنحاء سوريا اليوم» is not coded;
/// 2026-12-02: strikes with no place are a total). The named places of the same line («مع تواصل القتال بدمشق
/// وحلب») are candidates of their own and stay. Only the violent types: a nationwide sweep of arrests
/// («في جميع أنحاء البلاد») is coded at the country (dev sn-26e4c4aa, train sn-856e1a70), and a country's
/// protests are an optional event of the rest (annotation.md, places).
/// </summary>
public sealed partial class EventStage
{
    private static bool IsSpreadOverCountry(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || e.Place is not { } p
            || p.Mention.Precision != "country" || e.PlaceSource is "focus" or "none")
        {
            return false;
        }
        var clause = index.ClauseOf(p.First);
        // Before the name: «في مختلف أنحاء سوريا», «على مناطق عدة بسوريا», «في أنحاء متفرقة من سوريا».
        var k = p.First - 1;
        if (k > clause.First && index.Token(k).IsWord && index.IsRole(k, "prep"))
        {
            k--;
        }
        for (var j = Math.Max(clause.First, k - 2); j <= k; j++)
        {
            if (index.Token(j).IsWord && index.Role(j, "spreadover", true) is { } m && m.End == k + 1)
            {
                return true;
            }
        }
        // After it: «في العراق في سبع مدن مختلفة», «في سوريا في عدة محافظات».
        var a = p.End;
        if (a < clause.End && index.Token(a).IsWord && index.IsRole(a, "prep"))
        {
            a++;
        }
        if (IsSpreadWord(index, a, clause.End))
        {
            return true;
        }
        // «في سبع مدن مختلفة»: a count before the spread words; «عدة» is itself one («في عدة محافظات»), read above.
        if (a < clause.End && ArabicNumbers.Default.ReadAt(index.Text, a) is { } n && n.End > a)
        {
            a = n.End;
        }
        else if (a < clause.End && index.Token(a).Kind == TokenKind.Number)
        {
            a++;
        }
        return IsSpreadWord(index, a, clause.End);
    }

    private static bool IsSpreadWord(ArticleIndex index, int k, int end) =>
        k < end && index.Token(k).IsWord && index.Role(k, "spreadover", true) is not null;
}
