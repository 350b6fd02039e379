namespace AmbonCC.Web.Api;

/// <summary>
/// Route values name grains. A blank one makes <c>GetGrain</c> throw, and a huge or control-character one would
/// activate a grain for a key nothing can have: both are refused with a 400 naming the route parameter.
/// </summary>
public static class RouteKeys
{
    /// <summary>Longest key in any route: alarm ids ("source|type") are the longest real ones, well under this.</summary>
    public const int MaxLength = 200;

    public static TBuilder RequireSaneRouteKeys<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            foreach (var (name, value) in context.HttpContext.Request.RouteValues)
            {
                if (value is string key && Problem(key) is { } problem)
                {
                    return ApiProblems.Field(name, problem);
                }
            }

            return await next(context);
        });

    public static string? Problem(string key) =>
        string.IsNullOrWhiteSpace(key) ? "Must not be blank."
        : key.Length > MaxLength ? $"At most {MaxLength} characters."
        : key.Any(char.IsControl) ? "Must not contain control characters."
        : null;
}
