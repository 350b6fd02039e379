using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

internal sealed partial class DemoCity
{
    /// <summary>Restaurants and cafes with an M-Post terminal in the demo city.</summary>
    public const int RestaurantCount = 300;

    private static ImmutableArray<RestaurantProfile> BuildRestaurants(SeedContext city)
    {
        var random = new Random(8171);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var streets = city.Geo.Roads
            .SelectMany(r => r.CctvPoints.Select(p => (p.KelurahanCode, Road: r.Name)))
            .Where(x => x.KelurahanCode is not null)
            .ToLookup(x => x.KelurahanCode!, x => x.Road);
        var npwpdSequence = 1_200 + random.Next(500);
        var serialSequence = 100 + random.Next(50);
        var restaurants = new List<RestaurantProfile>(RestaurantCount);

        foreach (var kelurahan in SpreadOverKelurahan(city.Kelurahan, RestaurantCount, random))
        {
            var kind = PickKind(random);
            var name = UniqueName(kind, kelurahan, names, random);
            if (restaurants.Count == 0)
            {
                // One outlet never closes (a harbour eatery): a silent terminal matters at any hour, which the
                // live browser test relies on. The name is still drawn so the rest of the seed stays the same.
                name = $"Rumah Makan 24 Jam {kelurahan.Name}";
            }

            var street = PickStreet(streets[kelurahan.Code].Distinct().ToList(), kelurahan, random);
            npwpdSequence += random.Next(1, 12);
            serialSequence += random.Next(1, 4);
            var kecamatanNumber = kelurahan.KecamatanCode[^2..];
            // Badan (B) for restaurants run by a company, pribadi (P) for the family-run rest.
            var npwpd = $"{(kind == RestaurantKind.Restoran ? 'B' : 'P')}.2.{npwpdSequence:0000000}.{kecamatanNumber}.8171";
            restaurants.Add(new RestaurantProfile(
                npwpd,
                name,
                kind,
                $"{street} No. {random.Next(1, 120)}, {kelurahan.Name}",
                kelurahan.Code,
                Round(kelurahan.Latitude + (random.NextDouble() - 0.5) * 0.004),
                Round(kelurahan.Longitude + (random.NextDouble() - 0.5) * 0.004),
                $"MPOST-{serialSequence:000000}",
                AllDayOrDrawn(restaurants.Count, RestaurantHours.For(kind, random)),
                TypicalReceipts(kind, random)));
        }

        return [.. restaurants];
    }

    private static ImmutableArray<OpeningHours> AllDayOrDrawn(int index, ImmutableArray<OpeningHours> drawn) => index == 0
        ? [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))]
        : drawn;

    /// <summary>
    /// Every kelurahan gets at least one outlet; the rest go where people eat out: urban kelurahan over desa
    /// over negeri, and the Sirimau city centre twice as much.
    /// </summary>
    private static List<Kelurahan> SpreadOverKelurahan(ImmutableArray<Kelurahan> all, int count, Random random)
    {
        static int Weight(Kelurahan k) =>
            (k.Kind switch { KelurahanKind.Kelurahan => 8, KelurahanKind.Desa => 4, _ => 2 })
            * (k.KecamatanCode.EndsWith(".02", StringComparison.Ordinal) ? 2 : 1);

        var total = all.Sum(Weight);
        var picks = all.ToList();
        while (picks.Count < count)
        {
            var ticket = random.Next(total);
            foreach (var k in all)
            {
                ticket -= Weight(k);
                if (ticket < 0)
                {
                    picks.Add(k);
                    break;
                }
            }
        }

        return picks.OrderBy(k => k.Code, StringComparer.Ordinal).ToList();
    }

    private static RestaurantKind PickKind(Random random) => random.Next(100) switch
    {
        < 45 => RestaurantKind.RumahMakan,
        < 75 => RestaurantKind.Kafe,
        _ => RestaurantKind.Restoran,
    };

    private static string UniqueName(RestaurantKind kind, Kelurahan kelurahan, HashSet<string> taken, Random random)
    {
        var prefix = kind switch
        {
            RestaurantKind.RumahMakan => "Rumah Makan",
            RestaurantKind.Kafe => random.Next(3) == 0 ? "Kedai Kopi" : "Kafe",
            _ => "Restoran",
        };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var candidate = $"{prefix} {DemoNames.EateryName(random)}";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }

        // Branches of one name are common; the place name tells them apart.
        var branch = $"{prefix} {DemoNames.EateryName(random)} {kelurahan.Name}";
        for (var n = 2; !taken.Add(branch); n++)
        {
            branch = $"{prefix} {DemoNames.EateryName(random)} {kelurahan.Name} {n}";
        }

        return branch;
    }

    private static string PickStreet(List<string> knownRoads, Kelurahan kelurahan, Random random)
    {
        string[] local = [$"Jl. Raya {kelurahan.Name}", $"Jl. {kelurahan.Name} Indah", $"Lorong {kelurahan.Name}"];
        var choices = knownRoads.Concat(knownRoads).Concat(local).ToList();
        return choices[random.Next(choices.Count)];
    }

    private static int TypicalReceipts(RestaurantKind kind, Random random) => kind switch
    {
        RestaurantKind.Restoran => random.Next(60, 221),
        RestaurantKind.Kafe => random.Next(50, 181),
        _ => random.Next(40, 151),
    };
}
