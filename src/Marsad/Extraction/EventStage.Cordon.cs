namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>How far after a blockade trigger the scene it closes may be named: «طوقت قوات من الشرطة مكاني الانفجارين».</summary>
    private const int CordonWindow = 6;

    /// <summary>
    /// A blockade whose object is the scene of a blast, an attack or a crime («فرضت الشرطة طوقا أمنيا
    /// حول مكان الحادث», «طوقت قوات الأمن موقع الانفجار»): police securing a scene besiege no one.
    /// No such cordon is coded in train or dev (the coded blockades close towns, roads and crossings);
    /// the keep model kept two on train (at 0.25) and fifteen on the 2013/2015 pool, all police cordons.
    /// A cordon around a spot told back with the article («حول المنطقة», «في محيط المنزل») is one too.
    /// </summary>
    private static bool IsSceneCordon(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "BLOCKADE")
        {
            return false;
        }
        var clause = index.Token(e.First).Clause;
        var end = Math.Min(index.Count - 1, e.End + CordonWindow);
        for (var k = e.End; k < end && index.Token(k).Clause == clause; k++)
        {
            if (index.IsRole(k, "placehead", true) && index.IsRole(k + 1, "incident", true))
            {
                return true;
            }
            // «فرضت قوة أمنية طوقا حول المنطقة», «طوقا في محيط المنزل», «طوقت المكان»: a spot the article names no more,
            // only back with the article, is the scene just told; a town encircled is named («طوقا على الرمادي»),
            // and so is an area whose name runs on past its noun («حول المنطقة الخضراء»).
            if ((k == e.End || index.IsRole(k - 1, "surround")) && index.Token(k).Norm.StartsWith("ال", StringComparison.Ordinal)
                && (index.IsRole(k, "placehead", true) || index.IsRole(k, "scenespot", true)) && !(index.PlaceAt(k) is { } named && named.End > k + 1))
            {
                return true;
            }
        }
        return false;
    }
}
