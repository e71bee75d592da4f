using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Marsad.Learning;

/// <summary>
/// How a LightGBM model is grown. The defaults are the project's choice for every decision; the
/// keep study (<see cref="EventKeepStudy"/>) tries others against them.
/// </summary>
/// <param name="L2">The booster's L2 penalty on leaf values; null leaves ML.NET's default.</param>
internal sealed record LgbmOptions(int Leaves = 15, int MinPerLeaf = 8, int Trees = 250, double LearningRate = 0.05, double? L2 = null, double FeatureFraction = 1, double Subsample = 1, int Seed = 1)
{
    public static LgbmOptions Default { get; } = new();

    public string Describe() => FormattableString.Invariant(
        $"ML.NET LightGBM binary ({Leaves} leaves, {Trees} iterations, learning rate {LearningRate}, {MinPerLeaf} min per leaf")
        + (L2 is { } l2 ? FormattableString.Invariant($", L2 {l2}") : "")
        + (FeatureFraction < 1 ? FormattableString.Invariant($", feature fraction {FeatureFraction}") : "")
        + (Subsample < 1 ? FormattableString.Invariant($", subsample {Subsample}") : "")
        + FormattableString.Invariant($", seed {Seed}, 1 thread)");
}

/// <summary>The one way the project trains a binary decision: LightGBM through ML.NET, seeded and single-threaded so a retrain gives the same model.</summary>
internal static class Lgbm
{
    public const string Description = "ML.NET LightGBM binary (15 leaves, 250 iterations, learning rate 0.05, seed 1, 1 thread)";

    public static (ITransformer Model, MLContext Ml, byte[] Zip) Train(IReadOnlyList<ModelInput> rows, int features) => Train(rows, features, LgbmOptions.Default);

    public static (ITransformer Model, MLContext Ml, byte[] Zip) Train(IReadOnlyList<ModelInput> rows, int features, LgbmOptions o)
    {
        var ml = new MLContext(seed: o.Seed);
        // Only what differs from ML.NET's booster defaults is set, so the default options grow the model they always grew.
        var booster = new GradientBooster.Options();
        if (o.L2 is { } l2)
        {
            booster.L2Regularization = l2;
        }
        if (o.FeatureFraction < 1)
        {
            booster.FeatureFraction = o.FeatureFraction;
        }
        if (o.Subsample < 1)
        {
            booster.SubsampleFraction = o.Subsample;
            booster.SubsampleFrequency = 1;
        }
        var data = ml.Data.LoadFromEnumerable(rows, ModelInput.Schema(features));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = nameof(ModelInput.Features),
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfLeaves = o.Leaves,
            MinimumExampleCountPerLeaf = o.MinPerLeaf,
            LearningRate = o.LearningRate,
            NumberOfIterations = o.Trees,
            Seed = o.Seed,
            NumberOfThreads = 1,
            Silent = true,
            Booster = booster,
        });
        var model = trainer.Fit(data);
        using var buffer = new MemoryStream();
        ml.Model.Save(model, data.Schema, buffer);
        return (model, ml, Reproducible(buffer.ToArray()));
    }

    /// <summary>The time stamp every entry of a model file carries, the LightGBM models' and the toponym tagger's (<c>ToponymTagger.ToZip</c>).</summary>
    internal static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// ML.NET stamps each entry of the model file with the time it was saved, so two retrains of
    /// the same rows gave files that differed in those bytes alone, and no retrain could be
    /// compared with the committed file byte for byte. The entries are copied in order, their
    /// bytes untouched, with <see cref="EntryTime"/>.
    /// </summary>
    internal static byte[] Reproducible(byte[] zip)
    {
        using var output = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                var copy = to.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }
        return output.ToArray();
    }
}
