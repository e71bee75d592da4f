using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class PlaceLinker
{
    /// <summary>
    /// «وفي الغوطة الشرقية لدمشق، دارت اشتباكات», «مدينة دوما بالغوطة الشرقية لدمشق»: a town written
    /// with «ل» right after a region says whose region it is, as a genitive would; the deed is in the
    /// region (or the town told before it), not in the town that owns it. Read only when the region's
    /// last token touches the town's first and the town's token carries «ل» its name does not.
    /// </summary>
    private static bool OwnerOfRegion(ArticleIndex index, PlaceHit p)
    {
        if (p.First == 0 || p.Mention.Precision != "point")
        {
            return false;
        }
        var token = index.Token(p.First);
        var name = Text.ArabicNormalizer.NormalizeKey(p.Mention.Text);
        if (!token.IsWord || !token.Norm.StartsWith('ل') || name.StartsWith('ل') || !token.Norm.EndsWith(name, StringComparison.Ordinal))
        {
            return false;
        }
        return index.PlaceAt(p.First - 1) is { } region && region.End == p.First && region.Mention.Precision == "region";
    }
}
