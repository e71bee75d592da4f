namespace Marsad.Text;

/// <summary>
/// The clitics written before a folded word, taken off one at a time for a reader that looks the bare word up in a
/// list of its own («وسمعها» → «سمعها», «لنازحي» → «نازحي», «بالحيدرية» → «حيدرية»). The readers had each written
/// their own copy of these cuts; each still says which letters it takes and how many letters must stay, since a short
/// word is more often a word of its own than a clitic and a stem («وحلب», «فرع»). <see cref="CliticSegmenter"/>
/// proposes every reading for the lexicons; this takes the one cut a reader asks for.
/// </summary>
public static class Proclitics
{
    /// <summary>The conjunctions written on a word: «و», «ف».</summary>
    public const string Conjunctions = "وف";

    /// <summary>The conjunction «و» alone, for readers that leave «ف» on («فرع», «فندق» are words of their own).</summary>
    public const string And = "و";

    /// <summary>
    /// <paramref name="word"/> without its first letter when that letter is one of <paramref name="letters"/> and at
    /// least <paramref name="minRest"/> letters stay: «وسمعها» → «سمعها»; the word itself otherwise.
    /// </summary>
    public static ReadOnlySpan<char> WithoutOne(ReadOnlySpan<char> word, string letters, int minRest) =>
        word[OneLength(word, letters, minRest)..];

    /// <inheritdoc cref="WithoutOne(ReadOnlySpan{char}, string, int)"/>
    /// <remarks>The same string when nothing is cut, so a lookup of an unclitic word allocates nothing.</remarks>
    public static string WithoutOne(string word, string letters, int minRest) =>
        OneLength(word, letters, minRest) == 0 ? word : word[1..];

    /// <summary>
    /// <paramref name="word"/> without the article and the clitic written before it, when at least
    /// <paramref name="minRest"/> letters stay: «الحيدرية», «للحيدرية» (ل before the article drops its alef),
    /// «بالحيدرية», «كالحيدرية», «فالحيدرية» → «حيدرية»; the word itself otherwise. The conjunction «و» is a cut of
    /// its own (<see cref="WithoutOne(ReadOnlySpan{char}, string, int)"/>): «وبالحيدرية» takes both.
    /// </summary>
    public static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word, int minRest) =>
        word[ArticleLength(word, minRest)..];

    /// <inheritdoc cref="WithoutArticle(ReadOnlySpan{char}, int)"/>
    public static string WithoutArticle(string word, int minRest) =>
        ArticleLength(word, minRest) is var n && n == 0 ? word : word[n..];

    private static int OneLength(ReadOnlySpan<char> word, string letters, int minRest) =>
        word.Length > minRest && letters.AsSpan().IndexOf(word[0]) >= 0 ? 1 : 0;

    private static int ArticleLength(ReadOnlySpan<char> word, int minRest)
    {
        if (word.Length - 2 >= minRest && (word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)))
        {
            return 2;
        }
        return word.Length - 3 >= minRest && word[0] is 'ب' or 'ك' or 'ف' && word[1..].StartsWith("ال", StringComparison.Ordinal) ? 3 : 0;
    }
}
