using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// The city's local time for the static tax rules, which take instants rather than services: days and hours of an
/// outlet are the city's (<see cref="CityClock"/>, Asia/Jayapura), not a hard-coded offset.
/// </summary>
internal static class Wit
{
    private static readonly CityClock Clock = CityClock.Ambon();

    public static DateTimeOffset ToLocal(DateTimeOffset at) => Clock.ToCityTime(at);

    /// <summary>The local hour an instant falls in, as an unspecified-kind DateTime (a bucket key).</summary>
    public static DateTime Hour(DateTimeOffset at)
    {
        var local = ToLocal(at).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
    }

    public static DateOnly Day(DateTimeOffset at) => Clock.DayOf(at);

    public static DateTimeOffset StartOf(DateOnly day) => Clock.StartOfDay(day);
}
