namespace Marsad.Text;

/// <summary>
/// One reading of a token: <see cref="Prefix"/> and <see cref="Suffix"/> characters of the folded
/// token are clitics, <see cref="Base"/> is what is left (with the article restored where «لل»
/// swallowed its alef: «للتنظيم» reads as ل + التنظيم).
/// </summary>
public readonly record struct Segmentation(string Base, int Prefix, int Suffix, bool HasArticle)
{
    /// <summary>True for the reading that splits nothing off.</summary>
    public bool IsWhole => Prefix == 0 && Suffix == 0;
}
