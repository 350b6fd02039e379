using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.TaxTerminals;

internal sealed class TaxTerminalGrain(
    [PersistentState("taxTerminal", ProviderNames.GrainStorage)] IPersistentState<TaxTerminalState> state) : Grain, ITaxTerminalGrain
{
    public async Task<bool> RegisterAsync(RestaurantProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(this.GetPrimaryKeyString(), profile.TerminalSerial, "terminal serial");
        if (profile == state.State.Profile)
        {
            return false;
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return true;
    }

    public Task<RestaurantProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);
}
