using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Geo;

/// <summary>
/// «بحي الزهور، وفجروها عن بعد، حيث شهدت مدينة العريش», «في حي مساكن هنانو الشعبي في حلب», «في حي بور
/// سابي ببغداد الشمالية»: a quarter or village the sources know only abroad (a Jordanian «الزهور», a
/// Tunisian «مساكن») is a namesake of a place the sentence itself locates, by the town of the
/// article's country it names beside it. The guard's fallback, the focus governorate or country, is
/// coarser than what the text gives (docs/annotation.md: the most precise place the text gives): the
/// event goes to that town instead, at the town's own precision.
/// </summary>
public sealed partial class CountryGuard
{
    /// <summary>Tokens between the misread place and the town that locates it: a quarter word's name, a comma aside, a short clause («وفجروها عن بعد، حيث شهدت»).</summary>
    private const int TownReach = 12;

    /// <summary>How far (characters) from an event's evidence its place mention may stand: the linker takes places of the evidence's own sentence.</summary>
    private const int MentionReach = 200;

    /// <summary>
    /// The town (or quarter) of the focus location's country nearest the event's misread place in
    /// its sentence, within <see cref="TownReach"/> tokens, as the place to move the event to; null
    /// when there is none, so the focus stands. A landmark («(60 كلم شمال بغداد)») locates another
    /// place and is never taken; nor a region or a country, which the focus already is.
    /// </summary>
    private PlaceMention? TownBeside(ExtractionContext context, EventRecord e, PlaceMention focus)
    {
        if (e.Location is not { } at || focus.Country is not { } country || focus.Precision == "point")
        {
            return null;
        }
        var tokens = context.Text.Tokens;
        PlaceHit? misread = null;
        var nearest = int.MaxValue;
        foreach (var p in context.Places)
        {
            if (!string.Equals(p.Mention.GazetteerId, at.GazetteerId, StringComparison.Ordinal) || !string.Equals(p.Mention.Text, at.Name, StringComparison.Ordinal))
            {
                continue;
            }
            var distance = p.Span.Start >= e.Evidence.End ? p.Span.Start - e.Evidence.End : p.Span.End <= e.Evidence.Start ? e.Evidence.Start - p.Span.End : 0;
            if (distance < nearest)
            {
                (misread, nearest) = (p, distance);
            }
        }
        if (misread is null || nearest > MentionReach)
        {
            return null;
        }
        // A place the linker reached through a reference («المنطقة») in another sentence is not located by this one's towns.
        var sentence = tokens[misread.First].Sentence;
        if (sentence != SentenceAt(tokens, e.Evidence.Start) && sentence != SentenceAt(tokens, Math.Max(e.Evidence.Start, e.Evidence.End - 1)))
        {
            return null;
        }
        PlaceHit? town = null;
        var best = TownReach + 1;
        foreach (var p in context.Places)
        {
            if (p.Mention.Precision != "point" || !string.Equals(p.Mention.Country, country, StringComparison.Ordinal) || tokens[p.First].Sentence != sentence
                || p.Mention.GazetteerId is not { } id || !G.TryGetById(id, out var row) || !(Gazetteer.IsTownType(G.TypeOf(row)) || Gazetteer.IsQuarterType(G.TypeOf(row)))
                || PlaceLexicon.Default.IsLandmark(context.Text, p.First))
            {
                continue;
            }
            var gap = p.First >= misread.End ? p.First - misread.End : misread.First - p.End;
            if (gap >= 0 && gap < best && !PlaceClauses.JoinerBetween(tokens, Math.Min(misread.End, p.End), Math.Max(misread.First, p.First), PlaceLexicon.Default.ClauseJoiners)
                && !(p.End <= misread.First && PlaceClauses.Break(tokens, p.End, misread.First)))
            {
                (town, best) = (p, gap);
            }
        }
        return town?.Mention;
    }

    /// <summary>The sentence of the token at or after a character offset (the last token's past the end).</summary>
    private static int SentenceAt(IReadOnlyList<Text.Token> tokens, int offset) =>
        Text.Ordered.TokenAtOrAfter(tokens, offset) is var k and >= 0 ? tokens[k].Sentence : -1;
}
