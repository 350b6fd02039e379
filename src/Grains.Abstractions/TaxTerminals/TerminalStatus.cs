namespace AmbonCC.TaxTerminals;

/// <summary>Green: reporting, or closed; red: silent while the outlet should be open.</summary>
public enum TerminalHealth
{
    Unknown,
    Green,
    Red,
}

/// <summary>What a terminal shows now: its outlet, health and today's recorded figures (local WIT day).</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TerminalStatus")]
public sealed record TerminalStatus(
    [property: Id(0)] string Serial,
    [property: Id(1)] string Npwpd,
    [property: Id(2)] string Outlet,
    [property: Id(3)] string KelurahanCode,
    [property: Id(4)] TerminalHealth Health,
    [property: Id(5)] DateTimeOffset? LastSeenAt,
    [property: Id(6)] long? LastReceiptNo,
    [property: Id(7)] decimal TodayTurnover,
    [property: Id(8)] decimal TodayTax,
    [property: Id(9)] int TodayReceipts,
    [property: Id(10)] DateTimeOffset? RedSince,
    [property: Id(11)] double Latitude,
    [property: Id(12)] double Longitude,
    [property: Id(13)] decimal MonthTurnover,
    [property: Id(14)] decimal LastMonthTurnover,
    [property: Id(15)] decimal MonthTax);

/// <summary>Recorded figures of one local hour: the compact history the baselines are computed from.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.HourFigures")]
public sealed record HourFigures(
    [property: Id(0)] DateTime LocalHour,
    [property: Id(1)] decimal Turnover,
    [property: Id(2)] decimal Tax,
    [property: Id(3)] int Receipts,
    [property: Id(4)] decimal Voided);
