using Orleans.Concurrency;

namespace AmbonCC.RiverGauges;

/// <summary>Serves history from the gauge-reading ledger; stateless, so reads spread over the silo's cores.</summary>
[StatelessWorker]
internal sealed class GaugeHistoryGrain(IGaugeReadingLedger ledger) : Grain, IGaugeHistoryGrain
{
    public Task<IReadOnlyList<StoredGaugeReading>> GetReadingsAsync(string gaugeCode, DateTimeOffset from, DateTimeOffset to, int limit) =>
        ledger.ReadGaugeReadingsAsync(gaugeCode, from, to, limit);

    public Task<IReadOnlyList<GaugeReadingBucket>> GetBucketsAsync(string gaugeCode, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket) =>
        ledger.ReadGaugeReadingsDownsampledAsync(gaugeCode, from, to, bucket);
}
