namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>Tokens a word of seizing, finding or storing may stand before the projectile it governs («استولى على أسلحة بينها صواريخ»).</summary>
    private const int SeizedReach = 5;

    /// <summary>
    /// «استولى الجيش الحر على أسلحة بينها صواريخ», «والاستيلاء على 17 صاروخا», «ضبط 60 صاروخا», «مستودع به صاروخ سكود»:
    /// a projectile noun (role missile) that a word of seizing, finding or storing governs (role seized) is a weapon taken,
    /// found or kept, no strike (s42-types: 19 such phrases in 17 articles of the conflict pool, all weapons taken or found;
    /// the keep model read the projectile as fired in 3 of them, at 0.36). A trigger between them governs the projectile instead.
    /// </summary>
    private static bool IsWeaponSeized(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "REMOTE" || e.Trigger.IsVerb || !index.IsRole(e.First, "missile", true))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - SeizedReach); k--)
        {
            if (index.IsRole(k, "seized", true))
            {
                return true;
            }
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        return false;
    }
}
