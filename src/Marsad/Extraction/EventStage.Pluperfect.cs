namespace Marsad.Extraction;

/// <summary>
/// «أرملة زعيم في التنظيم كانت قد سجنت بعد غارة على سوريا», «وكان قد التحق بعد انشقاقه بحركة الضباط الأحرار», «كان قد أصيب
/// بجروح إثر تعرضه لهجوم مسلح»: the pluperfect «كان قد» puts a state before the time the article tells, and the deed after its
/// «بعد/إثر/عقب» is earlier still, the cause of that state: a background recalled to describe a person, no event of the news time
/// (docs/annotation.md 4.1). A date the deed's clause gives it («بعد اشتباكات عنيفة أمس») leaves it to the date rules and the
/// keep model, which read how old it is.
/// </summary>
public sealed partial class EventStage
{
    private static bool IsCauseOfPluperfect(ArticleIndex index, EventCandidate e)
    {
        // The preposition of after right before the trigger, or one word before it («إثر تعرضه لهجوم», «بعد أن سيطر»).
        var after = -1;
        for (var k = e.First - 1; k >= Math.Max(0, e.First - 2); k--)
        {
            if (index.Token(k).IsWord && index.IsRole(k, "after", true))
            {
                after = k;
                break;
            }
        }
        if (after < 0)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        // «قد» before the state's verb and at most one word of it («قد أصيب بجروح إثر»), a form of «كان» before «قد», its
        // subject between at most («وكانت القوات الأمريكية قد اعتقلتها»).
        for (var q = after - 2; q >= Math.Max(clause.First, after - 3); q--)
        {
            if (!index.IsRole(q, "pluperfect"))
            {
                continue;
            }
            for (var w = q - 1; w >= Math.Max(clause.First, q - 3); w--)
            {
                if (index.Token(w).IsWord && index.IsRole(w, "was", true))
                {
                    return !DateIn(index, e.End, clause.End);
                }
            }
        }
        return false;
    }
}
