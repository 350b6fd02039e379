using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

public partial class Admin
{
    private List<UserAccount> users = [];
    private ImmutableArray<Opd> opds = [];
    private string? newUser, newName, newPassword, newOpd;
    private string newRole = Roles.Operator;
    private string? keySubject;
    private string keyScope = ApiScopes.Opd;
    private string? issuedKey;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        opds = await Catalog.OpdsAsync();
        await LoadUsersAsync();
    }

    private async Task LoadUsersAsync()
    {
        var names = await Grains.GetGrain<IUserDirectoryGrain>("all").ListAsync();
        var accounts = await Task.WhenAll(names.Select(n => Grains.GetGrain<IUserAccountGrain>(n).GetAsync()));
        users = [.. accounts.OfType<UserAccount>()];
    }

    private async Task AddUserAsync()
    {
        try
        {
            var name = (newUser ?? "").Trim().ToLowerInvariant();
            UserAccountRules.ValidateUserName(name);
            await Grains.GetGrain<IUserAccountGrain>(name).CreateAsync(newName ?? name, [newRole], newPassword ?? "", newOpd);
            newUser = newName = newPassword = null;
            await LoadUsersAsync();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }

    private async Task IssueKeyAsync()
    {
        try
        {
            var admin = (await Auth).User.Identity?.Name ?? "admin";
            (issuedKey, _) = await AmbonCC.Web.Api.ApiKeyIssuer.IssueAsync(Grains, keySubject, keyScope, admin);
        }
        catch (ArgumentException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }
}
