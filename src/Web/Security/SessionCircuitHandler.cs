using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AmbonCC.Web.Security;

/// <summary>
/// One per circuit: a circuit outlives the cookie check of the request that opened it, so every inbound activity
/// (a click, a form, a JS call) checks the session again; once the account is disabled or reset the activity is
/// refused, which ends the circuit. <see cref="SessionWatch"/> usually ends it sooner, when the news arrives.
/// </summary>
internal sealed class SessionCircuitHandler(AuthenticationStateProvider authentication, AccountSessions sessions) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            if (state.User.Identity is { IsAuthenticated: true } && !await sessions.IsCurrentAsync(state.User))
            {
                throw new SessionEndedException();
            }

            await next(context);
        };
}

/// <summary>The circuit's user was disabled or had their password reset; nothing more is done for them.</summary>
public sealed class SessionEndedException() : Exception("The session ended: the account was disabled or its password reset.");
