namespace Marsad.Text;

/// <summary>
/// Whether a normalized word carries the article behind its clitics: «الاشتباكات», «والمواجهات»,
/// «بالهجوم», «للهجوم», «فللطائرات». One test for the actor and event stages, which had each written
/// their own and disagreed on «وكالة» (و + ك + «ال» + one letter) and «بلل…».
/// </summary>
public static class DefiniteForm
{
    /// <summary>At least two letters must follow the article, so «وكالة» and «والي» stay bare words.</summary>
    private const int MinStem = 2;

    public static bool IsDefinite(ReadOnlySpan<char> norm) => ArticleAt(norm) >= 0;

    /// <summary>
    /// The word with the article and without the clitics written before it («والطائرات» → «الطائرات», «بالقافلة» →
    /// «القافلة», «للسفينة» → «السفينة»), as lexicons of definite nouns list it; null when the word is not definite.
    /// </summary>
    public static string? WithArticle(string norm)
    {
        var at = ArticleAt(norm);
        return at < 0 ? null
            : norm[at] == 'ل' ? string.Concat("ا", norm.AsSpan(at + 1))
            : at == 0 ? norm : norm[at..];
    }

    /// <summary>Where the article starts behind the clitics: its «ا», or the first «ل» of «لل» (the ل before the article drops its alif); −1 when there is none.</summary>
    private static int ArticleAt(ReadOnlySpan<char> norm)
    {
        var i = 0;
        if (i < norm.Length && norm[i] is 'و' or 'ف')
        {
            i++;
        }
        // «للهجوم»: ل before the article drops its alif.
        if (i + 1 < norm.Length && norm[i] == 'ل' && norm[i + 1] == 'ل')
        {
            return norm.Length - (i + 2) >= MinStem ? i : -1;
        }
        if (i < norm.Length && norm[i] is 'ب' or 'ك')
        {
            i++;
        }
        return i + 1 < norm.Length && norm[i] == 'ا' && norm[i + 1] == 'ل' && norm.Length - (i + 2) >= MinStem ? i : -1;
    }
}
