using System.Globalization;
using System.Text.Json.Serialization;
using AmbonCC.Silo.Hosting;
using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using AmbonCC.Web.Api;
using AmbonCC.Web.Audit;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Components;
using AmbonCC.Web.Cameras;
using AmbonCC.Web.Live;
using AmbonCC.Web.Localization;
using AmbonCC.Web.Map;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace AmbonCC.Web.Hosting;

public static class WebHostingExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddAmbonWeb(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Serve package assets (MudBlazor, blazor.web.js) from the build output too, not only after publish.
        builder.WebHost.UseStaticWebAssets();

        builder.AddAmbonSilo();
        var services = builder.Services;
        services.Replace(ServiceDescriptor.Singleton<IPublicBaseUrl, ServerPublicBaseUrl>());
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "smart";
                o.DefaultChallengeScheme = "smart";
            })
            .AddPolicyScheme("smart", "Cookie or API key", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.ContainsKey(ApiKeys.Header) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/login";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "ambon.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = AccountSessions.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Configure);
        services.AddAmbonAccess();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        // Binding failures throw, so that ApiErrors answers them with problem+json naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails();
        // Enums travel as their names ("Siaga2", "Draft"): readable by agency systems and stable under reordering. A number
        // is refused on the way in too (it would bind to whatever member has that value today, or to none).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddOpenApi(o => o.ShouldInclude = OpenApiScope.Includes);
        services.AddHealthChecks().AddAmbonReadiness();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddSingleton<TimelineText>();
        services.AddSingleton<KelurahanNames>();
        services.AddSingleton<AmbonCC.Web.Components.Incidents.IncidentActions>();
        services.AddSingleton<LiveLagMetrics>();
        services.AddSingleton<LiveHub>();
        services.AddSingleton<CityCatalog>();
        services.AddCamerasWeb();
        services.AddSingleton<AmbonCC.Web.TaxTerminals.TaxDesk>();
        services.AddCityMap(builder.Configuration);
        // Hosted services below run after the silo has started (registration order).
        services.AddHostedService<FirstRunAdmin>();
        services.AddHostedService<LiveFeedSubscriber>();
        services.AddComplaintsWeb();
        services.AddAuditWeb();
        return builder;
    }

    public static WebApplication UseAmbonWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // API errors are written in place as problem+json (the error page above is for people).
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseApiErrors().UseApiBodyLimits());
        app.UseStatusCodePages();
        var cultures = new[] { new CultureInfo(UiCultures.Indonesian), new CultureInfo(UiCultures.English) };
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UiCultures.Indonesian),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAuditActor();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = ReadinessChecks.WriteJsonAsync }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("AmbonCC API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapOrleansDashboard("/ops/orleans").RequireAuthorization(AccessPolicies.OpsDashboard);
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapAmbonApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture", (HttpContext http, string? culture, string? returnUrl) =>
        {
            var chosen = culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? UiCultures.English : UiCultures.Indonesian;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(AccountEndpoints.SafeReturnUrl(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int apiStatus)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Headers.ContainsKey(ApiKeys.Header))
        {
            ctx.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
