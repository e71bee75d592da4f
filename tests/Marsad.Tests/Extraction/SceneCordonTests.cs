using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Police securing the scene of a blast or a crime («طوقت الشرطة مكان الانفجار») besiege no one: the
/// cordon is no blockade, whatever the keep model makes of the verb; a cordon around a town is.
/// </summary>
public class SceneCordonTests
{
    [Fact]
    public void Troops_cordoning_a_town_is_a_blockade()
    {
        Assert.Contains(Of("وطوقت قوات الجيش بلدة عرسال أمس."), e => e.Type == "BLOCKADE");
    }

    [Theory]
    [InlineData("وطوقت قوات من الشرطة مكان الانفجار في بغداد أمس.")]
    [InlineData("وطوقت قوات الأمن موقع الحادث في حي الكرادة ببغداد أمس.")]
    [InlineData("وطوقت الشرطة مكاني الانفجارين في بغداد أمس.")]
    public void A_cordon_around_the_scene_of_a_blast_is_no_blockade(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "BLOCKADE");
    }
}
