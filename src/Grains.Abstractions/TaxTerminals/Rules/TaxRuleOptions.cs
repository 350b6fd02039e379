namespace AmbonCC.TaxTerminals;

/// <summary>Thresholds of the tax rules; bound from <c>AmbonCC:Tax</c> so that BPPRD can tune them without a build.</summary>
public sealed class TaxRuleOptions
{
    public const string Section = "AmbonCC:Tax";

    /// <summary>PBJT rate on food and drink: at most 10 % under UU 1/2022; Ambon's Perda sets 10 %.</summary>
    public decimal PbjtRate { get; set; } = 0.10m;

    /// <summary>Whether the service charge is part of the PBJT base (it is in some Perda).</summary>
    public bool ServiceChargeIsTaxed { get; set; }

    /// <summary>How far the tax may be from rate × base: cashiers round to the nearest Rp 100.</summary>
    public decimal TaxRoundingRupiah { get; set; } = 100m;

    /// <summary>Largest plausible single receipt (a big catering order); above it the input is refused.</summary>
    public decimal MaxReceiptRupiah { get; set; } = 500_000_000m;

    public int MaxBatchSize { get; set; } = 500;

    /// <summary>Device clocks drift; a receipt stamped further ahead of the server than this is refused.</summary>
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a receipt may be when it arrives (a device backfilling after an outage).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(35);

    /// <summary>A terminal silent this long while its outlet should be open turns red.</summary>
    public TimeSpan SilentWhileOpen { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a terminal's reminder wakes it to look at its own silence (reminders: at least a minute in production).</summary>
    public TimeSpan WatchPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The acting mayor's rule: still red after this long is acted on.</summary>
    public TimeSpan RedEscalation { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Missing receipt numbers in one jump that count as a gap (1–2 are printer jams).</summary>
    public long MinReceiptGap { get; set; } = 5;

    /// <summary>Voids and refunds above this share of sales (in a day with enough sales) are heavy.</summary>
    public decimal HeavyVoidShare { get; set; } = 0.15m;

    public int MinSalesForVoidRule { get; set; } = 10;

    /// <summary>Turnover below this share of the outlet's own baseline is a finding.</summary>
    public double BelowBaselineRatio { get; set; } = 0.5;

    /// <summary>Own ratio below this share of the peers' median ratio is a finding (a slow day for all is not).</summary>
    public double BelowPeersRatio { get; set; } = 0.6;

    /// <summary>Weeks of the same weekday the baseline averages.</summary>
    public int BaselineWeeks { get; set; } = 4;

    /// <summary>Baseline turnover below this (Rp) is too small to judge.</summary>
    public decimal MinBaselineRupiah { get; set; } = 200_000m;

    /// <summary>SPTPD may be this share below the recorded turnover before it is a finding (timing, rounding).</summary>
    public decimal SptpdTolerance { get; set; } = 0.05m;

    /// <summary>Device clock off by more than this (heartbeat) is a finding.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Findings lose half their weight in the anomaly score after this long.</summary>
    public TimeSpan ScoreHalfLife { get; set; } = TimeSpan.FromDays(7);
}
