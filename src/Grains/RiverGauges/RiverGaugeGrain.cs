using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.RiverGauges;

internal sealed class RiverGaugeGrain(
    [PersistentState("riverGauge", ProviderNames.GrainStorage)] IPersistentState<RiverGaugeState> state) : Grain, IRiverGaugeGrain
{
    public async Task<bool> RegisterAsync(GaugeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(this.GetPrimaryKeyString(), profile.Code, "gauge code");
        profile.Thresholds.Validate();

        if (profile == state.State.Profile)
        {
            return false;
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return true;
    }

    public Task<GaugeProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);
}
