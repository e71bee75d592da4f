using System.Reflection;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Marsad.Learning;

/// <summary>
/// A trained yes/no decision over a fixed feature vector: an ML.NET model (data/models/NAME.zip)
/// with its card (NAME.json: threshold, feature count, how it was trained). Loaded once from the
/// library's embedded resources; scoring is thread-safe. The trees are walked directly
/// (<see cref="TreeScorer"/>); a model the walk does not take goes through ML.NET's prediction
/// engine (one per thread, reusing its input buffer).
/// </summary>
internal sealed class BinaryModel
{
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;
    private readonly MLContext _ml;
    private readonly ThreadLocal<(PredictionEngine<ModelInput, ModelOutput> Engine, ModelInput Input, ModelOutput Output)> _engines;
    private readonly TreeScorer? _trees;

    // The other models of a bag (the same rows, other seeds): the score is the mean of all of them.
    private readonly BinaryModel[] _bag = [];

    // Training only: the article objects this model learned from, each with a model that did not
    // (see CrossFitted); null for a shipped model.
    private readonly IReadOnlyDictionary<Ingestion.Article, BinaryModel>? _heldOut;

    public BinaryModel(ITransformer model, MLContext ml, ModelCard card)
    {
        _model = model;
        _ml = ml;
        Card = card;
        _schema = ModelInput.Schema(card.Features);
        _engines = new(() => (_ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_model, ignoreMissingColumns: true, inputSchemaDefinition: _schema),
            new ModelInput { Features = new float[card.Features] }, new ModelOutput()));
        _trees = TreeScorer.TryCreate(model, card.Features);
    }

    /// <summary>
    /// A bag: <paramref name="first"/> and <paramref name="others"/> grown on the same rows with
    /// other seeds, scored by the mean of their probabilities, deciding by <paramref name="card"/>.
    /// One subsampled LightGBM model moves with its seed; the mean of several moves less
    /// (docs/learning.md, s13-keep).
    /// </summary>
    public BinaryModel(BinaryModel first, IReadOnlyList<BinaryModel> others, ModelCard card)
        : this(first._model, first._ml, card)
    {
        _bag = [.. others];
    }

    private BinaryModel(BinaryModel model, IReadOnlyDictionary<Ingestion.Article, BinaryModel> heldOut)
        : this(model, model._bag, model.Card)
    {
        _heldOut = heldOut;
    }

    /// <summary>
    /// The same model, answering for each article of <paramref name="heldOut"/> (matched by
    /// reference: the very objects training extracts, never a dev copy of the same text) with the
    /// model given for it, one trained without it. A decision learned after this one (the keep
    /// model after the actor1 choice) is then labelled on train with the choice as dev and unseen
    /// news meet it, out of sample, not with a choice that has seen the article's coded answer.
    /// </summary>
    internal BinaryModel CrossFitted(IReadOnlyDictionary<Ingestion.Article, BinaryModel> heldOut) => new(this, heldOut);

    /// <summary>The model that decides for <paramref name="article"/>: its held-out model when it has one (<see cref="CrossFitted"/>), else this one.</summary>
    internal BinaryModel For(Ingestion.Article article) =>
        _heldOut is not null && _heldOut.TryGetValue(article, out var m) ? m : this;

    /// <summary>The same model deciding at another threshold.</summary>
    public BinaryModel(BinaryModel model, double threshold)
        : this(model, model._bag, model.Card with { Threshold = threshold })
    {
    }

    /// <summary>The same model deciding asserted candidates at <paramref name="threshold"/> and the others at <paramref name="otherThreshold"/>.</summary>
    public BinaryModel(BinaryModel model, double threshold, double? otherThreshold)
        : this(model, model._bag, model.Card with { Threshold = threshold, OtherThreshold = otherThreshold })
    {
    }

    /// <summary>How many models the score averages (1: a single model).</summary>
    public int BagSize => 1 + _bag.Length;

    public ModelCard Card { get; }

    public double Threshold => Card.Threshold;

    /// <summary>
    /// The keep decision's threshold for a candidate of this modality: an intended, negated,
    /// predicted or possible candidate is cut at the card's <see cref="ModelCard.OtherThreshold"/>
    /// when it has one (docs/learning.md, s12-keep), every other one at <see cref="Threshold"/>.
    /// </summary>
    public double ThresholdFor(string modality) =>
        Card.OtherThreshold is { } other && !string.Equals(modality, "asserted", StringComparison.Ordinal) ? other : Card.Threshold;

    /// <summary>The probability that the answer is yes.</summary>
    public float Score(ReadOnlySpan<float> features) =>
        _bag.Length == 0 ? OwnScore(features) : BagMean(features, static (m, f) => m.OwnScore(f));

    private delegate float MemberScore(BinaryModel member, ReadOnlySpan<float> features);

    /// <summary>The mean of the bag's models' scores, summed in double in bag order so a bag scores the same on every run.</summary>
    private float BagMean(ReadOnlySpan<float> features, MemberScore score)
    {
        double sum = score(this, features);
        foreach (var m in _bag)
        {
            sum += score(m, features);
        }
        return (float)(sum / (1 + _bag.Length));
    }

    private float OwnScore(ReadOnlySpan<float> features) => _trees?.Score(features) ?? OwnEngineScore(features);

    /// <summary>
    /// <see cref="Score"/> of each of <paramref name="scores"/>.Length vectors: the first
    /// <paramref name="width"/> values of each <paramref name="stride"/> values of
    /// <paramref name="rows"/>. The same scores as one call per vector, faster for the many options
    /// of one choice.
    /// </summary>
    public void ScoreMany(ReadOnlySpan<float> rows, int stride, int width, Span<float> scores)
    {
        if (_bag.Length == 0 && _trees is not null && _trees.ScoreMany(rows, stride, width, scores))
        {
            return;
        }
        for (var r = 0; r < scores.Length; r++)
        {
            scores[r] = Score(rows.Slice(r * stride, width));
        }
    }

    /// <summary>Whether scores come from the direct tree walk rather than the prediction engine.</summary>
    internal bool WalksTrees => _trees is not null;

    /// <summary>The splits of the walked trees (none when the engine scores), for tests.</summary>
    internal IEnumerable<(int Feature, float Threshold)> Splits => _trees?.Splits ?? [];

    /// <summary>
    /// The probability as ML.NET's prediction engines compute it: the reference the tree walk must
    /// equal. A bag's is the mean of its models' engines, summed as <see cref="Score"/> sums.
    /// </summary>
    internal float EngineScore(ReadOnlySpan<float> features) =>
        _bag.Length == 0 ? OwnEngineScore(features) : BagMean(features, static (m, f) => m.OwnEngineScore(f));

    private float OwnEngineScore(ReadOnlySpan<float> features)
    {
        var (engine, input, output) = _engines.Value;
        features.CopyTo(input.Features);
        engine.Predict(input, ref output);
        return output.Probability;
    }

    /// <summary>The features that moved this score most: each non-zero feature set to zero in turn (for MARSAD_TRACE only).</summary>
    public IEnumerable<(string Name, float Delta)> Explain(float[] features, IReadOnlyList<string> names, int top = 5)
    {
        var baseScore = Score(features);
        var deltas = new List<(string, float)>();
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] == 0)
            {
                continue;
            }
            var keep = features[i];
            features[i] = 0;
            deltas.Add((names[i], baseScore - Score(features)));
            features[i] = keep;
        }
        return deltas.OrderByDescending(d => Math.Abs(d.Item2)).Take(top);
    }

    public static BinaryModel? LoadEmbedded(string name, int expectedFeatures)
    {
        // MARSAD_MODELS_DIR: a retrain's output (marsad train --models DIR) is read from its folder
        // instead of the embedded set, so it can be measured without a rebuild; a model missing
        // there is one the retrain did not ship.
        if (Environment.GetEnvironmentVariable("MARSAD_MODELS_DIR") is { Length: > 0 } dir)
        {
            var zipPath = Path.Combine(dir, name + ".zip");
            var cardPath = Path.Combine(dir, name + ".json");
            if (!File.Exists(zipPath) || !File.Exists(cardPath))
            {
                return null;
            }
            using var zipFile = File.OpenRead(zipPath);
            using var cardFile = File.OpenRead(cardPath);
            return Load(zipFile, cardFile, name, expectedFeatures, member =>
                Path.Combine(dir, BagMemberName(name, member) + ".zip") is var memberPath && File.Exists(memberPath) ? File.OpenRead(memberPath) : null);
        }
        var asm = Assembly.GetExecutingAssembly();
        using var zip = asm.GetManifestResourceStream($"Marsad.Data.models.{name}.zip");
        using var json = asm.GetManifestResourceStream($"Marsad.Data.models.{name}.json");
        if (zip is null || json is null)
        {
            return null;
        }
        return Load(zip, json, name, expectedFeatures, member => asm.GetManifestResourceStream($"Marsad.Data.models.{BagMemberName(name, member)}.zip"));
    }

    /// <summary>The file name (without .zip) of the bag's model <paramref name="member"/> (counted from 2; the first is NAME.zip).</summary>
    public static string BagMemberName(string name, int member) => FormattableString.Invariant($"{name}.bag{member}");

    /// <param name="member">The stream of the bag's model k (2, 3, …) when the card says the model is a bag.</param>
    public static BinaryModel Load(Stream zip, Stream cardJson, string name, int expectedFeatures, Func<int, Stream?>? member = null)
    {
        var card = JsonSerializer.Deserialize<ModelCard>(cardJson, ModelCard.JsonOptions)
            ?? throw new InvalidDataException($"model {name}: empty card");
        if (card.Features != expectedFeatures)
        {
            throw new InvalidDataException($"model {name} was trained on {card.Features} features but the code computes {expectedFeatures}: run 'marsad train'");
        }
        var first = LoadOne(zip, card);
        if (card.Bag is not > 1)
        {
            return first;
        }
        var others = new List<BinaryModel>();
        for (var k = 2; k <= card.Bag; k++)
        {
            using var s = member?.Invoke(k) ?? throw new InvalidDataException($"model {name}: the card says a bag of {card.Bag} but {BagMemberName(name, k)}.zip is missing: run 'marsad train'");
            others.Add(LoadOne(s, card));
        }
        return new BinaryModel(first, others, card);
    }

    private static BinaryModel LoadOne(Stream zip, ModelCard card)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out _);
        return new BinaryModel(model, ml, card);
    }
}

