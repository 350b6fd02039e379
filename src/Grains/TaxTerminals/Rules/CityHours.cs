using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// The outlet's local hour, the bucket of the compact figures, in the configured city time (<see cref="CityClock"/>),
/// never a fixed offset.
/// </summary>
internal static class CityHours
{
    /// <summary>The local hour an instant falls in, as an unspecified-kind DateTime (a bucket key).</summary>
    public static DateTime HourOf(this CityClock clock, DateTimeOffset at)
    {
        var local = clock.ToCityTime(at).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
    }
}
