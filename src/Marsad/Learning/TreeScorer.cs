using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Marsad.Learning;

/// <summary>
/// A loaded LightGBM model scored by walking its trees directly. ML.NET's prediction engine wraps
/// each call in a cursor, a row copy and a chain of getters, which cost more than the 250 small
/// trees themselves (about a tenth of a 10 MB extraction). The walk repeats what ML.NET computes
/// for a dense vector: the sum of the trees' leaf values in double, in tree order, without tree
/// weights or bias, cast to float, then the model's own calibrator. A model of any other shape
/// (categorical splits, a one-leaf tree, a non-zero bias) is not taken: the engine scores it.
/// </summary>
internal sealed class TreeScorer
{
    // All trees' nodes in one array, each node's fields side by side (one cache line per step of
    // the walk); a child index below zero is ~leaf, as in ML.NET.
    private readonly int[] _roots;
    private readonly int[] _leafBase;
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly ICalibrator _calibrator;
    private readonly int _featureCount;

    private readonly record struct Node(int Feature, float Threshold, int Lte, int Gt);

    private TreeScorer(int[] roots, int[] leafBase, Node[] nodes, double[] leaves, ICalibrator calibrator, int featureCount)
    {
        (_roots, _leafBase, _nodes, _leaves, _calibrator, _featureCount) = (roots, leafBase, nodes, leaves, calibrator, featureCount);
    }

    /// <summary>The scorer of <paramref name="model"/>, or null when it is not a plain calibrated tree ensemble.</summary>
    public static TreeScorer? TryCreate(ITransformer model, int featureCount)
    {
        var last = model is IEnumerable<ITransformer> chain ? chain.LastOrDefault() : model;
        if (last is not ISingleFeaturePredictionTransformer<object> { Model: { } parameters })
        {
            return null;
        }
        // What Lgbm.Train makes and ml.Model.Load gives back.
        if (parameters is not CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> { SubModel: { } trees, Calibrator: { } calibrator })
        {
            return null;
        }
        var ensemble = trees.TrainedTreeEnsemble;
        if (ensemble.Bias != 0 || ensemble.Trees.Count == 0)
        {
            return null;
        }
        var roots = new int[ensemble.Trees.Count];
        var leafBase = new int[ensemble.Trees.Count];
        List<Node> nodes = [];
        List<double> leaves = [];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.NumberOfLeaves < 2 || tree.CategoricalSplitFlags.Any(c => c) || tree.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount))
            {
                return null;
            }
            roots[t] = nodes.Count;
            leafBase[t] = leaves.Count;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n]));
            }
            leaves.AddRange(tree.LeafValues);
        }
        return new TreeScorer(roots, leafBase, [.. nodes], [.. leaves], calibrator, featureCount);
    }

    /// <summary>The calibrated probability, or null for a vector with a missing value (NaN), which ML.NET may route by a per-node default this walk does not know.</summary>
    public float? Score(ReadOnlySpan<float> features)
    {
        // One look for a NaN or a short vector before the walk lets the walk itself read nodes and
        // features without a check per step (the walk is the largest single cost of the event stage).
        if (features.Length < _featureCount || HasNaN(features))
        {
            return CheckedScore(features);
        }
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var values = ref MemoryMarshal.GetReference(features);
        var sum = 0.0;
        for (var t = 0; t < _roots.Length; t++)
        {
            ref var tree = ref Unsafe.Add(ref nodes, _roots[t]);
            var node = 0;
            do
            {
                ref var n = ref Unsafe.Add(ref tree, node);
                node = Unsafe.Add(ref values, n.Feature) <= n.Threshold ? n.Lte : n.Gt;
            }
            while (node >= 0);
            sum += _leaves[_leafBase[t] + ~node];
        }
        return _calibrator.PredictProbability((float)sum);
    }

    private static bool HasNaN(ReadOnlySpan<float> features)
    {
        foreach (var value in features)
        {
            if (float.IsNaN(value))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The walk with every read checked, for the vectors <see cref="Score"/> does not take: null where a NaN is read.</summary>
    private float? CheckedScore(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        for (var t = 0; t < _roots.Length; t++)
        {
            var root = _roots[t];
            var node = 0;
            while (node >= 0)
            {
                ref readonly var n = ref _nodes[root + node];
                var value = features[n.Feature];
                if (float.IsNaN(value))
                {
                    return null;
                }
                node = value <= n.Threshold ? n.Lte : n.Gt;
            }
            sum += _leaves[_leafBase[t] + ~node];
        }
        return _calibrator.PredictProbability((float)sum);
    }
}
