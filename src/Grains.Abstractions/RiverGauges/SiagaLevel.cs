namespace AmbonCC.RiverGauges;

/// <summary>
/// Flood alert level of a river gauge. The numeric value grows with danger (Siaga4 = 0 ... Siaga1 = 3) so that
/// levels compare naturally (<c>Siaga1 &gt; Siaga3</c>); use <see cref="SiagaLevels.Number"/> for the "Siaga N" label.
/// </summary>
[GenerateSerializer, Alias("AmbonCC.RiverGauges.SiagaLevel")]
public enum SiagaLevel
{
    /// <summary>Siaga 4: normal.</summary>
    Siaga4 = 0,

    /// <summary>Siaga 3: waspada (watch).</summary>
    Siaga3 = 1,

    /// <summary>Siaga 2: siaga (warning).</summary>
    Siaga2 = 2,

    /// <summary>Siaga 1: awas (danger).</summary>
    Siaga1 = 3,
}

/// <summary>Labels for <see cref="SiagaLevel"/>.</summary>
public static class SiagaLevels
{
    /// <summary>The N of "Siaga N": 4 for normal down to 1 for awas.</summary>
    public static int Number(this SiagaLevel level) => 4 - (int)level;

    /// <summary>The Indonesian word for the level: Normal, Waspada, Siaga, Awas.</summary>
    public static string IndonesianName(this SiagaLevel level) => level switch
    {
        SiagaLevel.Siaga3 => "Waspada",
        SiagaLevel.Siaga2 => "Siaga",
        SiagaLevel.Siaga1 => "Awas",
        _ => "Normal",
    };

    /// <summary>The English word for the level: normal, watch, warning, danger.</summary>
    public static string EnglishName(this SiagaLevel level) => level switch
    {
        SiagaLevel.Siaga3 => "watch",
        SiagaLevel.Siaga2 => "warning",
        SiagaLevel.Siaga1 => "danger",
        _ => "normal",
    };
}
