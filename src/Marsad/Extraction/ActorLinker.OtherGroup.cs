using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>How many sentences back the deed another group continues may stand: the next paragraph's first sentence after a deed and a sentence of what followed it.</summary>
    private const int OtherGroupReach = 3;

    /// <summary>
    /// «قتل الحزب ثلاثة جنود في هجوم على كتيبة. … وهاجمت مجموعة أخرى سيارة شرطة», «وكانت مجموعة اخرى قد اختطفت»: a group
    /// told as «another» (event_words.tsv othergroup) that is the subject of a deed verb is another band of the party
    /// whose strike or attack was told just before, an armed organisation; with no such deed close by, or for a deed on
    /// civilians, it is still an armed group the text names, unidentified. The subject stands right after the verb or right before it («قد» between).
    /// </summary>
    private static ActorHit? OtherGroupDoer(ArticleIndex index, EventCandidate e, ActorHit? lastDeedDoer)
    {
        if (!e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var clause = index.ClauseOf(e.First);
        var at = OtherGroupAt(index, e.End, clause.End) ?? OtherGroupAt(index, e.First + 1, clause.End) ?? OtherGroupBefore(index, e.First, clause.First);
        if (at is not { } group)
        {
            return null;
        }
        // Only a strike or an attack continues a band's run of attacks; «another group» that abducts after a
        // sectarian abduction is as often the other side («اختطف مسلحون موالون للحكومة … وكانت مجموعة اخرى قد اختطفت»).
        if (EventTypes.IsArmedEngagement(e.Type) && lastDeedDoer is { IsNisba: false, Entry.Class: "org" } told && told.First < e.First
            && index.Token(e.First).Sentence - index.Token(told.First).Sentence <= OtherGroupReach)
        {
            return told;
        }
        var entry = new ActorEntry(ActorLexicon.UnidentifiedArmed, "name", "org");
        var span = new TextSpan(index.Token(group.First).Span.Start, index.Token(group.End - 1).Span.End);
        return new ActorHit(group.First, group.End, span, ActorLexicon.UnidentifiedArmed, false, entry);
    }

    private static (int First, int End)? OtherGroupAt(ArticleIndex index, int k, int clauseEnd) =>
        k < clauseEnd && index.Role(k, "othergroup", true) is { } m && m.End <= clauseEnd ? (k, m.End) : null;

    private static (int First, int End)? OtherGroupBefore(ArticleIndex index, int verb, int clauseFirst)
    {
        // «وكانت مجموعة اخرى قد اختطفت»: the subject ends right before the verb, or before «قد».
        var end = verb > clauseFirst && index.Token(verb - 1).Norm == "قد" ? verb - 1 : verb;
        for (var k = Math.Max(clauseFirst, end - 2); k < end; k++)
        {
            if (index.Role(k, "othergroup", true) is { } m && m.End == end)
            {
                return (k, end);
            }
        }
        return null;
    }
}
