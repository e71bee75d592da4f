using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Verbal nouns joined by «و» after a purpose «لـ» share it (annotation.md 6.2): the deed among them is a plan or an
/// aim, intended, though the first of them is no trigger of its own.
/// </summary>
public class JoinedAimTests
{
    [Fact]
    public void Mosques_a_cell_plotted_to_blow_up_after_spreading_chaos_were_not_blown_up()
    {
        var bombings = Candidates("واعتقلت الشرطة عشرين شخصا خططوا منذ أشهر لإشاعة الفوضى وإثارة الرعب وتفجير ثلاثة مساجد في المدينة.", "REMOTE");
        Assert.NotEmpty(bombings);
        Assert.All(bombings, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void A_town_fighters_were_sent_to_confuse_the_army_and_storm_was_not_stormed()
    {
        var storming = Candidates("ودفع التنظيم بعشرات المقاتلين إلى المنطقة لإرباك القوات الحكومية واقتحام البلدة من الجهة الشمالية.", "ASSAULT");
        Assert.NotEmpty(storming);
        Assert.All(storming, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void A_bombing_counted_in_the_toll_of_a_collapse_happened()
    {
        var bombings = Candidates("وبلغت الحصيلة الأولية لانهيار المبنى وتفجير العبوة الناسفة في السوق ثلاثة قتلى.", "REMOTE");
        Assert.NotEmpty(bombings);
        Assert.All(bombings, e => Assert.Equal("asserted", e.Modality));
    }
}
