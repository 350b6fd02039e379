using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// One M-Post/tapping box; key: terminal serial (<see cref="RestaurantProfile.TerminalSerial"/>). It holds the
/// profile of the outlet it is installed in, compact rolling figures and its health; the ledger holds the receipts.
/// </summary>
[Alias("ambon.taxterminals.ITaxTerminalGrain")]
public interface ITaxTerminalGrain : IGrainWithStringKey
{
    /// <summary>Stores the outlet profile. Idempotent: returns false when the same profile was already stored.</summary>
    /// <exception cref="ArgumentException">The profile's terminal serial is not this grain's key.</exception>
    [Alias("Register")]
    Task<bool> RegisterAsync(RestaurantProfile profile);

    /// <summary>The registered outlet profile, or null for a terminal that was never registered.</summary>
    [Alias("GetProfile")]
    Task<RestaurantProfile?> GetProfileAsync();

    /// <summary>
    /// Stores receipts in the ledger, idempotent on receipt number, and returns once they are durable. Rules and
    /// alarms run after the answer.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid receipt (ParamName names the field), or an unknown terminal ("serial").</exception>
    /// <exception cref="ReceiptConflictException">A stored receipt number with other content; nothing stored.</exception>
    [Alias("Ingest")]
    Task<TaxIngestResult> IngestAsync(IReadOnlyList<TaxTransaction> transactions);

    /// <summary>The device is alive; <paramref name="deviceTime"/> (its own clock) feeds the clock-skew rule.</summary>
    [Alias("Heartbeat")]
    Task<TerminalStatus> HeartbeatAsync(DateTimeOffset? deviceTime);

    /// <summary>Null for an unknown terminal.</summary>
    [Alias("GetStatus")]
    Task<TerminalStatus?> GetStatusAsync();

    /// <summary>The compact hourly figures (local hours, oldest first) since <paramref name="fromLocalDay"/>.</summary>
    [Alias("GetHours")]
    Task<IReadOnlyList<HourFigures>> GetHoursAsync(DateOnly fromLocalDay);

    /// <summary>
    /// Demo seed: loads compact history (hourly figures) when the terminal has none, so that baselines work at
    /// once without millions of ledger rows. Returns false when it already had history.
    /// </summary>
    [Alias("SeedHistory")]
    Task<bool> SeedHistoryAsync(IReadOnlyList<HourFigures> hours, long lastReceiptNo);
}
