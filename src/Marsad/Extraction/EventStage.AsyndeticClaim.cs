using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>A claim told as a relative clause without «الذي» on an indefinite deed noun.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// «تفجيرا انتحاريا بسيارة ملغومة في العراق أعلن تنظيم داعش مسؤوليته عنه», «في هجمات أعلن فرع تنظيم القاعدة مسؤوليته
    /// عنها»: an indefinite noun takes its relative clause with no relative pronoun, and the clause's «عنه/عنها» takes the
    /// noun back, so the party that announces its responsibility for it is the deed's doer (docs/annotation.md 4.5), as in
    /// <see cref="ApplyRelativeClaims"/>. The verb stands bare (a «و» would open a clause of its own, which
    /// <see cref="ApplyClaims"/> reads), the party right after it, the noun of responsibility and its pronoun right after the
    /// party. Between the deed noun and the verb stand its adjectives, its weapon and its place; a definite party there
    /// («في العراق») cannot be what an asyndetic clause takes back, an indefinite one («على جنود») may, and ends the search.
    /// The deed is a new one, not the article's first telling recalled.
    /// </summary>
    private static void ApplyAsyndeticClaims(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = 1; i < index.Count; i++)
        {
            if (BlameWords.At(index.Text, i, "announce") is not { } verb || IsNegatedClaim(index, i)
                || index.ActorAt(verb.End) is not { } party || party.First != verb.End || party.IsNisba || party.Clitics.Length > 0
                || !ActorLinker.CanBeNamedDoer(index, party, stateToo: false) || party.End + 1 >= index.Count
                || !IsBlameNoun(index.Token(party.End).Norm) || !BlameWords.Is(index.Text, party.End + 1, "backref"))
            {
                continue;
            }
            if (AsyndeticDeed(index, i) is { } deed)
            {
                var blame = new Blame(party, null, deed, i, false);
                BlameDeeds(index, events, blame, i, "asyndetic-claim");
                ClaimBombers(index, events, blame);
            }
        }
    }

    /// <summary>The indefinite lethal deed noun the bare verb at <paramref name="verb"/> follows, within its adjectives and place, or null.</summary>
    private static int? AsyndeticDeed(ArticleIndex index, int verb)
    {
        var sentence = index.SentenceOf(verb);
        for (var k = verb - 1; k >= Math.Max(sentence.First, verb - 1 - RelativeClaimReach); k--)
        {
            if (index.TriggerTypeAt(k) is { } type)
            {
                var noun = NounOfAdjective(index, k, sentence.First);
                return EventTypes.IsLethalViolence(type) && !index.Token(noun).HasArticleReading ? noun : null;
            }
            if (index.ActorAt(k) is { } named && !ActorLinker.IsDeedAdjective(index, named) && !named.IsNisba && !index.Token(named.First).HasArticleReading)
            {
                return null;
            }
            if (index.Token(k).Kind == Text.TokenKind.Punctuation)
            {
                return null;
            }
        }
        return null;
    }
}
