using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// The index of the adjective of loyalty (actor_roles.tsv loyal) whose «ل» object the government or regime
    /// <paramref name="m"/> is: «الموالية للنظام», «موالون للحكومة», or with one title between, «الموالية للرئيس بشار
    /// الأسد»; -1 when <paramref name="m"/> is no such object.
    /// </summary>
    private static int LoyalBefore(AnalyzedText text, PhraseMatch<ActorEntry> m)
    {
        var k = m.First - 1;
        if (Clitics(text, m).EndsWith('ل'))
        {
            return k >= 0 && WordRoles.ActorRoles.Is(text, k, "loyal") ? k : -1;
        }
        // «للرئيس» between: the title takes the «ل», the name after it is its apposition.
        return k >= 1 && text.Tokens[k].IsWord && text.Tokens[k].Norm.StartsWith("لل", StringComparison.Ordinal)
            && WordRoles.ActorRoles.Is(text, k - 1, "loyal") ? k - 1 : -1;
    }

    /// <summary>
    /// «اللجان الشعبية الموالية للنظام اعتقلت», «مجموعات مسلحة موالية للنظام خطفت»: the government a party is loyal to
    /// is no party to the deed; read as one, the regime became the doer of its militia's arrests, or the target of
    /// its kidnappings. The party is the one named before the adjective: unnamed gunmen there («مسلحة»,
    /// the opposition's words) are the country's militia. The adjective and its object join the party's mention, as in the
    /// names «الميليشيات الموالية للنظام»: a verb right after them has the party as its subject.
    /// </summary>
    private static void ReadLoyalParty(ExtractionContext context, int loyal, NationalIds? national, (int End, int SpanEnd) whole)
    {
        var militia = NationalIdFor(national, "militia");
        var last = context.Actors.Count - 1;
        var before = last >= 0 && context.Actors[last].End >= loyal && context.Actors[last].End <= loyal + 1 ? context.Actors[last] : null;
        // «بلدات موالية للنظام», «الإعلام الموالي للحكومة»: with no party named before, what is loyal is a town, a medium
        // or a people as often as a force (a militia read there became the side of the shelling of loyal towns).
        // «قوات موالية للنظام», «الوحدات الموالية لنظام الأسد»: an unnamed force loyal to the government is its army, as the
        // listed «القوات الموالية للنظام» is (actor_roles.tsv loyalforces).
        if (before is null)
        {
            var noun = loyal - 1;
            if (noun >= 0 && WordRoles.ActorRoles.At(context.Text, noun, "loyalforces", allowClitics: true) is { } force && national?.Forces is { } forces)
            {
                var span = new TextSpan(context.Text.Tokens[noun].Span.Start, whole.SpanEnd);
                var clitics = context.Text.Tokens[noun].Norm[..force.FirstReading.Prefix];
                context.Actors.Add(new ActorHit(noun, whole.End, span, forces, false, new ActorEntry(forces, "name", "army")) { Clitics = clitics });
            }
            return;
        }
        // «مسلحون موالون», «المسلحين الموالين» have militia rows of their own; «مجموعات مسلحة» is the opposition's word.
        var joined = before with { End = whole.End, Span = new TextSpan(before.Span.Start, whole.SpanEnd) };
        context.Actors[last] = militia is not null && before.Entry is { IsNational: true, Class: "org" } unnamed
            ? joined with { ActorId = militia, Entry = unnamed with { Id = militia, Class = "army" } }
            : joined;
    }
}
