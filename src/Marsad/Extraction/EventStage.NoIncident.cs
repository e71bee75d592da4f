namespace Marsad.Extraction;

/// <summary>
/// Words of force that tell no deed of force (docs/annotation.md 4.1, 4.3, §8 accidents): fires brought under control,
/// a party a person fought alongside, an explosion the article lays on a mishap, and deeds named as the cause of a
/// hardship people endure. Each is a handful of pool rows and none in train or dev gold, so the keep model cannot learn
/// the word that undoes the trigger (s37-noevent).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens before a deed noun where the present verb of enduring a hardship may stand.</summary>
    private const int EnduredReach = 20;

    /// <summary>Tokens after a verb where the preposition of its object may stand, past its subject and a day.</summary>
    private const int ObjectReach = 6;

    /// <summary>
    /// «إلا أن قوات الأمن هاجمتهم وسيطرت على النيران», «السيطرة على الحريق»: a capture whose object behind «على» is a fire
    /// (event_words.tsv role blaze) put out a blaze; nothing was taken from anyone.
    /// </summary>
    private static bool IsBlazeControlled(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "CAPTURE")
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        // The taker and a day may stand between the verb and «على» («وسيطرت قوات الأمن أمس على النيران»).
        for (var k = e.End; k + 1 < Math.Min(clause.End, e.End + ObjectReach); k++)
        {
            if (index.Token(k).IsWord && string.Equals(index.Token(k).Norm, "علي", StringComparison.Ordinal))
            {
                return index.IsRole(k + 1, "blaze", true);
            }
        }
        return false;
    }

    /// <summary>
    /// «الذي انضم وقاتل مع تنظيم داعش في الموصل», «حزب الله الذي يقاتل إلى جانب القوات الحكومية», «قاتل في صفوف
    /// المعارضة»: the verb «قاتل» (role fightverb; not «اشتبك», whose «مع» names the enemy, nor «قتل», whose «في صفوف» names
    /// the ranks of the dead) followed in its clause by «مع», «إلى جانب» or «في صفوف», before any place or other deed,
    /// names the side its subject fought on: a person's service or a party's alliance, told with no day, no one fight
    /// (4.3). With a date of its own it may be the day's battle, and the keep model reads it.
    /// </summary>
    private static bool IsFoughtAlongside(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ASSAULT" || !e.Trigger.IsVerb || e.Date?.Text is not null || !index.IsRole(e.First, "fightverb", true))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        // The fighters may stand between the verb and their side («ويقاتل مقاتلو حزب الله إلى جانب قوات النظام»).
        for (var k = e.End; k < Math.Min(clause.End, e.End + ObjectReach); k++)
        {
            if (index.IsTrigger(k) || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (index.Token(k).IsWord && index.IsRole(k, "alongside"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «حادث انفجار منطاد الأقصر» with «إثر خلل في الغاز» told after, «انفجار … نجم عن غلاية غاز»: an explosion with no
    /// doer in an article that names a mishap (role mishap) and no weapon, bomb, strike or attack at all (roles bomb,
    /// missile, remoteweapon, strike, plainattack, fire) is an accident, not political violence (§8). A crash «نتيجة خلل
    /// تقني» during a raid keeps its raid: the article names the strike.
    /// </summary>
    private static bool IsMishap(ArticleIndex index, EventCandidate e) =>
        e.Type == "REMOTE" && e.Actor1 is null && index.MishapOnly(NamesMishapOnly);

    /// <summary>Whether the article names a mishap and no weapon, bomb, strike or attack: read once per article, since every doerless blast of it asks.</summary>
    private static bool NamesMishapOnly(ArticleIndex index)
    {
        var mishap = false;
        for (var k = 0; k < index.Count; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (index.IsRole(k, "bomb", true) || index.IsRole(k, "missile", true) || index.IsRole(k, "remoteweapon", true)
                || index.IsRole(k, "strike", true) || index.IsRole(k, "plainattack", true) || index.IsRole(k, "fire", true))
            {
                return false;
            }
            mishap |= index.IsRole(k, "mishap", true);
        }
        return mishap;
    }

    /// <summary>
    /// «ويعاني سكان الرقة أوضاعا صعبة في ظل الضغوط التي يمارسها التنظيم وغارات التحالف», «يعاني من وضع حرج بسبب تعرضه
    /// للتعذيب»: a deed noun told after a present verb of enduring (role endure) and a word of cause (role hardshipcause:
    /// «في ظل», «بسبب», «جراء», «على خلفية») in its sentence, with no other deed between, is the cause of a standing
    /// hardship, a condition (4.3), no deed of a day. Without the cause word the deed is told beside the hardship
    /// («للسوريين الذين يعانون من آثار النزاع، بينما صدرت مواقف منددة بمجزرة»). Not with a date of its own:
    /// «تعاني انقطاع التيار على خلفية السيارة المفخخة التي انفجرت أمس الأول» tells the bombing of a day.
    /// </summary>
    private static bool IsEnduredCondition(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || e.Date?.Text is not null)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var caused = false;
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - EnduredReach); k--)
        {
            if (index.IsTrigger(k))
            {
                return false;
            }
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (index.IsRole(k, "endure", true))
            {
                return caused;
            }
            caused |= index.IsRole(k, "hardshipcause", true);
        }
        return false;
    }

    /// <summary>
    /// «وهدد ائتلاف المعارضة بمقاطعة الاجتماع», «هدد بالانسحاب من المفاوضات»: a threat whose threatened deed behind «ب» is
    /// a step of boycotting, walking out, suspending or resigning (role demarche, s33-noevent) threatens no force, and
    /// THREATEN is a threat of force (SPEC §2; train nc-0f67a284, not coded by 4.4). The first object behind «ب» is
    /// the threatened deed, as <see cref="Menaces"/> reads it.
    /// </summary>
    private static bool IsStepThreatened(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "THREATEN" || !e.Trigger.IsVerb)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var (k, words) = (e.End, 0); k < sentence.End && words < MenaceReach; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (StatementRoles.BehindBa(index, k))
            {
                return index.IsRole(k, "demarche", true);
            }
            words++;
        }
        return false;
    }
}
