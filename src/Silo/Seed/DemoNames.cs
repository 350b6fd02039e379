namespace AmbonCC.Silo.Seed;

/// <summary>Word lists for plausible, invented Ambonese people and eateries. No real person or outlet is meant.</summary>
internal static class DemoNames
{
    // Ambon is mixed Christian and Muslim; given names come from both traditions.
    private static readonly string[] GivenNames =
    [
        "Johanis", "Marthen", "Yohana", "Agustina", "Melkianus", "Dominggus", "Welhelmina", "Stevanus", "Novita", "Imanuel",
        "Frans", "Ruth", "Nelson", "Elisabeth", "Jacob", "Yulianti", "Abdullah", "Hasan", "Siti", "Rahman",
        "Fatimah", "Ismail", "Nurlela", "Ridwan", "Saleh", "Halimah", "Yusuf", "Aminah", "Rusdi", "Hadija",
    ];

    // Fam (clan) names common in Ambon and the Lease islands.
    private static readonly string[] FamNames =
    [
        "Latuconsina", "Pattiasina", "Tuhumury", "Lewerissa", "Sahetapy", "Nanlohy", "Tahitu", "Leiwakabessy",
        "Pelupessy", "Ririmasse", "Matulessy", "Soplanit", "Wattimena", "Tupamahu", "Manuhutu", "Rehatta",
        "Huwae", "Hehanussa", "Latupeirissa", "Sopacua", "Tanamal", "Talakua", "Ohorella", "Tuasikal",
        "Wakano", "Lestaluhu", "Sangadji", "Pattinama", "Kastanya", "Loppies",
    ];

    private static readonly string[] EateryFirstWords =
    [
        "Sari", "Citra", "Nona", "Bunda", "Sinar", "Mutiara", "Pelangi", "Beta", "Dapur", "Pondok",
        "Rumah", "Kampung", "Bintang", "Putri", "Cahaya", "Selera", "Tanjung", "Pantai",
    ];

    private static readonly string[] EaterySecondWords =
    [
        "Rasa", "Laut", "Manise", "Ambon", "Maluku", "Salawaku", "Tifa", "Pala", "Cengkeh", "Sagu",
        "Papeda", "Kenari", "Lestari", "Jaya", "Losari", "Teluk", "Nusantara", "Kasturi", "Ikan Bakar", "Embal",
    ];

    public static string Person(Random random) =>
        $"{GivenNames[random.Next(GivenNames.Length)]} {FamNames[random.Next(FamNames.Length)]}";

    /// <summary>"Sari Rasa", "Pantai Losari": the part after the kind word.</summary>
    public static string EateryName(Random random)
    {
        string first, second;
        do
        {
            first = EateryFirstWords[random.Next(EateryFirstWords.Length)];
            second = EaterySecondWords[random.Next(EaterySecondWords.Length)];
        }
        while (first == second);

        return $"{first} {second}";
    }

    // Indonesian mobile prefixes (Telkomsel, Indosat, XL) as dialled after +62.
    private static readonly string[] MobilePrefixes = ["811", "812", "813", "821", "822", "852", "853", "814", "815", "857", "858", "817", "818", "877", "878"];

    /// <summary>A fake but well-formed Indonesian mobile number in E.164: +62 8xx followed by 8 digits.</summary>
    public static string MobileNumber(Random random) =>
        $"+62{MobilePrefixes[random.Next(MobilePrefixes.Length)]}{random.Next(10_000_000, 100_000_000)}";
}
