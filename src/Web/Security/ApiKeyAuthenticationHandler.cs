using System.Security.Claims;
using System.Text.Encodings.Web;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Security;

/// <summary>Authenticates machine clients (devices, OPD systems, gateways) by their <c>X-Api-Key</c>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string SubjectClaim = "ambon:subject";
    public const string ScopeClaim = "ambon:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeys.TryParse(values.ToString(), out var keyId, out var secret))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var principal = await grains.GetGrain<IApiKeyGrain>(keyId).VerifyAsync(ApiKeys.HashSecret(secret));
        if (principal is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, principal.KeyId),
                new Claim(ClaimTypes.Name, principal.Subject),
                new Claim(SubjectClaim, principal.Subject),
                new Claim(ScopeClaim, principal.Scope),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
