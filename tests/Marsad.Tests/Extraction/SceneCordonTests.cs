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

    [Theory]
    [InlineData("قتل مسلحون مجهولون شخصين في حي الزهور شرقي الموصل، فيما فرضت قوة أمنية طوقا حول المنطقة وبدأت عملية تفتيش.")]
    [InlineData("قتل مسلحون رجلا داخل منزله في حي التحرير ببعقوبة، وفرضت قوة أمنية طوقا في محيط المنزل.")]
    [InlineData("قتل قناص جنديا في سوق كركوك، وأضاف المصدر أن قوة أمنية طوقت المكان ونقلت الجثة.")]
    [InlineData("انفجرت عبوتان في الحلة، وأضاف المصدر أن قوة أمنية طوقت منطقتي الانفجارين.")]
    [InlineData("قتل أربعة في حوادث متفرقة بالعراق، وأشارت المصادر إلى أن قوات أمنية طوقت أماكن الحوادث.")]
    [InlineData("قتل مسلحان في اشتباك قرب البعاج، وفرضت قوة أمنية طوقا حول مكان الاشتباك.")]
    public void A_cordon_around_a_spot_told_back_with_the_article_is_no_blockade(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void A_cordon_imposed_on_a_named_town_is_still_a_blockade()
    {
        Assert.Contains(Of("وفرضت قوات الجيش طوقا على مدينة الرمادي أمس."), e => e.Type == "BLOCKADE");
    }
}
