using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>A deed in a relative clause that describes an actor by what it does: a habit, no happening (docs/annotation.md 4.3).</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from a verb joined by «و» back to the relative pronoun of its clause («الذي تقوده واشنطن وينفذ»).</summary>
    private const int RelativeChainReach = 4;

    /// <summary>
    /// «الائتلاف الدولي الذي تقوده واشنطن وينفذ ضربات جوية ضد المتطرفين», «مدينة داريا والتي تشهد اشتباكات عنيفة
    /// وتسيطر عليها المعارضة», «القوات التي تشن غارات على التنظيم»: a present verb of a relative clause describes its noun
    /// by what it does or what holds, as <see cref="IsRelativeBackground"/> reads a violent present verb right after the
    /// pronoun. The same holds for a present verb joined by «و» to the clause's first verb, and for a deed noun that is the
    /// bare object of a present verb of carrying out (event_words.tsv role carryout) in such a clause: no time or place of
    /// the news is told. Train and dev gold code no trigger in either shape. Not with date words of the deed's own after
    /// the pronoun, and not after a noun of time (role timehead): «في الوقت الذي يشن الطيران غارات» opens a clause of time, whose strikes
    /// are the news.
    /// </summary>
    private static bool IsRelativeHabit(ArticleIndex index, EventCandidate e)
    {
        if (!Violent.Contains(e.Type))
        {
            return false;
        }
        int verb;
        if (e.Trigger.IsVerb)
        {
            if (e.Trigger.Tense != Tense.Present)
            {
                return false;
            }
            verb = e.First;
        }
        else if (e.First > 0 && index.Token(e.First - 1).IsWord && index.IsRole(e.First - 1, "carryout", true))
        {
            verb = e.First - 1;
        }
        else
        {
            return false;
        }
        var clause = index.ClauseOf(verb);
        for (var k = verb - 1; k >= Math.Max(clause.First, verb - RelativeChainReach); k--)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                return false;
            }
            if (!index.IsRole(k, "relative", true))
            {
                continue;
            }
            // A date of the deed's own stands after the pronoun («التي تشن منذ أمس غارات»); one before it («بحث أمس مع قادة
            // الائتلاف الذي …») dates the main clause.
            if ((k > 0 && index.IsRole(k - 1, "timehead", true))
                || (e.Date?.Text is not null && DateEnricher.Near(index, index.Dates, e.First) is { } d && d.First > k))
            {
                return false;
            }
            // Right after the pronoun a verb trigger is IsRelativeBackground's; a verb further on belongs to the
            // clause only when «و» joins it to the clause's first verb.
            return k == verb - 1 ? !e.Trigger.IsVerb : WawClitic.OpensWith(index.Token(verb).Norm);
        }
        return false;
    }
}
