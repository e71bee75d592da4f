using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// The sum is taken by feature rather than by walk (<see cref="FeatureMajor"/>) where the trees
/// are small enough; the walk remains for larger ones and the checked walk for vectors with a NaN.
/// </summary>
internal sealed partial class TreeScorer
{
    // All trees' nodes in one array, each node's fields side by side; a child index below zero is
    // ~leaf, as in ML.NET.
    private readonly int[] _roots;
    private readonly int[] _leafBase;
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly ICalibrator _calibrator;
    private readonly int _featureCount;

    // The same trees arranged by feature: null when a tree has more leaves than a mask holds.
    private readonly FeatureMajor? _byFeature;

    private readonly record struct Node(int Feature, float Threshold, int Lte, int Gt);

    private TreeScorer(int[] roots, int[] leafBase, Node[] nodes, double[] leaves, ICalibrator calibrator, int featureCount)
    {
        (_roots, _leafBase, _nodes, _leaves, _calibrator, _featureCount) = (roots, leafBase, nodes, leaves, calibrator, featureCount);
        _byFeature = FeatureMajor.TryBuild(this);
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
        var sum = _byFeature is { } byFeature ? byFeature.Sum(features) : Walk(features);
        return _calibrator.PredictProbability((float)sum);
    }

    /// <summary>
    /// <see cref="Score"/> of each of <paramref name="scores"/>.Length vectors of
    /// <paramref name="width"/> values, <paramref name="stride"/> apart in <paramref name="rows"/>,
    /// or false (nothing written) when one is short or holds a NaN. Each vector's leaf values are
    /// summed in the same order as <see cref="Score"/> sums them, so the scores are the same bit for bit.
    /// </summary>
    public bool ScoreMany(ReadOnlySpan<float> rows, int stride, int width, Span<float> scores)
    {
        var count = scores.Length;
        if (width < _featureCount || width > stride || (count > 0 && rows.Length < (count - 1) * stride + width))
        {
            return false;
        }
        for (var k = 0; k < count; k++)
        {
            if (HasNaN(rows.Slice(k * stride, width)))
            {
                return false;
            }
        }
        var r = 0;
        if (_byFeature is { } byFeature && Vector256.IsHardwareAccelerated)
        {
            Span<double> sums = stackalloc double[4];
            for (; count - r >= 2; r += 4)
            {
                var n = Math.Min(4, count - r);
                byFeature.SumFour(rows[(r * stride)..], stride, sums[..n]);
                for (var i = 0; i < n; i++)
                {
                    scores[r + i] = _calibrator.PredictProbability((float)sums[i]);
                }
            }
        }
        for (; r < count; r++)
        {
            var row = rows.Slice(r * stride, width);
            var sum = _byFeature is { } single ? single.Sum(row) : Walk(row);
            scores[r] = _calibrator.PredictProbability((float)sum);
        }
        return true;
    }

    /// <summary>The sum of the trees' leaves for a vector without NaN of at least the model's width, walking each tree from its root.</summary>
    private double Walk(ReadOnlySpan<float> features)
    {
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
        return sum;
    }

    /// <summary>Every split's feature and threshold, for tests that put values exactly on a threshold.</summary>
    internal IEnumerable<(int Feature, float Threshold)> Splits => _nodes.Select(n => (n.Feature, n.Threshold));

    internal static bool HasNaN(ReadOnlySpan<float> features)
    {
        // A vector at a time (NaN is the one value not equal to itself): every score looks at its
        // whole vector first, each member of a bag again, and the value-by-value loop was ~1 % of
        // a batch's CPU (docs/performance.md, fifteenth step).
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            foreach (var v in MemoryMarshal.Cast<float, Vector<float>>(features))
            {
                if (!Vector.EqualsAll(v, v))
                {
                    return true;
                }
                i += Vector<float>.Count;
            }
        }
        for (; i < features.Length; i++)
        {
            if (float.IsNaN(features[i]))
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
