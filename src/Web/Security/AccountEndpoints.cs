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
        LoginThrottle throttle,
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

        var client = LoginThrottle.ClientOf(http);
        if (!throttle.MayTry(client, out var retryAfter))
        {
            return TooManyFailures(http, retryAfter);
        }

        // A name that cannot exist is refused without waking a grain; its shape says nothing about who has an account.
        var result = name.Length <= MaxUserName
            ? await grains.GetGrain<IUserAccountGrain>(name).SignInAsync(password)
            : new AmbonCC.Security.SignInResult(SignInOutcome.Failed, null);
        if (result is not { Outcome: SignInOutcome.Succeeded, Account: { } account })
        {
            throttle.RecordFailure(client);
            var error = result.Outcome == SignInOutcome.LockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ToPrincipal(account, result.SessionStamp));
        return Results.LocalRedirect(back);
    }

    private const int MaxUserName = 40;

    /// <summary>429 with Retry-After, and a page a person can read (the login form posts here directly).</summary>
    private static IResult TooManyFailures(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var html = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>429</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:1rem\"><h1>429</h1>"
            + $"<p>Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam {seconds} detik.</p>"
            + $"<p>Too many failed sign-ins from this address. Try again in {seconds} seconds.</p>"
            + "<p><a href=\"/account/login\">Login</a></p></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status429TooManyRequests);
    }

    public static ClaimsPrincipal ToPrincipal(UserAccount account, string? sessionStamp)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Name, account.DisplayName),
            new(AccountSessions.StampClaim, sessionStamp ?? ""),
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
