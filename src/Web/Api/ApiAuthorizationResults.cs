using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AmbonCC.Web.Api;

/// <summary>
/// A caller that proved who it is but may not use an endpoint hears 403, not 401: an endpoint for people (cookie
/// policies) challenges a machine key as if it had none, and a device would then retry with the same valid key forever.
/// </summary>
public sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged && context.Request.Headers.ContainsKey(ApiKeys.Header)
            && !policy.AuthenticationSchemes.Contains(ApiKeyAuthenticationHandler.SchemeName)
            && (await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Succeeded)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This API key's scope does not cover this endpoint.").ExecuteAsync(context);
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
