using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Security;
using AmbonCC.Web.Admin;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

/// <summary>Users (create, disable, reset password) and API keys (issue, shown once; revoke). Every step is audited.</summary>
public partial class Admin
{
    private IReadOnlyList<UserAccount> users = [];
    private IReadOnlyList<ApiKeyInfo> keys = [];
    private ImmutableArray<Opd> opds = [];
    private string? newUser, newName, newPassword, newOpd;
    private string newRole = Roles.Operator;
    private string? keySubject, keyOpd;
    private string keyScope = ApiScopes.Opd;
    private string? issuedKey;
    private string? resetFor, resetPassword;

    [Inject] private AdminDesk Desk { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        opds = await Catalog.OpdsAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        users = await Desk.UsersAsync();
        keys = await Desk.KeysAsync();
    }

    private string At(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> AdminNameAsync() => (await Auth).User.Identity?.Name ?? "admin";

    private Task AddUserAsync() => TryAsync(async () =>
    {
        await Desk.CreateUserAsync(newUser, newName, newRole, newPassword, newOpd);
        newUser = newName = newPassword = null;
    });

    private Task ToggleAsync(UserAccount user) => TryAsync(() => Desk.SetDisabledAsync(user.UserName, !user.Disabled));

    private Task ResetAsync() => TryAsync(async () =>
    {
        await Desk.ResetPasswordAsync(resetFor!, resetPassword);
        Snackbar.Add(resetFor!, Severity.Success);
        resetFor = resetPassword = null;
    });

    private Task IssueKeyAsync() => TryAsync(async () => issuedKey = await Desk.IssueKeyAsync(keySubject, keyScope, keyOpd, await AdminNameAsync()));

    private Task RevokeAsync(ApiKeyInfo key) => TryAsync(async () => await Desk.RevokeKeyAsync(key.Principal.KeyId, await AdminNameAsync()));

    private async Task TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            await LoadAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }
}
