using System.Security.Claims;
using AmbonCC.Audit;
using AmbonCC.Web.Admin;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AmbonCC.Web.Audit;

/// <summary>
/// Puts the caller into Orleans' request context before any grain is called, so that the silos' audit filter knows
/// who acts without any domain passing it along: the middleware for HTTP requests, the circuit handler for every
/// inbound activity of a Blazor circuit (events, JS calls, renders started by the browser).
/// </summary>
public static class AuditActors
{
    /// <summary>The actor of a principal, or null for anonymous callers.</summary>
    public static AuditActor? From(ClaimsPrincipal user, string source)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }

        var subject = user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value;
        var roles = subject is not null
            ? "key:" + user.FindFirst(ApiKeyAuthenticationHandler.ScopeClaim)?.Value
            : string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value));
        return new AuditActor(name, roles, source, subject);
    }

    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // A page's first render comes by HTTP too, and is the UI's work.
        var source = http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/open311") ? AuditSources.Api : AuditSources.Ui;
        if (From(http.User, source) is { } actor)
        {
            actor.Enter();
        }
        else
        {
            AuditActor.Leave();
        }

        await next(http);
    });

    public static IServiceCollection AddAuditWeb(this IServiceCollection services)
    {
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddSingleton<AccountSessions>();
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();
        services.AddClusterNotices();
        services.AddSingleton<AdminDesk>();
        return services;
    }
}

/// <summary>One per circuit: every inbound activity runs with the circuit's signed-in person as the actor.</summary>
internal sealed class AuditCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            if (AuditActors.From(state.User, AuditSources.Ui) is { } actor)
            {
                actor.Enter();
            }
            else
            {
                AuditActor.Leave();
            }

            await next(context);
        };
}
