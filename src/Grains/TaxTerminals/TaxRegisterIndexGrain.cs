using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.TaxTerminals;

[GenerateSerializer, Alias("ambon.taxterminals.TaxRegisterIndexState")]
public sealed class TaxRegisterIndexState
{
    [Id(0)] public SortedSet<string> Keys { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The kecamatan registers that hold rows; a register adds itself with its first row and is never removed.</summary>
internal sealed class TaxRegisterIndexGrain(
    [PersistentState("taxRegisterIndex", ProviderNames.GrainStorage)] IPersistentState<TaxRegisterIndexState> state)
    : Grain, ITaxRegisterIndexGrain
{
    public async Task AddAsync(string registerKey)
    {
        if (!TaxRegisterKeys.IsRegister(registerKey))
        {
            throw new ArgumentException("A kecamatan code such as 81.71.01, or " + TaxRegisterKeys.Unplaced + ".", nameof(registerKey));
        }

        if (state.State.Keys.Add(registerKey))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> GetKeysAsync() => Task.FromResult(state.State.Keys.ToImmutableArray());
}
