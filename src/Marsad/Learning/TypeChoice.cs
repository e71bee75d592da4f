namespace Marsad.Learning;

/// <summary>
/// The learned choice of a violent candidate's type. The rules read a type off the trigger word
/// («هجوم» ASSAULT, «قصف» REMOTE) and the target (civilians: ATTACK_CIVILIANS), and most of their
/// type errors are between these neighbours: a «هجوم» with rockets is REMOTE, an «اقتحام» by
/// protesters a PROTEST, an advance that takes a town a CAPTURE. Each neighbour is scored as an
/// option on the candidate's own features plus which option it is; the best one is the type.
/// </summary>
internal static class TypeChoice
{
    /// <summary>The types that can stand for one another; a candidate of any other type keeps the rules' type.</summary>
    public static readonly string[] Options = ["ASSAULT", "REMOTE", "ATTACK_CIVILIANS", "CAPTURE", "PROTEST"];

    public static IReadOnlyList<string> Names { get; } =
        [.. EventFeatures.Names, .. Options.Select(o => "option_" + o), "option_is_rules"];

    public static int Count => Names.Count;

    public static bool Applies(string type) => Array.IndexOf(Options, type) >= 0;

    /// <summary>The candidate's features (<paramref name="candidate"/>, as <see cref="EventFeatures"/> wrote them) with option <paramref name="option"/> set.</summary>
    public static void Compute(ReadOnlySpan<float> candidate, int option, string rulesType, Span<float> into)
    {
        candidate.CopyTo(into);
        var tail = into[candidate.Length..];
        tail.Clear();
        tail[option] = 1;
        tail[Options.Length] = string.Equals(Options[option], rulesType, StringComparison.Ordinal) ? 1 : 0;
    }
}
