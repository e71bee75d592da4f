using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Geo;

/// <summary>
/// The trained toponym recognizer: a greedy left-to-right BIO tagger with an averaged perceptron
/// over hashed features (<see cref="ToponymFeatures"/>). ML.NET has no sequence tagger, so this
/// one is written here: small, deterministic (seeded shuffle, no threads in training) and cheap
/// at run time (feature hashes are computed on spans, no string per feature). It runs over the
/// sentences where the gazetteer found a candidate and says, from the words around it, whether
/// the candidate is a place; <see cref="PlaceStage"/> weighs that with its own evidence.
/// </summary>
public sealed class ToponymTagger
{
    public const int O = 0;
    public const int B = 1;
    public const int I = 2;
    internal const int Tags = 3;
    public const string ModelName = "toponyms";

    private static readonly Lazy<ToponymTagger?> DefaultInstance = new(LoadEmbedded);

    private readonly float[] _weights;

    private ToponymTagger(int bits, float[] weights, ToponymCard card)
    {
        Bits = bits;
        _weights = weights;
        Card = card;
    }

    /// <summary>The shipped model (data/models/toponyms.zip), or null in a build without one.</summary>
    public static ToponymTagger? Default => Learning.ShippedModels.Read(DefaultInstance, ModelName);

    public int Bits { get; }

    public ToponymCard Card { get; }

    private int Mask => (1 << Bits) - 1;



    /// <summary>Tags one sentence; <paramref name="probability"/> gets, per token, how likely it is inside a place (softmax of the three tag scores).</summary>
    public void Tag(ReadOnlySpan<TaggerToken> tokens, Span<int> tags, Span<float> probability)
    {
        Span<ulong> features = stackalloc ulong[ToponymFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Tags];
        var prev = O;
        for (var i = 0; i < tokens.Length; i++)
        {
            var n = ToponymFeatures.Extract(tokens, i, prev, features);
            Score(features[..n], scores);
            var best = Best(scores, prev);
            tags[i] = best;
            // Softmax over the tags that may follow: I after O is never chosen, so its score there was never trained down.
            var inside = prev == O ? float.NegativeInfinity : scores[2];
            var max = Math.Max(scores[0], Math.Max(scores[1], inside));
            var e0 = Math.Exp(scores[0] - max);
            var e1 = Math.Exp(scores[1] - max);
            var e2 = Math.Exp(inside - max);
            probability[i] = (float)((e1 + e2) / (e0 + e1 + e2));
            prev = best;
        }
    }

