using System.Globalization;
using System.Text.Json;
using Marsad.Evaluation;

namespace Marsad.Learning;

/// <summary>One model built by <c>marsad train</c>: its name, dev score, and the committed card's dev score when checking.</summary>
public sealed record TrainedModel(string Name, int TrainingRows, int Positives, double Threshold, double DevF1, double DevRulesOnlyF1, double? CommittedDevF1);

/// <summary>
/// <c>marsad train</c>: rebuilds every shipped model from the annotated corpus
/// (data/gold/corpus/train, tuned on dev; the texts come from the shared corpora) and writes it to
/// data/models, or, with check, proves that a retrain gives the dev scores of the committed models.
/// The test split is never read.
/// </summary>
public static class ModelTraining
{
    public static IReadOnlyList<TrainedModel> Run(string corpusDir, string sharedRoot, string modelsDir, bool check, TextWriter progress)
    {
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train"));
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        if (train.Count == 0 || dev.Count == 0)
        {
            throw new InvalidDataException($"{corpusDir}: the train and dev splits must both hold gold files");
        }
        var keep = EventKeepTrainer.Train(train, dev, progress);
        double? committed = null;
        var cardPath = Path.Combine(modelsDir, EventModels.KeepName + ".json");
        if (check)
        {
            if (File.Exists(cardPath))
            {
                var card = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), ModelCard.JsonOptions);
                committed = card?.DevScores is { } s && s.TryGetValue("f1", out var f) ? f : null;
            }
        }
        else
        {
            Directory.CreateDirectory(modelsDir);
            File.WriteAllBytes(Path.Combine(modelsDir, EventModels.KeepName + ".zip"), keep.Zip);
            File.WriteAllText(cardPath, JsonSerializer.Serialize(keep.Card, ModelCard.JsonOptions) + "\n");
        }
        return
        [
            new TrainedModel(EventModels.KeepName, keep.Card.TrainingRows, keep.Card.Positives, keep.Card.Threshold,
                Math.Round(keep.Dev.F1 ?? 0, 4), Math.Round(keep.DevRulesOnly.F1 ?? 0, 4), committed),
        ];
    }
}
