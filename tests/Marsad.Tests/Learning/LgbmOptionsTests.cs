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

    private static readonly ModelCard Card = new() { Name = "test", Features = Features, Threshold = 0.5 };

    private static float[] Scores(LgbmOptions options)
    {
        var (model, ml, _) = Lgbm.Train(Rows(), Features, options);
        return Scores(new BinaryModel(model, ml, Card));
    }

    private static float[] Scores(BinaryModel scorer)
    {
        var random = new Random(11);
        return [.. Enumerable.Range(0, 50).Select(_ => scorer.Score([.. Enumerable.Range(0, Features).Select(_ => (float)random.NextDouble())]))];
    }

    [Fact]
    public void A_bag_scores_the_mean_of_its_models_grown_with_the_next_seeds()
    {
        var (bag, zips) = KeepThreshold.Bag(Rows(), Subsampled, 3, Card);
        float[][] single = [Scores(Subsampled), Scores(Subsampled with { Seed = 2 }), Scores(Subsampled with { Seed = 3 })];

        Assert.Equal(3, bag.BagSize);
        Assert.Equal(3, bag.Card.Bag);
        Assert.Equal(3, zips.Count);
        var scores = Scores(bag);
        for (var i = 0; i < scores.Length; i++)
        {
            Assert.Equal((single[0][i] + single[1][i] + single[2][i]) / 3, scores[i], 1e-6f);
        }
    }

    [Fact]
    public void A_bag_of_one_is_the_single_model()
    {
        var (bag, zips) = KeepThreshold.Bag(Rows(), Subsampled, 1, Card);

        Assert.Equal(1, bag.BagSize);
        Assert.Null(bag.Card.Bag);
        Assert.Single(zips);
        Assert.Equal(Scores(Subsampled), Scores(bag));
    }

    [Fact]
    public void A_bag_written_as_its_files_loads_back_with_the_same_scores_and_threshold()
    {
        var (bag, zips) = KeepThreshold.Bag(Rows(), Subsampled, 3, Card);
        var card = bag.Card with { Threshold = 0.3 };
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(card, ModelCard.JsonOptions)));

        var loaded = BinaryModel.Load(new MemoryStream(zips[0]), json, "test", Features, k => new MemoryStream(zips[k - 1]));

        Assert.Equal(3, loaded.BagSize);
        Assert.Equal(0.3, loaded.Threshold);
        Assert.Equal(Scores(bag), Scores(loaded));
        Assert.Equal(Scores(bag), Scores(new BinaryModel(loaded, 0.2)));
    }

    [Fact]
    public void A_bag_card_whose_member_file_is_missing_is_refused()
    {
        var (bag, zips) = KeepThreshold.Bag(Rows(), Subsampled, 2, Card);
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(bag.Card, ModelCard.JsonOptions)));

        Assert.Throws<InvalidDataException>(() => BinaryModel.Load(new MemoryStream(zips[0]), json, "test", Features, _ => null));
    }

    [Fact]
    public void Two_bags_of_other_seeds_differ_less_than_two_single_models_of_other_seeds()
    {
        static double Gap(float[] a, float[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();
        var singles = Gap(Scores(Subsampled), Scores(Subsampled with { Seed = 6 }));
        var bags = Gap(Scores(KeepThreshold.Bag(Rows(), Subsampled, 5, Card).Model), Scores(KeepThreshold.Bag(Rows(), Subsampled with { Seed = 6 }, 5, Card).Model));

        Assert.True(bags < singles, $"bags differ by {bags:F4}, single models by {singles:F4}");
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
    public void The_shipped_keep_model_was_grown_the_way_the_trainer_grows_its_trees()
    {
        var keep = EventModels.Keep ?? throw new InvalidOperationException("no keep model shipped");

        // The trees as the trainer grows them; a model trained before the bag (s13-keep) is one of them.
        Assert.StartsWith(EventKeepTrainer.Options.Describe(), keep.Card.Trainer, StringComparison.Ordinal);
        Assert.Equal(keep.Card.Bag ?? 1, keep.BagSize);
    }

    [Fact]
    public void The_trainer_grows_the_keep_model_as_a_bag_whose_card_says_so()
    {
        Assert.True(EventKeepTrainer.Growth.Shipped.Bag > 1);
        Assert.StartsWith(EventKeepTrainer.Options.Describe(), EventKeepTrainer.Growth.Shipped.Describe(), StringComparison.Ordinal);
        Assert.Contains("a bag of", EventKeepTrainer.Growth.Shipped.Describe(), StringComparison.Ordinal);
    }
}
