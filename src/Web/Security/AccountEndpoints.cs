using System.Security.Claims;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace AmbonCC.Web.Security;

/// <summary>Cookie sign-in and sign-out for people; the form lives in Components/Pages/Login.razor.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http,
        IGrainFactory grains,
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var back = SafeReturnUrl(returnUrl);
        if (name.Length == 0 || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect($"/account/login?error=missing&returnUrl={Uri.EscapeDataString(back)}");
        }

        var result = await grains.GetGrain<IUserAccountGrain>(name).SignInAsync(password);
        if (result is not { Outcome: SignInOutcome.Succeeded, Account: { } account })
        {
            var error = result.Outcome == SignInOutcome.LockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ToPrincipal(account));
        return Results.LocalRedirect(back);
    }

    public static ClaimsPrincipal ToPrincipal(UserAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.DisplayName),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.OpdCode is { } opd)
        {
            claims.Add(new Claim(AccessPolicies.OpdClaim, opd));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Only local paths: a login link must not bounce a user to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
}
