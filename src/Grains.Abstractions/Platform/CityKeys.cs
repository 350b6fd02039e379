namespace AmbonCC.Platform;

/// <summary>Keys of the per-city singleton grains (directory, bulletin board, overview).</summary>
public static class CityKeys
{
    public const string City = "ambon";
}
