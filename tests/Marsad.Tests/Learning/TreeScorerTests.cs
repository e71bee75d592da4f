using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>The direct tree walk must give the prediction engine's probability, bit for bit, for every shipped model.</summary>
public class TreeScorerTests
{
    // Which choices ship is decided by `marsad train` on dev; every one that does must walk its trees.
    private static readonly string[] Names =
    [
        EventModels.KeepName, EventModels.Actor1Name, EventModels.Actor2Name, EventModels.TypeName,
        EventModels.PlaceName, EventModels.ModalityName, EventModels.TollName,
    ];

    public static TheoryData<string> ShippedModels() => [.. Names.Where(n => Model(n) is not null)];

    private static BinaryModel? Model(string name) => name switch
    {
        EventModels.KeepName => EventModels.Keep,
        EventModels.Actor1Name => EventModels.Actor1,
        EventModels.Actor2Name => EventModels.Actor2,
        EventModels.TypeName => EventModels.Type,
        EventModels.PlaceName => EventModels.Place,
        EventModels.ModalityName => EventModels.Modality,
        EventModels.TollName => EventModels.Toll,
        _ => null,
    };

    private static BinaryModel Shipped(string name) => Model(name) ?? throw new InvalidOperationException($"model {name} is not shipped");

    // The keep model always ships; which choices ship is the retrain's verdict, so the tests that
    // need a choice take the first one shipped (the keep model when none is).
    private static BinaryModel AChoice() => Names.Skip(1).Select(Model).FirstOrDefault(m => m is not null) ?? Shipped(EventModels.KeepName);

    [Fact]
    public void The_keep_model_is_always_among_the_shipped_models()
    {
        Assert.Contains(EventModels.KeepName, Names.Where(n => Model(n) is not null));
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void Every_shipped_model_is_scored_by_walking_its_trees(string name)
    {
        Assert.True(Shipped(name).WalksTrees, $"{name} falls back to the prediction engine");
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void The_tree_walk_gives_the_engines_probability_on_varied_vectors(string name)
    {
        var model = Shipped(name);
        var random = new Random(20261202);
        var features = new float[model.Card.Features];
        for (var round = 0; round < 2000; round++)
        {
            for (var i = 0; i < features.Length; i++)
            {
                // Mostly the values features take (flags, small counts, logs, signed distances), some anywhere.
                features[i] = random.Next(6) switch
                {
                    0 or 1 => 0,
                    2 => 1,
                    3 => random.Next(-20, 40),
                    4 => (float)Math.Log(1 + random.Next(0, 30)),
                    _ => (float)(random.NextDouble() * 200 - 100),
                };
            }
            Assert.Equal(model.EngineScore(features), model.Score(features));
        }
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void Scoring_many_vectors_at_once_gives_each_the_score_of_its_own_walk(string name)
    {
        var model = Shipped(name);
        var random = new Random(20261203);
        var width = model.Card.Features;
        // Wider rows than the model reads, as the actor1 choice passes them; 1 to 11 rows, so some
        // batches end with fewer than four rows walked together.
        var stride = width + 3;
        for (var round = 0; round < 200; round++)
        {
            var count = 1 + (round % 11);
            var rows = new float[count * stride];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(4) switch
                {
                    0 or 1 => 0,
                    2 => 1,
                    _ => random.Next(-20, 40),
                };
            }
            var scores = new float[count];
            model.ScoreMany(rows, stride, width, scores);
            for (var r = 0; r < count; r++)
            {
                Assert.Equal(model.Score(rows.AsSpan(r * stride, width)), scores[r]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ShippedModels))]
    public void Values_right_on_a_split_threshold_or_next_to_it_go_where_the_engine_sends_them(string name)
    {
        // The by-feature sum stops at a feature's first threshold the value is not above: a value
        // equal to a threshold must go left there as in the engine, infinities to their ends.
        var model = Shipped(name);
        var byFeature = model.Splits.GroupBy(s => s.Feature).ToDictionary(g => g.Key, g => g.Select(s => s.Threshold).ToArray());
        Assert.NotEmpty(byFeature);
        var random = new Random(20261204);
        var width = model.Card.Features;
        const int Count = 5;
        var rows = new float[Count * width];
        var scores = new float[Count];
        for (var round = 0; round < 400; round++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var at = byFeature.TryGetValue(i % width, out var thresholds) ? thresholds[random.Next(thresholds.Length)] : 0f;
                rows[i] = random.Next(6) switch
                {
                    0 or 1 => at,
                    2 => MathF.BitDecrement(at),
                    3 => MathF.BitIncrement(at),
                    4 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
                    _ => 0,
                };
            }
            model.ScoreMany(rows, width, width, scores);
            for (var r = 0; r < Count; r++)
            {
                var row = rows.AsSpan(r * width, width);
                Assert.Equal(model.EngineScore(row), model.Score(row));
                Assert.Equal(model.Score(row), scores[r]);
            }
        }
    }

    [Fact]
    public void A_batch_with_a_missing_value_in_one_row_still_gives_each_row_its_own_score()
    {
        var model = AChoice();
        var width = model.Card.Features;
        var rows = new float[6 * width];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i % 4;
        }
        rows[3 * width + 2] = float.NaN;
        var scores = new float[6];

        model.ScoreMany(rows, width, width, scores);

        for (var r = 0; r < 6; r++)
        {
            Assert.Equal(model.Score(rows.AsSpan(r * width, width)), scores[r]);
        }
    }

    [Fact]
    public void The_tree_walk_gives_the_engines_probability_on_the_candidates_of_an_article()
    {
        var model = Shipped(EventModels.KeepName);
        var rows = CandidateLogs.Of("قصفت الطائرات مدينة حمص أمس وقتل خمسة مدنيين. وقالت مصادر إن اشتباكات اندلعت في ريف درعا.", new DateOnly(2016, 3, 1)).Rows;

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal(model.EngineScore(row.Features), model.Score(row.Features));
        }
    }

    [Fact]
    public void A_vector_with_a_missing_value_is_left_to_the_engine()
    {
        var model = Shipped(EventModels.KeepName);
        var features = new float[model.Card.Features];
        features.AsSpan().Fill(float.NaN);

        Assert.Equal(model.EngineScore(features), model.Score(features));
    }
    [Fact]
    public void A_vector_with_one_missing_value_among_ordinary_ones_gets_the_engines_probability()
    {
        var model = AChoice();
        var features = new float[model.Card.Features];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = i % 3;
        }
        features[features.Length / 2] = float.NaN;

        Assert.Equal(model.EngineScore(features), model.Score(features));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(37)]
    public void A_missing_value_is_seen_wherever_it_stands_in_the_vector_and_its_tail(int length)
    {
        var features = new float[length];
        for (var i = 0; i < length; i++)
        {
            features[i] = i - 3.5f;
        }
        Assert.False(TreeScorer.HasNaN(features));
        for (var at = 0; at < length; at++)
        {
            var saved = features[at];
            features[at] = float.NaN;
            Assert.True(TreeScorer.HasNaN(features), $"NaN at {at} of {length}");
            features[at] = saved;
        }
    }

    [Fact]
    public void Infinities_and_zeros_are_no_missing_values()
    {
        float[] features = [float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.MaxValue, float.Epsilon, 1, 2, 3, 4, 5];

        Assert.False(TreeScorer.HasNaN(features));
    }
}
