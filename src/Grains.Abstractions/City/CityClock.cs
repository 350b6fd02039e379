namespace AmbonCC.City;

/// <summary>
/// The city's wall clock: one configured time zone (<c>AmbonCC:TimeZone</c>, Asia/Jayapura for Ambon) for every
/// date and time people read, every "day" a number or report is counted by, and every chart bucket.
/// </summary>
/// <remarks>A zone rather than a fixed +09:00 so that a city with daylight saving gets its day boundaries right.</remarks>
public sealed class CityClock
{
    /// <summary>Ambon's zone (WIT, UTC+9, no daylight saving).</summary>
    public const string DefaultTimeZone = "Asia/Jayapura";

    /// <summary>What <see cref="DefaultTimeZone"/> is called on screen.</summary>
    public const string DefaultLabel = "WIT";

    private readonly TimeProvider time;

    public CityClock(TimeProvider time, string? timeZoneId = null, string? label = null)
    {
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        Zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZone : timeZoneId);
        Label = string.IsNullOrWhiteSpace(label) ? (Zone.Id == DefaultTimeZone ? DefaultLabel : Zone.StandardName) : label;
    }

    /// <summary>A clock on Ambon time, for tests and tools without configuration.</summary>
    public static CityClock Ambon(TimeProvider? time = null) => new(time ?? TimeProvider.System);

    public TimeZoneInfo Zone { get; }

    /// <summary>The zone's short name shown next to times, e.g. "WIT".</summary>
    public string Label { get; }

    /// <summary>Now, in city time.</summary>
    public DateTimeOffset Now => ToCityTime(time.GetUtcNow());

    /// <summary>Today's date in the city.</summary>
    public DateOnly Today => DayOf(time.GetUtcNow());

    /// <summary>The same instant, with the city's offset at that instant.</summary>
    public DateTimeOffset ToCityTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The city's offset from UTC at an instant.</summary>
    public TimeSpan OffsetAt(DateTimeOffset at) => Zone.GetUtcOffset(at);

    /// <summary>The city date an instant falls on.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(ToCityTime(at).DateTime);

    /// <summary>Midnight at the start of a city date, as an instant with the city's offset.</summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone that skips midnight (a DST jump) starts the day at the first valid minute.
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(1);
        }

        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>The start of the city day an instant falls in.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset at) => StartOfDay(DayOf(at));
}
