namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// What the simulator knows of a gauge: its code, river, the thresholds it should play against, and the level the
/// server last stored (<see cref="LevelCm"/>, null for a gauge that never reported), which a restart continues from.
/// </summary>
internal sealed record GaugeSpec(string Code, string? River, double Siaga3Cm, double Siaga2Cm, double Siaga1Cm, bool Downstream, double? LevelCm = null)
{
    /// <summary>
    /// When the server does not tell us the thresholds, assume the demo seed's middle values: upstream sections
    /// 90 / 140 / 190 cm, the rest 110 / 170 / 230 cm (the seed adds 0–20 cm per gauge).
    /// </summary>
    public static GaugeSpec Assumed(string code, IReadOnlyCollection<string> allCodes)
    {
        var (prefix, index) = Split(code);
        var siblings = allCodes.Select(Split).Where(s => s.Prefix == prefix).Select(s => s.Index).ToList();
        var upstream = index == 1 && siblings.Count > 1;
        var downstream = siblings.Count > 1 && index == siblings.Max();
        return upstream
            ? new GaugeSpec(code, null, 90, 140, 190, Downstream: false)
            : new GaugeSpec(code, null, 110, 170, 230, downstream);
    }

    /// <summary>Seed codes are <c>PDA-RIVER-n</c>, numbered from upstream; anything else is its own river.</summary>
    public static (string Prefix, int Index) Split(string code)
    {
        var dash = code.LastIndexOf('-');
        return dash > 0 && int.TryParse(code[(dash + 1)..], out var n) ? (code[..dash].ToUpperInvariant(), n) : (code.ToUpperInvariant(), 1);
    }
}
