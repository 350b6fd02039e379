using AmbonCC.Complaints;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AmbonCC.Web.Complaints;

public static class ComplaintsWebRegistration
{
    /// <summary>The complaints module's web side: policies, intake throttle, Open311's api_key.</summary>
    public static IServiceCollection AddComplaintsWeb(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(ComplaintAccess.AddPolicies);
        services.AddSingleton<PublicIntakeThrottle>();
        services.AddTransient<IStartupFilter, Open311KeyFilter>();
        // One handler serves the whole app: it answers /open311 itself and hands every other path to ApiAuthorizationResults.
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, Open311RefusalHandler>());
        return services;
    }

    /// <summary>The operator/OPD API under /api/v1/complaints and Open311 GeoReport v2 under /open311/v2.</summary>
    public static void MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        app.MapComplaintEndpoints();
        app.MapOpen311();
        app.MapChatEndpoints();
        app.MapLaporExchange();
        app.MapAttachmentEndpoints();
    }
}

/// <summary>
/// Open311 clients send their key as the <c>api_key</c> parameter (query or form), not as a header: it is moved to
/// <c>X-Api-Key</c> before authentication so that the usual key checks apply.
/// </summary>
internal sealed class Open311KeyFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, nextMiddleware) =>
        {
            if (!http.Request.Path.StartsWithSegments(Open311Endpoints.Root))
            {
                await nextMiddleware(http);
                return;
            }

            if (!http.Request.Headers.ContainsKey(ApiKeys.Header))
            {
                string? key = http.Request.Query["api_key"];
                if (key is null && http.Request.HasFormContentType)
                {
                    try
                    {
                        key = (await http.Request.ReadFormAsync()).TryGetValue("api_key", out var v) ? v.ToString() : null;
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException or BadHttpRequestException)
                    {
                        // This filter runs before the API's error handler: a malformed form is answered here, not as a 500.
                        await AmbonCC.Web.Api.ApiProblems.Field("body", "Not a valid form.").ExecuteAsync(http);
                        return;
                    }
                }

                if (!string.IsNullOrEmpty(key))
                {
                    http.Request.Headers[ApiKeys.Header] = key;
                }
            }

            await nextMiddleware(http);
        });
        next(app);
    };
}

/// <summary>
/// A refused Open311 call is answered in the spec's error format; every other path goes to
/// <see cref="ApiAuthorizationResults"/> (403 for a valid API key outside its scope).
/// </summary>
internal sealed class Open311RefusalHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly ApiAuthorizationResults inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (context.Request.Path.StartsWithSegments(Open311Endpoints.Root) && (authorizeResult.Challenged || authorizeResult.Forbidden))
        {
            var authenticated = context.User.Identity?.IsAuthenticated == true;
            return Open311Format.WriteErrorAsync(context, authenticated ? 403 : 401,
                authenticated ? "this api_key may not submit requests" : "api_key missing or not valid");
        }

        return inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
