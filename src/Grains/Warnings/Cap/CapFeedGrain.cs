using AmbonCC.City;
using AmbonCC.Platform;
using Orleans.Concurrency;

namespace AmbonCC.Warnings.Cap;

/// <summary>Builds the public feed: one entry per listed warning, from its latest published CAP message.</summary>
[StatelessWorker]
internal sealed class CapFeedGrain(TimeProvider time, CityClock clock) : Grain, ICapFeedGrain
{
    public async Task<string> GetAtomAsync(string baseUrl)
    {
        var entries = new List<(CapAlert, Uri)>();
        var now = time.GetUtcNow();
        var listed = await GrainFactory.GetGrain<IWarningRegistryGrain>(CityKeys.City).ListAsync(includeClosed: true);
        foreach (var w in listed.Where(w => CapFeedSelection.Include(w, now)))
        {
            var warning = GrainFactory.GetGrain<IFloodWarningGrain>(w.Id);
            if (await warning.GetAsync() is { Messages: [.., var latest] } && await warning.GetCapXmlAsync(latest.Number) is { } xml)
            {
                // One entry per published message: an Update is a new entry that references the earlier ones.
                entries.Add((CapXml.Parse(xml), new Uri($"{baseUrl}/api/v1/warnings/{w.Id}/cap?number={latest.Number}")));
            }
        }

        return CapAtomFeed.Write(entries, new CapFeedInfo(
            $"{baseUrl}/api/v1/warnings/feed", "Peringatan dini banjir Kota Ambon", new Uri($"{baseUrl}/api/v1/warnings/feed"),
            "Command Center Kota Ambon", clock.ToCityTime(now)));
    }
}
