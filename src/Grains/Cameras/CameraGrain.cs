using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.Cameras;

internal sealed class CameraGrain(
    [PersistentState("camera", ProviderNames.GrainStorage)] IPersistentState<CameraState> state) : Grain, ICameraGrain
{
    public async Task<bool> RegisterAsync(CameraProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(this.GetPrimaryKeyString(), profile.Code, "camera code");
        if (profile == state.State.Profile)
        {
            return false;
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return true;
    }

    public Task<CameraProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);
}
