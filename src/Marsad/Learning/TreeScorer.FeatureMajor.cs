using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Learning;

internal sealed partial class TreeScorer
{
    /// <summary>
    /// The trees turned inside out, by feature (QuickScorer, Lucchese et al., SIGIR 2015). Each tree's
    /// leaves are numbered left to right and a vector's leaf is kept as a mask of the leaves it may
    /// still reach, all set at first. A split the vector passes to the right (value above the
    /// threshold) rules out every leaf under its left child, so the exit leaf is the lowest leaf no
    /// such split rules out, whatever the order the splits are looked at in. The splits of one
    /// feature are sorted by threshold, so a vector's value meets its right-going splits first and
    /// stops at its first left-going one: a vector costs the splits it passes to the right (of the
    /// 3,500 splits of 250 trees of 15 leaves), with no walk from node to node waiting on the node
    /// before, and the features no tree splits on cost nothing. Leaves are then summed in tree order, as the
    /// walk sums them, so the score is the same bit for bit.
    /// </summary>
    private sealed class FeatureMajor
    {
        // A mask holds this many leaves; a tree with more leaves keeps the model on the walk.
        private const int MaxLeaves = 64;

        // Per split feature, its splits from Starts[g] on, sorted by threshold and closed by a +∞
        // threshold that every value without NaN stops at (no bound check in the loop).
        private readonly int[] _features;
        private readonly int[] _starts;
        private readonly float[] _thresholds;
        private readonly double[] _wideThresholds;
        private readonly int[] _trees;
        private readonly ulong[] _keep;

        // Tree t's leaf values by left-to-right number from LeafStart[t].
        private readonly int[] _leafStart;
        private readonly double[] _leafValues;

        private FeatureMajor(int[] features, int[] starts, float[] thresholds, int[] trees, ulong[] keep, int[] leafStart, double[] leafValues)
        {
            (_features, _starts, _thresholds, _trees, _keep, _leafStart, _leafValues) = (features, starts, thresholds, trees, keep, leafStart, leafValues);
            _wideThresholds = Array.ConvertAll(thresholds, t => (double)t);
        }

        private readonly record struct Split(int Feature, float Threshold, int Tree, ulong Keep);

        public static FeatureMajor? TryBuild(TreeScorer scorer)
        {
            var treeCount = scorer._roots.Length;
            List<Split> splits = [];
            var leafStart = new int[treeCount];
            List<double> leafValues = [];
            for (var t = 0; t < treeCount; t++)
            {
                var root = scorer._roots[t];
                var leafCount = (t + 1 < treeCount ? scorer._leafBase[t + 1] : scorer._leaves.Length) - scorer._leafBase[t];
                if (leafCount > MaxLeaves)
                {
                    return null;
                }
                leafStart[t] = leafValues.Count;
                var next = 0;
                Number(0);

                // The mask of the leaves under node, numbered left to right from next.
                ulong Number(int node)
                {
                    if (node < 0)
                    {
                        leafValues.Add(scorer._leaves[scorer._leafBase[t] + ~node]);
                        return 1UL << next++;
                    }
                    var n = scorer._nodes[root + node];
                    var left = Number(n.Lte);
                    var right = Number(n.Gt);
                    splits.Add(new Split(n.Feature, n.Threshold, t, ~left));
                    return left | right;
                }
            }
            // Ties in any order: ruling out is an AND, which does not care.
            splits.Sort((a, b) => a.Feature != b.Feature ? a.Feature.CompareTo(b.Feature) : a.Threshold.CompareTo(b.Threshold));
            List<int> features = [];
            List<int> starts = [];
            var thresholds = new List<float>(splits.Count * 2);
            var trees = new List<int>(splits.Count * 2);
            var keep = new List<ulong>(splits.Count * 2);
            for (var i = 0; i < splits.Count; i++)
            {
                if (i == 0 || splits[i].Feature != splits[i - 1].Feature)
                {
                    if (i > 0)
                    {
                        Close();
                    }
                    features.Add(splits[i].Feature);
                    starts.Add(thresholds.Count);
                }
                thresholds.Add(splits[i].Threshold);
                trees.Add(splits[i].Tree);
                keep.Add(splits[i].Keep);
            }
            if (splits.Count > 0)
            {
                Close();
            }
            return new FeatureMajor([.. features], [.. starts], [.. thresholds], [.. trees], [.. keep], leafStart, [.. leafValues]);

            void Close()
            {
                thresholds.Add(float.PositiveInfinity);
                trees.Add(0);
                keep.Add(ulong.MaxValue);
            }
        }

