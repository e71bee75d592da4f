using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>The keep model is grown on subsamples of rows and features: a retrain must still give the same model (marsad train --check), and the shipped card must say how it was grown.</summary>
public class LgbmOptionsTests
{
    private const int Features = 6;

    private static readonly LgbmOptions Subsampled = LgbmOptions.Default with { Trees = 30, MinPerLeaf = 5, FeatureFraction = 0.5, Subsample = 0.7 };

    /// <summary>Rows whose label depends on two features with some noise, the others random.</summary>
    private static List<ModelInput> Rows()
    {
        var random = new Random(7);
        var rows = new List<ModelInput>();
        for (var i = 0; i < 400; i++)
        {
            var f = new float[Features];
            for (var j = 0; j < Features; j++)
            {
                f[j] = (float)random.NextDouble();
            }
            rows.Add(new ModelInput { Features = f, Label = f[0] + f[1] + (random.NextDouble() * 0.6) > 1.3 });
        }
        return rows;
    }

    private static float[] Scores(LgbmOptions options)
    {
        var (model, ml, _) = Lgbm.Train(Rows(), Features, options);
        var scorer = new BinaryModel(model, ml, new ModelCard { Name = "test", Features = Features, Threshold = 0.5 });
        var random = new Random(11);
        return [.. Enumerable.Range(0, 50).Select(_ => scorer.Score([.. Enumerable.Range(0, Features).Select(_ => (float)random.NextDouble())]))];
    }

    [Fact]
    public void A_subsampled_model_grown_twice_with_one_seed_scores_the_same()
    {
        Assert.Equal(Scores(Subsampled), Scores(Subsampled));
    }

    [Fact]
    public void Another_seed_grows_another_subsampled_model()
    {
        Assert.NotEqual(Scores(Subsampled), Scores(Subsampled with { Seed = 2 }));
    }

    [Fact]
    public void The_shipped_keep_model_was_grown_the_way_the_trainer_grows_it()
    {
        var keep = EventModels.Keep ?? throw new InvalidOperationException("no keep model shipped");

        Assert.Equal(EventKeepTrainer.Options.Describe(), keep.Card.Trainer);
    }
}
