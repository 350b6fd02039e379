using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Admin;

/// <summary>
/// What the Admin page does with users and API keys. Every call runs with the Admin as the actor (the circuit's
/// request context), so each is in the audit log with the account or key before and after.
/// </summary>
public sealed class AdminDesk(IGrainFactory grains, ApiKeyVerificationCache verified, AccountSessions sessions)
{
    public async Task<IReadOnlyList<UserAccount>> UsersAsync()
    {
        var names = await grains.GetGrain<IUserDirectoryGrain>("all").ListAsync();
        var accounts = await Task.WhenAll(names.Select(n => grains.GetGrain<IUserAccountGrain>(n).GetAsync()));
        return [.. accounts.OfType<UserAccount>()];
    }

    public Task<UserAccount> CreateUserAsync(string? userName, string? displayName, string role, string? password, string? opd)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        UserAccountRules.ValidateUserName(name);
        return grains.GetGrain<IUserAccountGrain>(name).CreateAsync(string.IsNullOrWhiteSpace(displayName) ? name : displayName, [role], password ?? "", opd);
    }

    /// <summary>Disabling ends the user's sessions on every node (announced by the grain); on this one at once.</summary>
    public async Task<UserAccount> SetDisabledAsync(string userName, bool disabled)
    {
        var account = await grains.GetGrain<IUserAccountGrain>(userName).SetDisabledAsync(disabled);
        if (disabled)
        {
            sessions.Forget(userName);
        }

        return account;
    }

    /// <summary>A reset ends the user's sessions like disabling does: whoever knew the old password is out.</summary>
    public async Task ResetPasswordAsync(string userName, string? password)
    {
        await grains.GetGrain<IUserAccountGrain>(userName).SetPasswordAsync(password ?? "");
        sessions.Forget(userName);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> KeysAsync()
    {
        var ids = await Task.WhenAll(ApiKeyRegistry.Shards(grains).Select(s => s.ListAsync()));
        var keys = await Task.WhenAll(ids.SelectMany(i => i).Select(id => grains.GetGrain<IApiKeyGrain>(id).GetInfoAsync()));
        return [.. keys.OfType<ApiKeyInfo>().OrderByDescending(k => k.Principal.IssuedAt)];
    }

    /// <summary>The new key, to be shown once. An OPD, when chosen, makes the subject <c>opd:CODE</c>.</summary>
    public async Task<string> IssueKeyAsync(string? subject, string? scope, string? opd, string admin)
    {
        if (!string.IsNullOrWhiteSpace(opd))
        {
            subject = SubjectKeys.Opd(opd);
        }

        var (key, _) = await ApiKeyIssuer.IssueAsync(grains, subject, scope, admin);
        return key;
    }

    /// <summary>Revokes at the key's grain, which tells every node; this node forgets it at once as well.</summary>
    public async Task RevokeKeyAsync(string keyId, string admin)
    {
        await grains.GetGrain<IApiKeyGrain>(keyId).RevokeAsync(admin);
        verified.Forget(keyId);
    }
}