        /// <summary>The sum of the trees' leaves, in tree order, for a vector without NaN at least as wide as the model.</summary>
        public double Sum(ReadOnlySpan<float> features)
        {
            var treeCount = _leafStart.Length;
            // Per thread, not stackalloc: the stack would be zeroed first and then filled.
            var buffer = t_masks is { } m && m.Length >= treeCount ? m : t_masks = new ulong[treeCount];
            var masks = buffer.AsSpan(0, treeCount);
            masks.Fill(ulong.MaxValue);
            ref var mask = ref MemoryMarshal.GetReference(masks);
            ref var values = ref MemoryMarshal.GetReference(features);
            ref var thresholds = ref MemoryMarshal.GetArrayDataReference(_thresholds);
            ref var trees = ref MemoryMarshal.GetArrayDataReference(_trees);
            ref var keep = ref MemoryMarshal.GetArrayDataReference(_keep);
            for (var g = 0; g < _features.Length; g++)
            {
                var value = Unsafe.Add(ref values, _features[g]);
                // !(value <= threshold), not value > threshold: the walk's side for every value.
                for (var k = _starts[g]; !(value <= Unsafe.Add(ref thresholds, k)); k++)
                {
                    Unsafe.Add(ref mask, Unsafe.Add(ref trees, k)) &= Unsafe.Add(ref keep, k);
                }
            }
            ref var leafStart = ref MemoryMarshal.GetArrayDataReference(_leafStart);
            ref var leafValues = ref MemoryMarshal.GetArrayDataReference(_leafValues);
            var sum = 0.0;
            for (var t = 0; t < treeCount; t++)
            {
                // Never past the tree's leaves: its exit leaf's bit is never cleared.
                sum += Unsafe.Add(ref leafValues, Unsafe.Add(ref leafStart, t) + BitOperations.TrailingZeroCount(Unsafe.Add(ref mask, t)));
            }
            return sum;
        }

        /// <summary>
        /// The sums of <paramref name="sums"/>.Length (2 to 4) vectors <paramref name="stride"/> apart
        /// in <paramref name="rows"/>, side by side: one mask per tree holds the four vectors' leaf masks,
        /// a split is compared with the four values at once, and a feature's splits are read up to the
        /// largest of the four values, so the four share the splits they pass and the guess at where
        /// a feature's run ends. Each vector's leaves are summed in tree order as in <see cref="Sum"/>.
        /// Values and thresholds are compared as doubles, exact for floats.
        /// </summary>
        // Optimized at its first call: a method on Vector256 is not precompiled (ReadyToRun targets
        // a baseline without AVX2), so it would start as tier-0 code, then OSR, and spend the first
        // ~0.2 s of the windows in them before the tier-1 copy arrives. docs/performance.md, 11th pass.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void SumFour(ReadOnlySpan<float> rows, int stride, Span<double> sums)
        {
            var treeCount = _leafStart.Length;
            var buffer = t_masks4 is { } m && m.Length >= treeCount ? m : t_masks4 = new Vector256<ulong>[treeCount];
            var masks = buffer.AsSpan(0, treeCount);
            masks.Fill(Vector256<ulong>.AllBitsSet);
            ref var mask = ref MemoryMarshal.GetReference(masks);
            // Lanes past the vectors given repeat the first, and are not summed.
            var n = sums.Length;
            ref var v0 = ref MemoryMarshal.GetReference(rows);
            ref var v1 = ref n > 1 ? ref Unsafe.Add(ref v0, stride) : ref v0;
            ref var v2 = ref n > 2 ? ref Unsafe.Add(ref v0, 2 * stride) : ref v0;
            ref var v3 = ref n > 3 ? ref Unsafe.Add(ref v0, 3 * stride) : ref v0;
            ref var thresholds = ref MemoryMarshal.GetArrayDataReference(_wideThresholds);
            ref var trees = ref MemoryMarshal.GetArrayDataReference(_trees);
            ref var keep = ref MemoryMarshal.GetArrayDataReference(_keep);
            for (var g = 0; g < _features.Length; g++)
            {
                var f = _features[g];
                double a = Unsafe.Add(ref v0, f), b = Unsafe.Add(ref v1, f), c = Unsafe.Add(ref v2, f), d = Unsafe.Add(ref v3, f);
                var values = Vector256.Create(a, b, c, d);
                var most = Math.Max(Math.Max(a, b), Math.Max(c, d));
                for (var k = _starts[g]; !(most <= Unsafe.Add(ref thresholds, k)); k++)
                {
                    var left = Vector256.LessThanOrEqual(values, Vector256.Create(Unsafe.Add(ref thresholds, k))).AsUInt64();
                    ref var at = ref Unsafe.Add(ref mask, Unsafe.Add(ref trees, k));
                    at &= left | Vector256.Create(Unsafe.Add(ref keep, k));
                }
            }
            ref var leafStart = ref MemoryMarshal.GetArrayDataReference(_leafStart);
            ref var leafValues = ref MemoryMarshal.GetArrayDataReference(_leafValues);
            ref var lanes = ref Unsafe.As<Vector256<ulong>, ulong>(ref mask);
            // The four lanes' sums side by side in one vector: each lane still adds its leaves in
            // tree order from 0.0, as Sum does, but the four chains of dependent additions become
            // one (a lane-by-lane loop waited on each addition's latency four times over).
            var total = Vector256<double>.Zero;
            for (var t = 0; t < treeCount; t++)
            {
                ref var leaves = ref Unsafe.Add(ref leafValues, Unsafe.Add(ref leafStart, t));
                ref var at = ref Unsafe.Add(ref lanes, 4 * t);
                total += Vector256.Create(
                    Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(at)),
                    Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref at, 1))),
                    Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref at, 2))),
                    Unsafe.Add(ref leaves, BitOperations.TrailingZeroCount(Unsafe.Add(ref at, 3))));
            }
            for (var lane = 0; lane < n; lane++)
            {
                sums[lane] = total.GetElement(lane);
            }
        }

        [ThreadStatic]
        private static ulong[]? t_masks;

        [ThreadStatic]
        private static Vector256<ulong>[]? t_masks4;
    }
}
