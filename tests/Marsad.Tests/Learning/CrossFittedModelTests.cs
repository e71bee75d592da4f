using Marsad.Ingestion;
using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>
/// The actor1 choice labels the decisions trained after it on train with a model that never saw
/// the article (cross-fitted), and every other article (dev, unseen news, the gsr sentences) with
/// the model trained on all of train.
/// </summary>
public class CrossFittedModelTests
{
    private const int Features = 3;

    private static readonly ModelCard Card = new() { Name = "test", Features = Features, Threshold = 0 };

    /// <summary>A model that says yes where feature 0 is high, or (<paramref name="flipped"/>) where it is low.</summary>
    private static BinaryModel Model(bool flipped)
    {
        var random = new Random(5);
        var rows = new List<ModelInput>();
        for (var i = 0; i < 300; i++)
        {
            var f = new[] { (float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble() };
            rows.Add(new ModelInput { Features = f, Label = f[0] > 0.5 != flipped });
        }
        var (model, ml, _) = Lgbm.Train(rows, Features);
        return new BinaryModel(model, ml, Card);
    }

    private static readonly float[] High = [0.9f, 0.5f, 0.5f];

    [Fact]
    public void A_training_article_is_decided_by_the_model_trained_without_it()
    {
        var (full, heldOut) = (Model(flipped: false), Model(flipped: true));
        var learned = new Article { Source = "train", Body = "قصفت طائرات حربية بلدة في ريف حلب." };
        var crossFitted = full.CrossFitted(new Dictionary<Article, BinaryModel>(ReferenceEqualityComparer.Instance) { [learned] = heldOut });

        Assert.True(full.Score(High) > 0.5f);
        Assert.True(crossFitted.For(learned).Score(High) < 0.5f);
    }

    [Fact]
    public void Another_article_with_the_same_text_is_decided_by_the_model_trained_on_all_of_train()
    {
        // Dev is loaded apart from train: an article of both is dev's own object there, scored as shipped.
        var (full, heldOut) = (Model(flipped: false), Model(flipped: true));
        var learned = new Article { Source = "train", Body = "اعتقلت قوات الأمن عشرة أشخاص في بغداد." };
        var crossFitted = full.CrossFitted(new Dictionary<Article, BinaryModel>(ReferenceEqualityComparer.Instance) { [learned] = heldOut });

        Assert.Equal(full.Score(High), crossFitted.For(learned with { }).Score(High));
        Assert.Equal(full.Score(High), crossFitted.For(new Article { Source = "dev", Body = "خبر آخر." }).Score(High));
    }
}
