using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s40-tolls): one happening told by two tellings that merge across doers takes the fuller figure, as
/// tellings of one doer do: a count, even a vague one, over an unnumbered plural's 3.
/// </summary>
public class RetoldTollAcrossDoersTests
{
    private static List<Output.EventRecord> Of(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;

    [Fact]
    public void Bombings_a_named_doer_claims_with_a_number_of_victims_take_the_tens_a_doerless_retelling_counts()
    {
        var events = Of("أعلنت وزارة الداخلية العراقية اليوم الأربعاء اعتقال خمسة من قادة القاعدة في بغداد.\nوقال المتحدث باسم الوزارة إن القوات الأمنية ألقت القبض على خمسة من قادة القاعدة المسؤولين عن تفجيرات أمس التي راح ضحيتها عدد من الشهداء.\nوأضاف أن الاستخبارات فككت سيارتين مفخختين قبل تفجيرهما في حي الدورة.\nوكانت التفجيرات التي ضربت بغداد أمس قد أوقعت العشرات من القتلى في صفوف المدنيين.");

        var bombings = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(10, bombings.Fatalities);
    }

    [Fact]
    public void Bombings_retold_without_dead_keep_the_number_of_victims_as_three()
    {
        var events = Of("أعلنت وزارة الداخلية العراقية اليوم الأربعاء اعتقال خمسة من قادة القاعدة في بغداد.\nوقال المتحدث باسم الوزارة إن القوات الأمنية ألقت القبض على خمسة من قادة القاعدة المسؤولين عن تفجيرات أمس التي راح ضحيتها عدد من الشهداء.\nوأضاف أن الاستخبارات فككت سيارتين مفخختين قبل تفجيرهما في حي الدورة.\nوكانت التفجيرات التي ضربت بغداد أمس قد أثارت الذعر بين السكان.");

        var bombings = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(3, bombings.Fatalities);
    }
}