    private void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var mask = Mask;
        foreach (var f in features)
        {
            var at = ((int)f & mask) * Tags;
            scores[0] += _weights[at];
            scores[1] += _weights[at + 1];
            scores[2] += _weights[at + 2];
        }
    }

    /// <summary>The best tag that may follow <paramref name="prev"/> (I only inside a name).</summary>
    private static int Best(ReadOnlySpan<float> scores, int prev)
    {
        var best = O;
        for (var t = 1; t < Tags; t++)
        {
            if (t == I && prev == O)
            {
                continue;
            }
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }
        return best;
    }

    /// <summary>
    /// Trains on sentences of tagged tokens (gold tags per token) for a number of epochs, in an
    /// order shuffled by a fixed seed, and returns the averaged weights.
    /// </summary>
    public static ToponymTagger Train(IReadOnlyList<(TaggerToken[] Tokens, int[] Gold)> sentences, int epochs, int bits, ToponymCard card, TextWriter? progress = null)
    {
        var size = (1 << bits) * Tags;
        var w = new float[size];
        var total = new double[size];
        var stamp = new int[size];
        var mask = (1 << bits) - 1;
        var clock = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(20261202);
        var features = new ulong[ToponymFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Tags];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var s in order)
            {
                var (tokens, gold) = sentences[s];
                var prev = O;
                for (var i = 0; i < tokens.Length; i++, clock++)
                {
                    var n = ToponymFeatures.Extract(tokens, i, prev, features);
                    scores.Clear();
                    for (var k = 0; k < n; k++)
                    {
                        var at = ((int)features[k] & mask) * Tags;
                        scores[0] += w[at];
                        scores[1] += w[at + 1];
                        scores[2] += w[at + 2];
                    }
                    var guess = Best(scores, prev);
                    if (guess != gold[i])
                    {
                        errors++;
                        for (var k = 0; k < n; k++)
                        {
                            var at = ((int)features[k] & mask) * Tags;
                            Update(at + gold[i], 1);
                            Update(at + guess, -1);
                        }
                    }
                    // Greedy decoding at run time sees its own previous tag, so training does too.
                    prev = guess;
                }
            }
            progress?.WriteLine($"  toponym tagger epoch {epoch + 1}/{epochs}: {errors} token errors");
        }
        var averaged = new float[size];
        for (var k = 0; k < size; k++)
        {
            var t = total[k] + (clock - stamp[k]) * (double)w[k];
            averaged[k] = (float)(t / clock);
        }
        return new ToponymTagger(bits, averaged, card);

        void Update(int at, float delta)
        {
            total[at] += (clock - stamp[at]) * (double)w[at];
            stamp[at] = clock;
            w[at] += delta;
        }
    }

    /// <summary>The model as committed: a zip with the weights (float32, little-endian; zeros compress away) and its card.</summary>
    public byte[] ToZip()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("weights.bin", CompressionLevel.SmallestSize);
            // A fixed time stamp keeps the file byte for byte reproducible.
            entry.LastWriteTime = Learning.Lgbm.EntryTime;
            using var s = entry.Open();
            using var bw = new BinaryWriter(s);
            bw.Write(Bits);
            // Quantized to 16 bits over the model's own range: the decisions do not notice, and the file shrinks by half.
            var max = 0f;
            foreach (var f in _weights)
            {
                max = Math.Max(max, Math.Abs(f));
            }
            var scale = max == 0 ? 1f : short.MaxValue / max;
            bw.Write(scale);
            foreach (var f in _weights)
            {
                bw.Write((short)Math.Clamp(Math.Round(f * scale), -short.MaxValue, short.MaxValue));
            }
        }
        return ms.ToArray();
    }

    public string CardJson() => JsonSerializer.Serialize(Card, ToponymCard.JsonOptions) + "\n";

    public static ToponymTagger Load(Stream zipStream, Stream cardJson)
    {
        var card = JsonSerializer.Deserialize<ToponymCard>(cardJson, ToponymCard.JsonOptions) ?? throw new InvalidDataException("toponym model: empty card");
        if (card.FeatureVersion != ToponymFeatures.Version)
        {
            throw new InvalidDataException($"toponym model: trained with features v{card.FeatureVersion}, this build computes v{ToponymFeatures.Version}; run 'marsad toponyms --train'");
        }
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var entry = zip.GetEntry("weights.bin") ?? throw new InvalidDataException("toponym model: no weights.bin");
        using var s = entry.Open();
        using var br = new BinaryReader(s);
        var bits = br.ReadInt32();
        if (bits is < 10 or > 24)
        {
            throw new InvalidDataException($"toponym model: {bits} hash bits is out of range");
        }
        var scale = br.ReadSingle();
        if (!(scale > 0))
        {
            throw new InvalidDataException("toponym model: bad weight scale");
        }
        var weights = new float[(1 << bits) * Tags];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = br.ReadInt16() / scale;
        }
        return new ToponymTagger(bits, weights, card);
    }

    /// <summary>Round-trips through the committed format, so a model scored in training is the model that ships.</summary>
    public ToponymTagger Quantized()
    {
        using var zip = new MemoryStream(ToZip());
        using var card = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CardJson()));
        return Load(zip, card);
    }

    private static ToponymTagger? LoadEmbedded()
    {
        var asm = Assembly.GetExecutingAssembly();
        using var zip = asm.GetManifestResourceStream($"Marsad.Data.models.{ModelName}.zip");
        using var json = asm.GetManifestResourceStream($"Marsad.Data.models.{ModelName}.json");
        if (zip is null || json is null)
        {
            return null;
        }
        try
        {
            return Load(zip, json);
        }
        catch (InvalidDataException e)
        {
            // A stale model must not be misread; the rules still work without it, and the test
            // Shipped_toponym_model_loads fails the build's suite so it cannot ship that way.
            Console.Error.WriteLine($"marsad: toponym tagger not used: {e.Message}");
            return null;
        }
    }
}

/// <summary>What the committed toponym model says about itself (data/models/toponyms.json).</summary>
public sealed record ToponymCard
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Model { get; init; } = "averaged perceptron, greedy BIO";

    public int FeatureVersion { get; init; }

    public int Epochs { get; init; }

    public int HashBits { get; init; }

    /// <summary>Sentences and place spans per source (newsfane, idrisi, corpus).</summary>
    public Dictionary<string, int[]> TrainedOn { get; init; } = [];

    /// <summary>Cross-validated scores written by the trainer (idrisi_f1, newsfane_f1, …).</summary>
    public Dictionary<string, double>? Scores { get; init; }
}
