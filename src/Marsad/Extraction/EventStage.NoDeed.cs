using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// Deeds an article names without telling one of them (docs/annotation.md 4.1, 4.3): any deed at all, the deed an
/// anniversary remembers told again, and the areas a party holds described by their taking. Each is rare in train and
/// dev, so the keep model has too few rows to learn the word that undoes the trigger (s36-noevent).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after an anniversary word where the deed it remembers may stand («في الذكرى الثامنة لاغتيال»).</summary>
    private const int RememberedReach = 5;

    /// <summary>Tokens after a capture verb where the adjective of its wide unnamed areas may stand («سيطر على مناطق واسعة»).</summary>
    private const int WideAreaReach = 4;

    /// <summary>
    /// «إن أي هجوم جوي إسرائيلي يمثل تدخلا», «دون حدوث أي اشتباكات», «لم تنفذ أي عملية اعتقال»: a deed noun «أي» quantifies
    /// (event_words.tsv role guardany, «أي», «أية»; one operation word may stand between) is any deed at all, a
    /// hypothesis, a rule or a denial, never one that happened. A threat keeps its object («ستقوم بصد أي هجوم», train
    /// sn-f92aaf19, THREATEN core), and a denial read as negated is the denied deed's own reading.
    /// </summary>
    private static bool IsAnyDeed(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || e.Type == "THREATEN" || e.Modality == "negated")
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var k = e.First - 1;
        if (k > sentence.First && index.IsRole(k, "operation", true))
        {
            k--;
        }
        return k >= sentence.First && index.Token(k).IsWord && index.IsRole(k, "guardany", true);
    }

    /// <summary>
    /// «قال الحريري في الذكرى الثامنة لاغتيال والده …» then «واغتيل رئيس الوزراء الأسبق في تفجير قنبلة قرب موكبه في بيروت»:
    /// the sentence after an anniversary that holds a trigger of the remembered deed's type tells that deed again, years
    /// back (4.1). Its other triggers are the same deed told by its means (the bombing of the assassination). Not with a
    /// date of its own: «وقتل متظاهر اليوم» after «في ذكرى مقتل …» is the day's news.
    /// </summary>
    private static bool IsAnniversaryRetold(ArticleIndex index, EventCandidate e)
    {
        if (e.Date?.Text is not null)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        if (sentence.Index == 0)
        {
            return false;
        }
        var previous = index.Text.Sentences[sentence.Index - 1];
        var remembered = RememberedType(index, previous);
        if (remembered is null)
        {
            return false;
        }
        for (var k = sentence.First; k < e.End; k++)
        {
            if (string.Equals(index.TriggerTypeAt(k), remembered, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The type of the deed noun an anniversary word of <paramref name="sentence"/> remembers, or null.</summary>
    private static string? RememberedType(ArticleIndex index, Marsad.Text.TextUnit sentence)
    {
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (!index.IsRole(k, "anniversary", true))
            {
                continue;
            }
            for (var j = k + 1; j < Math.Min(sentence.End, k + 1 + RememberedReach); j++)
            {
                if (!index.Token(j).IsWord && index.Token(j).Kind != Marsad.Text.TokenKind.Number)
                {
                    break;
                }
                if (index.TriggerTypeAt(j) is { } type)
                {
                    return type;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// «المناطق التي استولت عليها داعش», «الأراضي التي سيطر عليها المتمردون», «تنظيم الدولة الإسلامية الذي سيطر على مناطق
    /// واسعة في سوريا والعراق»: a past capture verb right after a relative pronoun whose head is a generic plural of areas
    /// (role heldarea), or whose head is the taker and whose object is wide unnamed areas (an adjective of role wide after
    /// the areas' noun), describes what a
    /// party holds, not a taking of the news time (4.3). Not with a date of its own («القريتين التي استولوا عليها
    /// الأربعاء»): a named place taken on a day is news, and the keep model reads it.
    /// </summary>
    private static bool IsHeldAreaDescribed(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "CAPTURE" || !e.Trigger.IsVerb || e.Trigger.Tense != Tense.Past || e.Date?.Text is not null)
        {
            return false;
        }
        var rel = e.First - 1;
        if (rel < 1 || !index.IsRole(rel, "relative", true))
        {
            return false;
        }
        if (index.Token(rel - 1).IsWord && index.IsRole(rel - 1, "heldarea", true))
        {
            return true;
        }
        if (index.ActorAt(rel - 1) is null)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        // «على» and the plural of areas stand before the adjective; a place named before it is a taking of that place.
        for (var k = e.End; k < Math.Min(clause.End, e.End + WideAreaReach); k++)
        {
            if (index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (index.IsRole(k, "wide"))
            {
                return true;
            }
        }
        return false;
    }
}
