using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.City;

/// <summary>Reference data and key indexes of one city. Small and read-mostly: one activation serves the UI.</summary>
internal sealed class CityDirectoryGrain(
    [PersistentState("cityDirectory", ProviderNames.GrainStorage)] IPersistentState<CityDirectoryState> state,
    CityClock clock) : Grain, ICityDirectoryGrain
{
    public async Task<bool> SetReferenceDataAsync(CityReferenceData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var current = state.State;
        if (current.Kecamatan.SequenceEqual(data.Kecamatan)
            && current.Kelurahan.SequenceEqual(data.Kelurahan)
            && current.Opds.SequenceEqual(data.Opds))
        {
            return false;
        }

        current.Kecamatan = data.Kecamatan;
        current.Kelurahan = data.Kelurahan;
        current.Opds = data.Opds;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<int> AddToIndexAsync(CityIndexKind kind, ImmutableArray<string> keys)
    {
        var index = state.State.Index(kind);
        var added = 0;
        foreach (var key in keys)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(keys));
            if (index.Add(key))
            {
                added++;
            }
        }

        // A retry that adds nothing must not cost a storage write.
        if (added > 0)
        {
            await state.WriteStateAsync();
        }

        return added;
    }

    public Task<bool> IsSeededAsync() => Task.FromResult(state.State.Seed is not null);

    public async Task MarkSeededAsync(string seedVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedVersion);
        if (state.State.Seed?.SeedVersion == seedVersion)
        {
            return;
        }

        state.State.Seed = new SeedMark(seedVersion, clock.Now);
        await state.WriteStateAsync();
    }

    public Task<SeedMark?> GetSeedMarkAsync() => Task.FromResult(state.State.Seed);

    public Task<ImmutableArray<Kecamatan>> GetKecamatanAsync() => Task.FromResult(state.State.Kecamatan);

    public Task<ImmutableArray<Kelurahan>> GetKelurahanAsync() => Task.FromResult(state.State.Kelurahan);

    public Task<Kelurahan?> FindKelurahanAsync(string code) =>
        Task.FromResult(state.State.Kelurahan.FirstOrDefault(k => k.Code == code));

    public Task<ImmutableArray<Opd>> GetOpdsAsync() => Task.FromResult(state.State.Opds);

    public Task<ImmutableArray<string>> GetIndexAsync(CityIndexKind kind) =>
        Task.FromResult(state.State.Index(kind).Order(StringComparer.Ordinal).ToImmutableArray());

    public Task<CityCounts> GetCountsAsync()
    {
        var s = state.State;
        return Task.FromResult(new CityCounts(
            s.Kecamatan.Length, s.Kelurahan.Length, s.Opds.Length,
            s.CameraCodes.Count, s.GaugeCodes.Count, s.TerminalSerials.Count, s.RecipientListKeys.Count));
    }
}
