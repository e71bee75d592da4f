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

    // The same trees for scoring many vectors at once (ScoreMany): every leaf is a node of its own
    // that leads to itself (threshold +∞), so each vector takes exactly the tree's depth in steps,
    // with no test for a leaf, and several vectors' walks run side by side.
    private readonly FixedDepth _fixed;

    private readonly record struct Node(int Feature, float Threshold, int Lte, int Gt);

    private sealed record FixedDepth(int[] Roots, int[] Depths, Node[] Nodes, double[] Values);

    private TreeScorer(int[] roots, int[] leafBase, Node[] nodes, double[] leaves, ICalibrator calibrator, int featureCount)
    {
        (_roots, _leafBase, _nodes, _leaves, _calibrator, _featureCount) = (roots, leafBase, nodes, leaves, calibrator, featureCount);
        _fixed = BuildFixedDepth();
    }

    private FixedDepth BuildFixedDepth()
    {
        var roots = new int[_roots.Length];
        var depths = new int[_roots.Length];
        List<Node> nodes = [];
        List<double> values = [];
        for (var t = 0; t < _roots.Length; t++)
        {
            var internalCount = (t + 1 < _roots.Length ? _roots[t + 1] : _nodes.Length) - _roots[t];
            var leafCount = (t + 1 < _leafBase.Length ? _leafBase[t + 1] : _leaves.Length) - _leafBase[t];
            var at = nodes.Count;
            roots[t] = at;
            int Flat(int child) => at + (child >= 0 ? child : internalCount + ~child);
            for (var n = 0; n < internalCount; n++)
            {
                var node = _nodes[_roots[t] + n];
                nodes.Add(node with { Lte = Flat(node.Lte), Gt = Flat(node.Gt) });
                values.Add(0);
            }
            for (var l = 0; l < leafCount; l++)
            {
                var self = at + internalCount + l;
                nodes.Add(new Node(0, float.PositiveInfinity, self, self));
                values.Add(_leaves[_leafBase[t] + l]);
            }
            depths[t] = Depth(_nodes.AsSpan(_roots[t], internalCount), 0);
        }
        return new FixedDepth(roots, depths, [.. nodes], [.. values]);

        static int Depth(ReadOnlySpan<Node> tree, int node) =>
            node < 0 ? 0 : 1 + Math.Max(Depth(tree, tree[node].Lte), Depth(tree, tree[node].Gt));
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

    /// <summary>
    /// <see cref="Score"/> of each of <paramref name="scores"/>.Length vectors of
    /// <paramref name="width"/> values, <paramref name="stride"/> apart in <paramref name="rows"/>,
    /// or false (nothing written) when one is short or holds a NaN. Each vector's leaf values are
    /// summed in the same order as <see cref="Score"/> sums them, so the scores are the same bit for
    /// bit; walking four vectors through one tree at a time, a fixed number of steps each, lets the
    /// processor overlap their walks instead of waiting on each node and guessing each exit.
    /// </summary>
    public bool ScoreMany(ReadOnlySpan<float> rows, int stride, int width, Span<float> scores)
    {
        var count = scores.Length;
        if (width < _featureCount || width > stride || (count > 0 && rows.Length < (count - 1) * stride + width))
        {
            return false;
        }
        for (var r = 0; r < count; r++)
        {
            if (HasNaN(rows.Slice(r * stride, width)))
            {
                return false;
            }
        }
        var sums = count <= 256 ? stackalloc double[count] : new double[count];
        sums.Clear();
        var f = _fixed;
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(f.Nodes);
        ref var values = ref MemoryMarshal.GetArrayDataReference(f.Values);
        ref var first = ref MemoryMarshal.GetReference(rows);
        for (var t = 0; t < f.Roots.Length; t++)
        {
            var root = f.Roots[t];
            var depth = f.Depths[t];
            var r = 0;
            for (; r + 4 <= count; r += 4)
            {
                ref var v0 = ref Unsafe.Add(ref first, r * stride);
                ref var v1 = ref Unsafe.Add(ref v0, stride);
                ref var v2 = ref Unsafe.Add(ref v1, stride);
                ref var v3 = ref Unsafe.Add(ref v2, stride);
                int n0 = root, n1 = root, n2 = root, n3 = root;
                for (var d = 0; d < depth; d++)
                {
                    n0 = Step(ref nodes, n0, ref v0);
                    n1 = Step(ref nodes, n1, ref v1);
                    n2 = Step(ref nodes, n2, ref v2);
                    n3 = Step(ref nodes, n3, ref v3);
                }
                sums[r] += Unsafe.Add(ref values, n0);
                sums[r + 1] += Unsafe.Add(ref values, n1);
                sums[r + 2] += Unsafe.Add(ref values, n2);
                sums[r + 3] += Unsafe.Add(ref values, n3);
            }
            for (; r < count; r++)
            {
                ref var v = ref Unsafe.Add(ref first, r * stride);
                var n = root;
                for (var d = 0; d < depth; d++)
                {
                    n = Step(ref nodes, n, ref v);
                }
                sums[r] += Unsafe.Add(ref values, n);
            }
        }
        for (var r = 0; r < count; r++)
        {
            scores[r] = _calibrator.PredictProbability((float)sums[r]);
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref Node nodes, int node, ref float values)
    {
        ref var n = ref Unsafe.Add(ref nodes, node);
        return Unsafe.Add(ref values, n.Feature) <= n.Threshold ? n.Lte : n.Gt;
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
