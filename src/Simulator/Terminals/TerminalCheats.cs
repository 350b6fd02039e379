namespace AmbonCC.Simulator.Terminals;

/// <summary>What a cheating outlet does; most outlets do none of it.</summary>
internal enum Cheat
{
    None,

    /// <summary>The device is switched off while the outlet is open (after <see cref="TerminalCheats.SwitchOffAfter"/>).</summary>
    SwitchedOff,

    /// <summary>Now and then a run of receipt numbers is skipped (receipts printed off the device).</summary>
    SkippedReceipts,

    /// <summary>A third of the sales are voided afterwards.</summary>
    HeavyVoids,

    /// <summary>Last month's SPTPD declares 40 % of what the terminal recorded.</summary>
    UnderDeclared,
}

/// <summary>Which outlets cheat: the first few of the fleet in a fixed order, so a demo shows every kind at once.</summary>
internal static class TerminalCheats
{
    public static readonly TimeSpan SwitchOffAfter = TimeSpan.FromMinutes(3);
    public const int SkipEvery = 40;
    public const int SkipLength = 12;
    public const double VoidShare = 0.33;
    public const decimal DeclaredShare = 0.4m;

    private static readonly Cheat[] Order = [Cheat.SwitchedOff, Cheat.SkippedReceipts, Cheat.HeavyVoids, Cheat.UnderDeclared];

    public static Cheat For(int index, bool enabled) => enabled && index < Order.Length ? Order[index] : Cheat.None;

    /// <summary>The receipt number after <paramref name="last"/>: a skipping outlet jumps <see cref="SkipLength"/> every <see cref="SkipEvery"/> receipts.</summary>
    public static long NextReceipt(long last, Cheat cheat, int printed) =>
        cheat == Cheat.SkippedReceipts && printed > 0 && printed % SkipEvery == 0 ? last + 1 + SkipLength : last + 1;
}
