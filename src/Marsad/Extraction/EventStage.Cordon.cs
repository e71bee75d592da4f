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
        }
        return false;
    }
}
