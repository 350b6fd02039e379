using AmbonCC.Reports;

namespace AmbonCC.UnitTests.Reports;

/// <summary>The window of the report of 2 Dec 2026 (1 Dec 07:00 to 2 Dec 07:00 WIT) and times inside and around it.</summary>
internal static class ReportTestData
{
    public static readonly TimeSpan Wit = TimeSpan.FromHours(9);
    public static readonly ReportWindow Window = new(new DateTimeOffset(2026, 12, 1, 7, 0, 0, Wit), new DateTimeOffset(2026, 12, 2, 7, 0, 0, Wit));

    /// <summary>Hours after the window's start (negative: before it).</summary>
    public static DateTimeOffset H(double hours) => Window.From.AddHours(hours);
}
