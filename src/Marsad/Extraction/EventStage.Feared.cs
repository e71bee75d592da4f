using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>Triggers that name what is feared or what is done by habit, and words of another sense: no happening of the news.</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from a word of fear to the trigger it governs («خشية تجدد الاشتباكات»).</summary>
    private const int FearWindow = 3;

    /// <summary>Tokens from a habit's «… ما» to the trigger it governs («وغالبا ما تدور المواجهات»).</summary>
    private const int HabitWindow = 3;

    /// <summary>
    /// «يهجرون منازلهم خشية تجدد الاشتباكات», «وسط نذر بتجدد الاشتباكات»: what is feared has not
    /// happened. Of the fear words before a trigger in train and dev texts (some 50), none governs a
    /// coded event.
    /// </summary>
    private static bool IsFeared(ArticleIndex index, EventCandidate e) => RoleBefore(index, e, "fear", FearWindow);

    /// <summary>
    /// «غالبا ما تدور المواجهات», «كثيرا ما تخلف القنابل»: an adverb of frequency with «ما» before a
    /// present verb tells a habit (docs/annotation.md 4.3), never one happening. The adverbs are the
    /// habit words of learning_words.tsv; «ما» after them is what makes the construction (alone,
    /// «دائما» may qualify a single deed). None of some 30 in train and dev governs a coded event.
    /// </summary>
    private static bool IsHabitual(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 2; k >= Math.Max(sentence.First, e.First - HabitWindow - 1); k--)
        {
            if (string.Equals(index.Token(k + 1).Norm, "ما", StringComparison.Ordinal)
                && WordRoles.Learning.Is(index.Text, k, "habit", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «قصفت مقرين ونقطة تجمع للتنظيم», «غارات لمراكز تجمع تابعة لداعش»: a protest verb with no
    /// clitic right after a noun of a position or building (event_words.tsv role facility) is that
    /// noun's genitive, the verbal noun «تجمُّع»: a place where fighters gather, a target, no protest.
    /// Of the nine such phrases in train and dev texts none is a coded protest.
    /// </summary>
    private static bool IsGatheringPlace(ArticleIndex index, EventCandidate e) =>
        e.Type == "PROTEST" && e.Trigger.IsVerb && e.Reading.Prefix == 0 && e.First > 0
        && index.Token(e.First - 1).IsWord && index.IsRole(e.First - 1, "facility", true);

    /// <summary>
    /// «استهدفت تجمعا للقوات العراقية», «تجمع مسلحو التنظيم»: a gathering whose own party, right
    /// after the word (its genitive, behind the clitic ل, or its subject), is an armed one is a
    /// massing of fighters, a target or a deployment, never a protest (SPEC §2: protesters are no
    /// armed party).
    /// </summary>
    private static bool IsFightersGathering(ArticleIndex index, EventCandidate e) =>
        e.Type == "PROTEST" && index.ActorAt(e.End) is { IsArmed: true } a && a.First == e.End
        && (a.Clitics.Length == 0 || string.Equals(a.Clitics, "ل", StringComparison.Ordinal));

    /// <summary>
    /// «بعد نحو شهرين على إرسال تعزيزات», «بعد أشهر من هجوم شنه مسلحان»: a trigger right behind
    /// «على» or «من» after «بعد», «قبل» or «منذ» and a span of months or years is told as that far
    /// from the news, history (docs/annotation.md 4.1; «بعد أسبوعين من تفجير» is a recent one, left
    /// to the model). Of 16 such phrases in train and dev texts none governs a core event.
    /// </summary>
    private static bool IsSpanAway(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        var link = e.First - 1;
        if (link - 1 <= sentence.First || !index.Token(link).IsWord
            || index.Token(link).Norm is not ("علي" or "من")
            || !index.IsRole(link - 1, "longspan"))
        {
            return false;
        }
        // «بعد شهرين», «بعد نحو شهرين», «بعد ستة أشهر», «بعد أكثر من عامين».
        for (var k = link - 2; k >= Math.Max(sentence.First, link - 4); k--)
        {
            if (index.Token(k).Norm is "بعد" or "وبعد" or "قبل" or "منذ")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words between a word of protection and the «من/ضد» of what it guards against: the one protected («أجوائها», «المدنيين العزل», «الأراضي التركية»).</summary>
    private const int GuardedObject = 3;

    /// <summary>
    /// «لحماية أجوائها من الهجمات الصاروخية المحتملة من سوريا», «يهدف إلى حماية إسرائيل من الهجمات الصاروخية»,
    /// «ضعف القوات في حماية المدنيين من هجمات»: a deed noun that a protection (event_words.tsv role guard) guards
    /// against, right after «من» or «ضد» (and «أي»), is a danger named, no happening told (docs/annotation.md 4.3).
    /// Some 40 such phrases in both conflict corpora; none governs a coded event of train or dev. A verb is
    /// left alone: «من قصف» is a noun, a clause after «من» is not what is guarded against.
    /// </summary>
    private static bool IsGuardedAgainst(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var from = e.First - 1;
        if (from > sentence.First && index.IsRole(from, "guardany"))
        {
            from--;
        }
        if (from <= sentence.First || index.Token(from).Norm is not ("من" or "ضد"))
        {
            return false;
        }
        for (var k = from - 1; k >= Math.Max(sentence.First, from - 1 - GuardedObject); k--)
        {
            if (!index.Token(k).IsWord)
            {
                return false;
            }
            if (index.IsRole(k, "guard", true))
            {
                return true;
            }
        }
        return false;
    }
}
