using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The deed noun an operation word governs, session 34 (issue 9, s34b-operation): «عملية» heads names («عملية عاصفة
/// الحزم»), yet «عملية مداهمات», «عملية اغتيال», «لعملية تفجير» are that raid, assassination or bombing, and the aim
/// told after the raid («لتوقيف») is the raid's own, no arrest intended on its own; a capture noun names an offensive by its aim and
/// stays gated, and a cue of preparing reaches through the operation word to the deed.
/// </summary>
public class OperationDeedTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_raid_operation_is_an_arrest_done_not_one_aimed_at()
    {
        var events = Of("وكانت الشرطة التركية قد أطلقت صباح أمس في مدينة أنقرة عملية مداهمات واسعة لتوقيف مشتبه بهم.");
        Assert.Contains(events, e => e.Type == "ARREST" && e.Modality == "asserted" && On(e, "مداهمات"));
        Assert.DoesNotContain(events, e => e.Modality == "intended");
    }

    [Fact]
    public void An_assassination_operation_is_an_attack_on_civilians()
    {
        var events = Of("ونفذ مسلحون مجهولون عملية اغتيال ناشط مدني في مدينة درعا أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && On(e, "اغتيال"));
    }

    [Fact]
    public void A_bombing_operation_behind_a_preposition_is_a_blast()
    {
        var events = Of("وتعرض فندق في مدينة عدن أمس لعملية تفجير أسفرت عن مقتل ثلاثة أشخاص.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "تفجير"));
    }

    [Fact]
    public void The_verbal_noun_after_an_operation_word_is_read_as_a_noun()
    {
        // «قصف» is a verb and a verbal noun: the genitive of «عملية» is the noun, never «he shelled».
        var events = Of("وقال المتحدث إن طائرات التحالف نفذت عملية قصف على مواقع التنظيم في مدينة الرقة أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "قصف"));
    }

    [Fact]
    public void A_named_operation_is_still_a_name()
    {
        var events = Of("وأعلن التحالف انتهاء عملية عاصفة الحزم في اليمن أمس.");
        Assert.DoesNotContain(events, e => On(e, "عاصفة"));
    }

    [Fact]
    public void The_operation_to_liberate_a_city_is_no_capture_done()
    {
        var events = Of("وبدأت القوات العراقية أمس المرحلة الثانية من عملية تحرير مدينة الرمادي من سيطرة التنظيم.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void An_operation_a_side_prepares_for_is_still_to_come()
    {
        var events = Of("وقال مصدر أمني إن قوات الشرطة تستعد لعملية مداهمة في حي الجامعة بمدينة بغداد.");
        Assert.DoesNotContain(events, e => e.Type == "ARREST" && e.Modality == "asserted");
        Assert.Contains(events, e => e.Type == "ARREST" && e.Modality == "intended" && On(e, "مداهمة"));
    }
}
