using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Where one happening's clause ends inside a sentence, as the place readers see it: the place stage
/// (a quarter and its town), the country guard (a namesake and the town beside it) and the event
/// stage (a sweep spread over the country) must agree on it, so they share one reading.
/// </summary>
internal static class PlaceClauses
{
    /// <summary>A comma, a full stop or a semicolon between two tokens: what follows is another clause. A hyphen («دمشق-عمان») is not.</summary>
    public static bool Break(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Count; k++)
        {
            if (IsBreak(tokens[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The punctuation that closes a clause (<see cref="Break"/>).</summary>
    public static bool IsBreak(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Norm is "," or "،" or "." or ";" or "؛" or ":" or "(" or ")";

    /// <summary>
    /// «حي الشرطة في جنوب بغداد، بينما انفجرت سيارة في العزيزية»: a word that opens a second
    /// happening's clause (place_clause_joiners.tsv) stands between the two tokens.
    /// </summary>
    public static bool JoinerBetween(IReadOnlyList<Token> tokens, int from, int to, HashSet<string> joiners)
    {
        for (var k = Math.Max(from, 0); k < to && k < tokens.Count; k++)
        {
            if (IsJoiner(tokens[k], joiners))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word that opens a second happening's clause (<see cref="JoinerBetween"/>).</summary>
    public static bool IsJoiner(Token token, HashSet<string> joiners) => token.IsWord && joiners.Contains(token.Norm);
}
