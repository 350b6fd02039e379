using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Security;

/// <summary>
/// Renders nothing. When the signed-in user's sessions end, the page reloads: the cookie check then refuses the old
/// cookie and the browser lands on the login page, instead of an open screen going on showing live data.
/// </summary>
public sealed class SessionWatch : ComponentBase, IDisposable
{
    private string? userName;

    [Inject] private AccountSessions Sessions { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Authentication is null)
        {
            return;
        }

        userName = (await Authentication).User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (userName is not null)
        {
            Sessions.Ended += OnEnded;
        }
    }

    private void OnEnded(string ended)
    {
        if (string.Equals(ended, userName, StringComparison.Ordinal))
        {
            _ = InvokeAsync(() => Navigation.NavigateTo(Navigation.Uri, forceLoad: true));
        }
    }

    public void Dispose() => Sessions.Ended -= OnEnded;
}
