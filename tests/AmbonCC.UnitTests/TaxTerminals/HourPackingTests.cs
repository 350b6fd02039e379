using AmbonCC.City;
using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class HourPackingTests
{
    private static Dictionary<DateTime, HourFigures> RoundTrip(Dictionary<DateTime, HourFigures> hours)
    {
        var (packed, unpackable) = HourPacking.Pack(hours);
        var back = new Dictionary<DateTime, HourFigures>();
        HourPacking.Unpack(packed, back);
        foreach (var (key, figures) in unpackable ?? [])
        {
            back[key] = figures;
        }

        return back;
    }

    private static Dictionary<DateTime, HourFigures> Hours(params HourFigures[] hours) => hours.ToDictionary(h => h.LocalHour);

    [Fact]
    public void Hours_with_cents_negatives_and_large_sums_come_back_exactly()
    {
        var hours = Hours(
            new(new DateTime(2026, 11, 2, 10, 0, 0), 150_000m, 15_000m, 3, 0m),
            new(new DateTime(2026, 11, 2, 11, 0, 0), 1_234_567.89m, 123_456.79m, 27, 45_000.50m),
            new(new DateTime(2026, 11, 2, 12, 0, 0), 0.01m, 0m, 1, 0m),
            new(new DateTime(2026, 11, 2, 13, 0, 0), -50_000.05m, -5_000.01m, 0, 50_000.05m),
            new(new DateTime(2026, 11, 2, 14, 0, 0), 987_654_321_098.76m, 98_765_432_109.88m, 1_000_000, 0.99m));

        var (packed, unpackable) = HourPacking.Pack(hours);

        Assert.Null(unpackable);
        Assert.NotNull(packed);
        Assert.Equal(hours, RoundTrip(hours));
    }

    [Fact]
    public void No_hours_pack_to_nothing_and_nothing_unpacks_to_no_hours()
    {
        Assert.Equal((null, null), HourPacking.Pack(new Dictionary<DateTime, HourFigures>()));
        var hours = new Dictionary<DateTime, HourFigures>();
        HourPacking.Unpack(null, hours);
        HourPacking.Unpack("", hours);
        Assert.Empty(hours);
    }

    [Fact]
    public void Gaps_of_closed_hours_days_and_weeks_keep_their_hours()
    {
        var first = new DateTime(2026, 10, 1, 10, 0, 0);
        var hours = Hours(
            new(first, 1m, 0.1m, 1, 0m),
            new(first.AddHours(1), 2m, 0.2m, 1, 0m),
            new(first.AddHours(13), 3m, 0.3m, 1, 0m),
            new(first.AddDays(2), 4m, 0.4m, 1, 0m),
            new(first.AddDays(62).AddHours(13), 5m, 0.5m, 1, 0m));

        Assert.Equal(hours, RoundTrip(hours));
    }

    [Fact]
    public void Packing_does_not_depend_on_the_order_the_dictionary_holds_the_hours_in()
    {
        var a = new HourFigures(new DateTime(2026, 11, 2, 9, 0, 0), 10m, 1m, 1, 0m);
        var b = new HourFigures(new DateTime(2026, 11, 2, 8, 0, 0), 20m, 2m, 2, 0m);

        Assert.Equal(HourPacking.Pack(Hours(a, b)).Packed, HourPacking.Pack(Hours(b, a)).Packed);
        Assert.Equal(Hours(a, b), RoundTrip(Hours(a, b)));
    }

    [Fact]
    public void Receipts_on_Ambon_time_unpack_to_the_same_local_hours_across_the_UTC_midnight()
    {
        var clock = CityClock.Ambon();
        var hours = new Dictionary<DateTime, HourFigures>();
        // 14:30Z is 23:30 WIT on 1 December, 15:10Z 00:10 WIT on 2 December (UTC+9 all year, no daylight saving).
        TerminalFigures.Add(hours, Sale(1, new DateTimeOffset(2026, 12, 1, 14, 30, 0, TimeSpan.Zero), 45_500.50m), clock);
        TerminalFigures.Add(hours, Sale(2, new DateTimeOffset(2026, 12, 1, 15, 10, 0, TimeSpan.Zero), 12_000m), clock);
        TerminalFigures.Add(hours, new TaxTransaction(3, new DateTimeOffset(2026, 12, 2, 0, 20, 0, TimeSpan.FromHours(9)), 12_000m, 1_200m, 0m, 13_200m,
            TransactionKind.Void, 2), clock);

        var back = RoundTrip(hours);

        Assert.Equal(hours, back);
        Assert.Equal([new DateTime(2026, 12, 1, 23, 0, 0), new DateTime(2026, 12, 2, 0, 0, 0)], back.Keys.Order());
        Assert.All(back.Keys, k => Assert.Equal(DateTimeKind.Unspecified, k.Kind));
        Assert.Equal(new HourFigures(new DateTime(2026, 12, 2, 0, 0, 0), 0m, 0m, 1, 12_000m), back[new DateTime(2026, 12, 2, 0, 0, 0)]);
        Assert.Equal(TerminalFigures.Status(hours, new DateOnly(2026, 12, 2)), TerminalFigures.Status(back, new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void Hours_the_packed_form_cannot_hold_exactly_are_kept_aside_unchanged()
    {
        var thirds = new HourFigures(new DateTime(2026, 11, 2, 10, 0, 0), 100m / 3, 1m, 1, 0m);
        var offHour = new HourFigures(new DateTime(2026, 11, 2, 11, 30, 0), 1m, 0.1m, 1, 0m);
        var utc = new HourFigures(new DateTime(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc), 1m, 0.1m, 1, 0m);
        var plain = new HourFigures(new DateTime(2026, 11, 2, 13, 0, 0), 1m, 0.1m, 1, 0m);
        var hours = Hours(thirds, offHour, utc, plain);

        var (packed, unpackable) = HourPacking.Pack(hours);

        Assert.Equal([thirds.LocalHour, offHour.LocalHour, utc.LocalHour], unpackable!.Keys.Order());
        Assert.Equal(unpackable, HourPacking.Unpackable(hours));
        Assert.Null(HourPacking.Unpackable(Hours(plain)));
        var onlyPacked = new Dictionary<DateTime, HourFigures>();
        HourPacking.Unpack(packed, onlyPacked);
        Assert.Equal(Hours(plain), onlyPacked);
        Assert.Equal(100m / 3, RoundTrip(hours)[thirds.LocalHour].Turnover);
    }

    [Fact]
    public void A_damaged_or_unknown_version_value_is_refused_instead_of_read_as_other_figures()
    {
        var (packed, _) = HourPacking.Pack(Hours(new HourFigures(new DateTime(2026, 11, 2, 10, 0, 0), 150_000m, 15_000m, 3, 0m)));
        var bytes = Convert.FromBase64String(packed!);

        Assert.Throws<FormatException>(() => HourPacking.Unpack(Convert.ToBase64String(bytes[..^1]), []));
        bytes[0] = 2;
        Assert.Throws<FormatException>(() => HourPacking.Unpack(Convert.ToBase64String(bytes), []));
    }

    private static TaxTransaction Sale(long no, DateTimeOffset at, decimal subtotal) =>
        new(no, at, subtotal, subtotal / 10, 0m, subtotal * 1.1m, TransactionKind.Sale);
}
