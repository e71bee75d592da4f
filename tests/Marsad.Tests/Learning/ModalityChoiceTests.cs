using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

public class ModalityChoiceTests
{
    private static readonly DateOnly Published = new(2015, 5, 1);

    private static CandidateLog Log(string body) => CandidateLogs.Of(body, Published);

    private static float Feature(ModalityOptionRow row, string name)
    {
        var i = ModalityChoice.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    private static List<ModalityOptionRow> FirstCandidate(CandidateLog log) => log.ModalityRows.Where(r => r.Group == 0).ToList();

    [Fact]
    public void Every_candidate_offers_the_five_modalities_once_and_marks_the_rules_modality()
    {
        var options = FirstCandidate(Log("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب."));

        Assert.Equal(ModalityChoice.Options, options.Select(o => o.Option));
        var rulesSlot = ModalityChoice.Names.ToList().IndexOf("option_is_rules");
        var marked = Assert.Single(options, o => o.Features[rulesSlot] == 1);
        Assert.Equal("asserted", marked.Option);
        Assert.Equal("asserted", options[0].RulesModality);
    }

    [Fact]
    public void Modality_option_names_follow_the_candidate_features_and_cues()
    {
        Assert.Equal(EventFeatures.Count + ModalityChoice.CueCount + ModalityChoice.Options.Length + 5, ModalityChoice.Count);
        Assert.Equal("option_asserted", ModalityChoice.Names[EventFeatures.Count + ModalityChoice.CueCount]);
        Assert.Equal(ModalityChoice.Count, ModalityChoice.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_negation_just_before_the_trigger_is_a_near_negated_cue()
    {
        var option = FirstCandidate(Log("لم تقصف الطائرات الروسية مدينة إدلب أمس."))[0];

        Assert.Equal(1, Feature(option, "cue_near_negated"));
        Assert.Equal(0, Feature(option, "cue_near_intended"));
    }

    [Fact]
    public void A_threat_earlier_in_the_sentence_is_a_signal_the_cue_list_does_not_hold()
    {
        const string body = "هدد قائد الفصيل المسلح في تصريح صحفي مطول باقتحام مدينة درعا.";
        var option = Assert.Single(Log(body).ModalityRows, r => r.Option == "asserted" && r.Trigger.Cut(body).Contains("اقتحام", StringComparison.Ordinal));

        Assert.Equal(1, Feature(option, "signal_sentence_threat"));
        Assert.Equal(0, Feature(option, "signal_sentence_denial"));
    }

    [Fact]
    public void Only_the_option_a_cue_names_carries_that_cue_as_its_own()
    {
        var options = FirstCandidate(Log("يسعى الجيش للسيطرة على بلدة كفرنبل في ريف إدلب."));

        Assert.Equal(1, Feature(options.Single(o => o.Option == "intended"), "option_cue_near"));
        Assert.Equal(0, Feature(options.Single(o => o.Option == "asserted"), "option_cue_near"));
        Assert.Equal(0, Feature(options.Single(o => o.Option == "negated"), "option_cue_near"));
    }

    [Fact]
    public void A_plain_report_has_no_cue_and_no_signal()
    {
        var option = FirstCandidate(Log("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب."))[0];

        for (var i = EventFeatures.Count; i < EventFeatures.Count + ModalityChoice.CueCount; i++)
        {
            Assert.True(option.Features[i] == 0, ModalityChoice.Names[i]);
        }
    }

    [Fact]
    public void A_shipped_modality_model_was_trained_on_the_features_the_code_computes()
    {
        // Not shipping is a legitimate outcome of marsad train (the rules decide); shipped, it must fit.
        if (EventModels.Modality is { } model)
        {
            Assert.Equal(ModalityChoice.Count, model.Card.Features);
        }
    }
}
