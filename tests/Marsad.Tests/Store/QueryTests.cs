using Marsad.Store;
using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

public sealed class QueryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-query-tests-").FullName;
    private readonly MarsadStore _db;

    public QueryTests()
    {
        _db = MarsadStore.Open(Path.Combine(_dir, "m.db"));
        _db.WriteBatch(
        [
            Document("قصفت المدفعيّة التركية قرية مارع في ريف حلب الشمالي.", "2016-02-18", "a",
                Event("REMOTE", "TUR", "مارع", 36.576, 37.046, "2016-02-17", 3, actor2: "SDF")),
            Document("سيطر تنظيم داعش على مدينة تدمر بعد معارك عنيفة.", "2015-05-21", "b",
                Event("CAPTURE", "ISIL", "تدمر", 34.56, 38.28, "2015-05", null, admin1: "حمص")),
            Document("اعتقلت القوات العراقية عشرين شخصاً في الموصل.", "2015-08-01", "c",
                Event("ARREST", "IRQ-MIL", "الموصل", 36.34, 43.13, null, null, country: "IQ"),
                Event("ASSAULT", "IRQ-MIL", "الموصل", 36.34, 43.13, null, null, modality: "intended", country: "IQ")),
        ]);
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private List<EventRow> Q(EventFilter filter) => _db.Run(filter);

    [Fact]
    public void Type_modality_actor_and_country_filters_select_their_events()
    {
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Type = "remote" })).LocationName);
        Assert.Equal("ASSAULT", Assert.Single(Q(new EventFilter { Modality = "intended" })).Type);
        Assert.Equal("REMOTE", Assert.Single(Q(new EventFilter { Actor = "SDF" })).Type);
        Assert.Equal(2, Q(new EventFilter { Country = "iq" }).Count);
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Admin1 = "حلب" })).LocationName);
        Assert.Equal(4, Q(new EventFilter()).Count);
        Assert.Single(Q(new EventFilter { Limit = 1 }));
    }

    [Fact]
    public void Date_filters_take_a_month_that_overlaps_and_an_unknown_date_by_its_publication()
    {
        Assert.Equal("CAPTURE", Assert.Single(Q(new EventFilter { From = new DateOnly(2015, 5, 10), To = new DateOnly(2015, 5, 12) })).Type);
        Assert.Equal(2, Q(new EventFilter { From = new DateOnly(2015, 7, 30), To = new DateOnly(2015, 8, 2) }).Count);
        Assert.Equal("REMOTE", Assert.Single(Q(new EventFilter { From = new DateOnly(2016, 1, 1) })).Type);
    }

    [Fact]
    public void Place_filters_take_a_box_and_a_radius()
    {
        Assert.Equal("تدمر", Assert.Single(Q(new EventFilter { BoundingBox = (38.0, 34.0, 39.0, 35.0) })).LocationName);
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Near = (36.58, 37.05, 5) })).LocationName);
        Assert.Empty(Q(new EventFilter { Near = (36.2, 37.16, 20) }));
    }

    [Fact]
    public void Text_search_folds_shadda_hamza_and_ta_marbuta()
    {
        // The body writes «المدفعيّة» with a shadda; the query writes it without.
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Text = "المدفعية" })).LocationName);
        Assert.Equal("تدمر", Assert.Single(Q(new EventFilter { Text = "تنظيم  داعش" })).LocationName);
        Assert.Equal(2, Q(new EventFilter { Text = "إعتقلت" }).Count);
        Assert.Empty(Q(new EventFilter { Text = "داعش الموصل" }));
        Assert.Throws<ArgumentException>(() => Q(new EventFilter { Text = "\"" }));
    }

    [Fact]
    public void Consolidated_queries_search_the_text_of_every_source()
    {
        _db.Rebuild();
        var rows = Q(new EventFilter { Consolidated = true, Text = "تدمر" });
        Assert.True(Assert.Single(rows).Consolidated);
        Assert.Equal(4, Q(new EventFilter { Consolidated = true }).Count);
    }
}
