namespace AmbonCC.TaxTerminals;

/// <summary>Ambon's local time (WIT, UTC+09:00, no daylight saving): outlet days and hours are local.</summary>
public static class Wit
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToLocal(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The local hour an instant falls in, as an unspecified-kind DateTime (a bucket key).</summary>
    public static DateTime Hour(DateTimeOffset at)
    {
        var local = ToLocal(at).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
    }

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ToLocal(at).DateTime);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
