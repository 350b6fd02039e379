using System.Security.Claims;
using System.Text.Encodings.Web;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Security;

/// <summary>
/// Authenticates machine clients (devices, OPD systems, gateways) by their <c>X-Api-Key</c>. A key is checked in
/// three steps, cheapest first: its shape, whether its id was ever issued (<see cref="ApiKeyDirectory"/>), and only
/// then its secret at the key's grain, whose answer is kept for a short time (<see cref="ApiKeyVerificationCache"/>).
/// The base handler's per-request log lines are switched off (a null logger):
/// anonymous traffic must not grow the log, so refusals are counted and logged by <see cref="ApiKeyRefusals"/>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    UrlEncoder encoder,
    IGrainFactory grains,
    ApiKeyDirectory directory,
    ApiKeyVerificationCache verified,
    ApiKeyRefusals refusals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
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
            return Refuse("Malformed API key.");
        }

        var secretSha256 = ApiKeyVerificationCache.Sha256(secret);
        var principal = verified.Find(keyId, secretSha256);
        if (principal is null)
        {
            if (!await directory.IsIssuedAsync(keyId))
            {
                return Refuse("Unknown API key.");
            }

            principal = await grains.GetGrain<IApiKeyGrain>(keyId).VerifyAsync(Convert.ToHexString(secretSha256));
            if (principal is null)
            {
                return Refuse("Revoked API key or wrong secret.");
            }

            verified.Remember(keyId, secretSha256, principal);
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

    private AuthenticateResult Refuse(string reason)
    {
        refusals.Record(reason);
        return AuthenticateResult.Fail(reason);
    }
}
