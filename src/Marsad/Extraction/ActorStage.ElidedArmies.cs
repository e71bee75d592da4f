using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>Two armies a dual noun names with their adjectives («الجيشين النظامي والحر»).</summary>
public sealed partial class ActorStage
{
    /// <summary>
    /// «اشتباكات بين الجيشين النظامي والحر», «الجيشين السوري والعراقي»: a dual army noun followed by two
    /// adjectives joined by «و» names two armies, each «الجيش» with its adjective. No name matched there
    /// (the dual is no name, the bare adjective after «و» is none), so the clash had no «بين» pair and took
    /// a side from elsewhere, the regime as often as not, whichever was named first. Each adjective must
    /// make a name of an armed party with «الجيش» («الجيش الحر», «الجيش النظامي»).
    /// </summary>
    private void ElidedArmies(ExtractionContext context)
    {
        var tokens = context.Text.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (DualArmy(tokens[i]) is not (var dual, var singular))
            {
                continue;
            }
            var first = ArmyOf(singular, tokens[i + 1].Segmentations[0]);
            // «والحر» or «و الحر».
            var alone = WawClitic.IsAlone(tokens[i + 2]);
            var joined = alone ? null : WawClitic.AfterConjunction(tokens[i + 2]);
            var second = alone ? (i + 3 < tokens.Count ? i + 3 : -1) : joined is not null ? i + 2 : -1;
            var secondEntry = second < 0 ? null : ArmyOf(singular, joined ?? tokens[second].Segmentations[0]);
            // «الجيشين السوري والعراقي»: the adjectives were read as nationalities, each naming its state; the armies replace them.
            if (first is null || secondEntry is null || string.Equals(first.Id, secondEntry.Id, StringComparison.Ordinal)
                || context.Actors.Exists(a => a.First < second + 1 && a.End > i && !a.IsNisba))
            {
                continue;
            }
            context.Actors.RemoveAll(a => a.First < second + 1 && a.End > i);
            // In text order: JoinPartitives reads the actor before as the neighbour, and the output keeps this order.
            var at = context.Actors.FindIndex(a => a.First > i);
            at = at < 0 ? context.Actors.Count : at;
            context.Actors.InsertRange(at,
            [
                new ActorHit(i, i + 2, new TextSpan(tokens[i].Span.Start, tokens[i + 1].Span.End), first.Id, false, first) { Clitics = tokens[i].Norm[..dual.Prefix] },
                new ActorHit(second, second + 1, tokens[second].Span, secondEntry.Id, false, secondEntry) { Clitics = tokens[second].Norm[..(joined?.Prefix ?? 0)] },
            ]);
            i = second;
        }

        // Each adjective is definite, as the dual it follows: «الجيش» + «الحر» names the Free Army.
        ActorEntry? ArmyOf(string singular, Segmentation adjective) =>
            adjective.HasArticle && adjective.Base.Length > 2 && lexicon.Matcher.Lookup(singular + " " + adjective.Base) is { Count: > 0 } values
            && Choose(values) is { Kind: "name", IsArmed: true } entry ? entry : null;
    }

    /// <summary>
    /// The reading of <paramref name="t"/> whose base is a dual army noun (dual_nouns.tsv role army: «الجيشين», and
    /// behind its clitics «للجيشين», «والجيشين»), with that noun's singular; null when it is none.
    /// </summary>
    private static (Segmentation Dual, string Singular)? DualArmy(Token t)
    {
        if (!t.IsWord || !DualNouns.MayEndInDual(t.Norm))
        {
            return null;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && DualNouns.SingularOf(r.Base, "army") is { } singular)
            {
                return (r, singular);
            }
        }
        return null;
    }
}
