using System.Globalization;
using AmbonCC.RiverGauges;
using MudBlazor;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>Colours and labels shared by the river components.</summary>
public static class RiverFormat
{
    /// <summary>Fill colours of the four bands (the BNPB convention: green, yellow, orange, red).</summary>
    public static string BandFill(SiagaLevel band) => band switch
    {
        SiagaLevel.Siaga3 => "#fbc02d",
        SiagaLevel.Siaga2 => "#f57c00",
        SiagaLevel.Siaga1 => "#d32f2f",
        _ => "#388e3c",
    };

    public const string StaleFill = "#9e9e9e";
    public const string RiseAmber = "#ffb300";

    public static Color BandColor(SiagaLevel band) => band switch
    {
        SiagaLevel.Siaga3 => Color.Warning,
        SiagaLevel.Siaga2 => Color.Secondary,
        SiagaLevel.Siaga1 => Color.Error,
        _ => Color.Success,
    };

    /// <summary>"Siaga 2 (Siaga)": the number people say and the Indonesian word.</summary>
    public static string BandLabel(SiagaLevel band) => $"Siaga {band.Number()} ({band.IndonesianName()})";

    public static string Cm(double? value) =>
        value is { } v ? v.ToString("0.#", CultureInfo.CurrentCulture) : "–";

    public static string Rate(double? value) =>
        value is { } v ? v.ToString("+0.#;-0.#;0", CultureInfo.CurrentCulture) : "–";
}
