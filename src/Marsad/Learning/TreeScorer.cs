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
    /// bit; walking four vectors through two trees at a time (a vector left over: four trees), a
    /// fixed number of steps each, lets the processor overlap their walks instead of waiting on each
    /// node and guessing each exit.
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
        var trees = f.Roots.Length;
        var blocks = count & ~3;
        // Blocks of four vectors walk two trees at once: eight independent walks keep the
        // processor busy while each waits on its node. A tree without a pair is walked twice and
        // its second leaf not added.
        for (var t = 0; t < trees; t += 2)
        {
            var pair = t + 1 < trees;
            var rootA = f.Roots[t];
            var rootB = pair ? f.Roots[t + 1] : rootA;
            var depth = pair ? Math.Max(f.Depths[t], f.Depths[t + 1]) : f.Depths[t];
            for (var r = 0; r < blocks; r += 4)
            {
                ref var v0 = ref Unsafe.Add(ref first, r * stride);
                ref var v1 = ref Unsafe.Add(ref v0, stride);
                ref var v2 = ref Unsafe.Add(ref v1, stride);
                ref var v3 = ref Unsafe.Add(ref v2, stride);
                int a0 = rootA, a1 = rootA, a2 = rootA, a3 = rootA;
                int b0 = rootB, b1 = rootB, b2 = rootB, b3 = rootB;
                for (var d = 0; d < depth; d++)
                {
                    a0 = Step(ref nodes, a0, ref v0);
                    a1 = Step(ref nodes, a1, ref v1);
                    a2 = Step(ref nodes, a2, ref v2);
                    a3 = Step(ref nodes, a3, ref v3);
                    b0 = Step(ref nodes, b0, ref v0);
                    b1 = Step(ref nodes, b1, ref v1);
                    b2 = Step(ref nodes, b2, ref v2);
                    b3 = Step(ref nodes, b3, ref v3);
                }
                // Tree t's leaf before tree t + 1's: the order Score adds them in.
                sums[r] += Unsafe.Add(ref values, a0);
                sums[r + 1] += Unsafe.Add(ref values, a1);
                sums[r + 2] += Unsafe.Add(ref values, a2);
                sums[r + 3] += Unsafe.Add(ref values, a3);
                if (pair)
                {
                    sums[r] += Unsafe.Add(ref values, b0);
                    sums[r + 1] += Unsafe.Add(ref values, b1);
                    sums[r + 2] += Unsafe.Add(ref values, b2);
                    sums[r + 3] += Unsafe.Add(ref values, b3);
                }
            }
        }
        // The vectors after the last block (a third of them where a candidate has six options)
        // walk four trees at once each, for the same overlap.
        for (var r = blocks; r < count; r++)
        {
            ref var v = ref Unsafe.Add(ref first, r * stride);
            var sum = 0.0;
            var t = 0;
            for (; t + 4 <= trees; t += 4)
            {
                int n0 = f.Roots[t], n1 = f.Roots[t + 1], n2 = f.Roots[t + 2], n3 = f.Roots[t + 3];
                var depth = Math.Max(Math.Max(f.Depths[t], f.Depths[t + 1]), Math.Max(f.Depths[t + 2], f.Depths[t + 3]));
                for (var d = 0; d < depth; d++)
                {
                    n0 = Step(ref nodes, n0, ref v);
                    n1 = Step(ref nodes, n1, ref v);
                    n2 = Step(ref nodes, n2, ref v);
                    n3 = Step(ref nodes, n3, ref v);
                }
                sum += Unsafe.Add(ref values, n0);
                sum += Unsafe.Add(ref values, n1);
                sum += Unsafe.Add(ref values, n2);
                sum += Unsafe.Add(ref values, n3);
            }
            for (; t < trees; t++)
            {
                var n = f.Roots[t];
                for (var d = 0; d < f.Depths[t]; d++)
                {
                    n = Step(ref nodes, n, ref v);
                }
                sum += Unsafe.Add(ref values, n);
            }
            sums[r] = sum;
        }
        for (var r = 0; r < count; r++)
        {
            scores[r] = _calibrator.PredictProbability((float)sums[r]);
        }
        return true;
    }

    /// <summary>
    /// One step of a walk without a branch: the JIT compiles the conditional form to a jump, which
    /// the processor guesses wrong about half the time (the side a vector takes is what the tree is
    /// for), and each wrong guess costs more than the step. The comparison is taken as 0 or 1 and
    /// picks the child by a mask, so the four walks of <see cref="ScoreMany"/> never stall on a guess.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref Node nodes, int node, ref float values)
    {
        ref var n = ref Unsafe.Add(ref nodes, node);
        // !(value <= threshold), not value > threshold: the same side as Score for every value.
        var right = Unsafe.BitCast<bool, byte>(!(Unsafe.Add(ref values, n.Feature) <= n.Threshold));
        return n.Lte ^ ((n.Lte ^ n.Gt) & -right);
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
