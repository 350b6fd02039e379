namespace AmbonCC.Web.Cameras;

public static class CameraWebExtensions
{
    /// <summary>What the camera and evidence pages need in the web process.</summary>
    public static IServiceCollection AddCamerasWeb(this IServiceCollection services) =>
        services.AddSingleton<CameraWallLoader>().AddSingleton<EvidenceDesk>();
}
