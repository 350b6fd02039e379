using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// One M-Post/tapping box; key: terminal serial (<see cref="RestaurantProfile.TerminalSerial"/>).
/// It holds the profile of the outlet it is installed in.
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
}
