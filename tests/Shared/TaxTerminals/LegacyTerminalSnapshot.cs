using AmbonCC.TaxTerminals;

namespace AmbonCC.Testing;

/// <summary>
/// A terminal snapshot as the version before the packed hours stored it (the hours as a JSON object per hour; made
/// with <c>AmbonCC.Bench.Tax snapshot --dump</c>), and the hours it holds. Linked into the unit and integration tests.
/// </summary>
public static class LegacyTerminalSnapshot
{
    public const string Serial = "LEGACY-TERMINAL-1";

    /// <summary>The month the fixture's hours are in ("2026-11-" in the JSON).</summary>
    public const string MonthPrefix = "2026-11-";

    public static string Json() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TaxTerminals", "LegacyTerminalState.json"));

    /// <summary>The fixture's hours, in November 2026 or moved to another month.</summary>
    public static HourFigures[] Hours(int year = 2026, int month = 11) =>
    [
        new(new DateTime(year, month, 2, 10, 0, 0), 150_000m, 15_000m, 3, 0m),
        new(new DateTime(year, month, 2, 11, 0, 0), 1_234_567.89m, 123_456.79m, 27, 45_000.50m),
        new(new DateTime(year, month, 2, 23, 0, 0), 0.01m, 0m, 1, 0m),
        new(new DateTime(year, month, 3, 0, 0, 0), -50_000m, -5_000m, 0, 50_000m),
        new(new DateTime(year, month, 5, 19, 0, 0), 987_654_321.10m, 98_765_432.11m, 4_321, 0.99m),
    ];
}