/// <summary>What a model is and how it was made: data/models/NAME.json beside NAME.zip.</summary>
internal sealed record ModelCard
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string Name { get; init; }

    public required int Features { get; init; }

    public required double Threshold { get; init; }

    /// <summary>
    /// The keep threshold of the candidates that are not asserted, picked apart from
    /// <see cref="Threshold"/> on the out-of-fold pool; null: one threshold for all.
    /// </summary>
    public double? OtherThreshold { get; init; }

    /// <summary>
    /// How many models of other seeds the score averages (NAME.zip, then NAME.bag2.zip, …); null
    /// or 1: one model. Left out of a card when null, so the cards of single models read as before.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? Bag { get; init; }

    public string? Trainer { get; init; }

    public string? TrainedOn { get; init; }

    public int TrainingRows { get; init; }

    public int Positives { get; init; }

    public Dictionary<string, double>? DevScores { get; init; }
}

/// <summary>The model's input row: the features and, when training, the label and its weight.</summary>
internal sealed class ModelInput
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    /// <summary>The row's schema with the vector's length, which only the code knows at run time.</summary>
    public static SchemaDefinition Schema(int features)
    {
        var schema = SchemaDefinition.Create(typeof(ModelInput));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        return schema;
    }
}

internal sealed class ModelOutput
{
    public bool PredictedLabel { get; set; }

    public float Score { get; set; }

    public float Probability { get; set; }
}
