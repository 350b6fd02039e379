using System.Collections.Immutable;

namespace AmbonCC.City;

/// <summary>How an eatery registers for PBJT; it changes the typical bill and hours.</summary>
public enum RestaurantKind
{
    Restoran,
    RumahMakan,
    Kafe,
}

/// <summary>Hours an outlet is open on one weekday (local WIT time). A day without an entry is closed.</summary>
/// <remarks><see cref="Closes"/> earlier than <see cref="Opens"/> means the outlet closes after midnight.</remarks>
[GenerateSerializer, Immutable, Alias("ambon.city.OpeningHours")]
public sealed record OpeningHours(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Opens,
    [property: Id(2)] TimeOnly Closes);

/// <summary>A PBJT taxpayer outlet and the M-Post terminal installed in it.</summary>
/// <param name="Npwpd">The regional taxpayer number, key of the taxpayer.</param>
/// <param name="TerminalSerial">Serial of the M-Post/tapping box, key of <c>ITaxTerminalGrain</c>.</param>
/// <param name="TypicalReceiptsPerDay">Expected receipts on an ordinary open day: a prior for baselines.</param>
[GenerateSerializer, Immutable, Alias("ambon.city.RestaurantProfile")]
public sealed record RestaurantProfile(
    [property: Id(0)] string Npwpd,
    [property: Id(1)] string Name,
    [property: Id(2)] RestaurantKind Kind,
    [property: Id(3)] string Address,
    [property: Id(4)] string KelurahanCode,
    [property: Id(5)] double Latitude,
    [property: Id(6)] double Longitude,
    [property: Id(7)] string TerminalSerial,
    [property: Id(8)] ImmutableArray<OpeningHours> OpeningHours,
    [property: Id(9)] int TypicalReceiptsPerDay)
{
    /// <summary>The hours for a weekday, or null when the outlet is closed that day.</summary>
    public OpeningHours? HoursOn(DayOfWeek day)
    {
        foreach (var hours in OpeningHours)
        {
            if (hours.Day == day)
            {
                return hours;
            }
        }

        return null;
    }

    // See GaugeProfile: ImmutableArray compares by reference, so compare its items.
    public bool Equals(RestaurantProfile? other) =>
        other is not null
        && Npwpd == other.Npwpd && Name == other.Name && Kind == other.Kind && Address == other.Address
        && KelurahanCode == other.KelurahanCode
        && Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude)
        && TerminalSerial == other.TerminalSerial
        && OpeningHours.SequenceEqual(other.OpeningHours)
        && TypicalReceiptsPerDay == other.TypicalReceiptsPerDay;

    public override int GetHashCode() => HashCode.Combine(Npwpd, TerminalSerial, Name);
}
