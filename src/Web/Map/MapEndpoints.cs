using AmbonCC.Web.Security;

namespace AmbonCC.Web.Map;

public static class MapEndpoints
{
    /// <summary>What the map needs in the web process.</summary>
    public static IServiceCollection AddCityMap(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MapOptions>(configuration.GetSection(MapOptions.Section));
        services.AddSingleton<BaseMap>();
        services.AddSingleton<TaxMapAdapter>();
        services.AddSingleton<CityPictureLoader>();
        return services;
    }

    public static void MapCityMapApi(this RouteGroupBuilder api) =>
        api.MapGet("/map/base", (BaseMap map) => Results.Bytes(map.GeoJson, "application/geo+json"))
            .RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("The offline map background (kelurahan, rivers, roads, landmarks) as GeoJSON.");
}
