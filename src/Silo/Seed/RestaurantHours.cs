using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

/// <summary>Plausible weekly opening hours per kind of eatery, so the "device off while open" rule has a schedule.</summary>
internal static class RestaurantHours
{
    public static ImmutableArray<OpeningHours> For(RestaurantKind kind, Random random)
    {
        var (opens, closes) = kind switch
        {
            // Rumah makan serve breakfast to dinner.
            RestaurantKind.RumahMakan => (new TimeOnly(6, 0).AddMinutes(30 * random.Next(0, 6)), new TimeOnly(20, 0).AddMinutes(30 * random.Next(0, 5))),
            // Some cafes stay open past midnight: Closes before Opens.
            RestaurantKind.Kafe => random.Next(4) == 0
                ? (new TimeOnly(16, 0), new TimeOnly(0, 30).AddMinutes(30 * random.Next(0, 3)))
                : (new TimeOnly(9, 0).AddMinutes(30 * random.Next(0, 4)), new TimeOnly(22, 0).AddMinutes(30 * random.Next(0, 3))),
            _ => (new TimeOnly(10, 0).AddMinutes(30 * random.Next(0, 3)), new TimeOnly(21, 0).AddMinutes(30 * random.Next(0, 3))),
        };

        // Many family-run places close on Sunday (church) or Friday (Jumat prayers are only a pause, so Friday closing is rarer).
        var closedDay = random.Next(10) switch
        {
            < 3 => DayOfWeek.Sunday,
            3 => DayOfWeek.Monday,
            _ => (DayOfWeek?)null,
        };

        var week = new List<OpeningHours>(7);
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })
        {
            if (day != closedDay)
            {
                week.Add(new OpeningHours(day, opens, closes));
            }
        }

        return [.. week];
    }
}
