using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>The keep study's ablation (MARSAD_KEEP_WITHOUT): the shipped trees with named features zeroed.</summary>
public class KeepStudyAblationTests
{
    [Fact]
    public void Named_features_become_their_columns()
    {
        var names = EventFeatures.Names.ToList();

        var columns = EventKeepStudy.Columns(["anaphoric", "first_sentence"]);

        Assert.Equal([names.IndexOf("anaphoric"), names.IndexOf("first_sentence")], columns);
    }

    [Fact]
    public void A_misspelt_feature_name_is_an_error_and_not_a_silent_no_op()
    {
        Assert.Throws<ArgumentException>(() => EventKeepStudy.Columns(["anaphorik"]));
    }

    [Fact]
    public void No_names_mean_no_ablation_variant()
    {
        Assert.Null(EventKeepStudy.Ablation(null));
        Assert.Null(EventKeepStudy.Ablation(" "));
    }

    [Fact]
    public void An_ablation_grows_the_shipped_trees_without_the_named_features()
    {
        var v = EventKeepStudy.Ablation("anaphoric, first_sentence");

        Assert.NotNull(v);
        Assert.Equal(EventKeepTrainer.Options, v.Options);
        Assert.Equal(["anaphoric", "first_sentence"], v.Without);
    }
}
