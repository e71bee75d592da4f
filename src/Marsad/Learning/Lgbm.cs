using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Marsad.Learning;

/// <summary>The one way the project trains a binary decision: LightGBM through ML.NET, seeded and single-threaded so a retrain gives the same model.</summary>
internal static class Lgbm
{
    public const string Description = "ML.NET LightGBM binary (15 leaves, 250 iterations, learning rate 0.05, seed 1, 1 thread)";

    public static (ITransformer Model, MLContext Ml, byte[] Zip) Train(IReadOnlyList<ModelInput> rows, int features)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows, ModelInput.Schema(features));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = nameof(ModelInput.Features),
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfLeaves = 15,
            MinimumExampleCountPerLeaf = 8,
            LearningRate = 0.05,
            NumberOfIterations = 250,
            Seed = 1,
            NumberOfThreads = 1,
            Silent = true,
        });
        var model = trainer.Fit(data);
        using var buffer = new MemoryStream();
        ml.Model.Save(model, data.Schema, buffer);
        return (model, ml, buffer.ToArray());
    }
}
