using AmbonCC.Audit;
using AmbonCC.Platform;
using Microsoft.AspNetCore.Identity;
using Orleans.Streams;

namespace AmbonCC.Security;

[GenerateSerializer, Alias("AmbonCC.Security.UserAccountState")]
internal sealed class UserAccountState
{
    [Id(0)] public UserAccount? Account { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public int FailedSignIns { get; set; }
    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }

    // Empty for accounts stored before stamps existed, which matches their cookies (they carry none).
    [Id(4)] public string SessionStamp { get; set; } = "";
}

/// <summary>
/// There is no per-account lockout: anyone who knows a user name could lock that person out at will. Guessing is
/// limited per client by the web layer's login throttle instead. <see cref="UserAccountState.FailedSignIns"/> and
/// <see cref="UserAccountState.LockedUntil"/> stay in the state for stored accounts, and are cleared on success.
/// </summary>
internal sealed class UserAccountGrain(
    [PersistentState("user", ProviderNames.GrainStorage)] IPersistentState<UserAccountState> state,
    IPasswordHasher<string> hasher,
    TimeProvider time) : Grain, IUserAccountGrain, IAuditedGrain
{
    // Verified against when the account does not exist, so that an unknown name costs the same as a wrong password.
    private static string? dummyHash;

    private string UserName => this.GetPrimaryKeyString();

    public async Task<UserAccount> CreateAsync(string displayName, string[] roles, string password, string? opdCode)
    {
        UserAccountRules.ValidateUserName(UserName);
        UserAccountRules.ValidatePassword(password);
        UserAccountRules.ValidateRoles(roles, opdCode);
        UserAccountRules.ValidateDisplayName(displayName);
        TextLimits.Require(opdCode, TextLimits.Code, nameof(opdCode));
        if (state.State.Account is { } existing)
        {
            var sameRequest = existing.Roles.SequenceEqual(roles) && hasher.VerifyHashedPassword(UserName, state.State.PasswordHash, password) != PasswordVerificationResult.Failed;
            return sameRequest ? existing : throw new InvalidOperationException($"User '{UserName}' already exists.");
        }

        state.State.Account = new UserAccount(UserName, string.IsNullOrWhiteSpace(displayName) ? UserName : displayName.Trim(), roles, opdCode, time.GetUtcNow(), false);
        state.State.PasswordHash = hasher.HashPassword(UserName, password);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IUserDirectoryGrain>("all").AddAsync(UserName);
        return state.State.Account;
    }

    public Task<UserAccount?> GetAsync() => Task.FromResult(state.State.Account);

    public async Task<SignInResult> SignInAsync(string password)
    {
        var account = state.State.Account;
        if (account is null || account.Disabled)
        {
            dummyHash ??= hasher.HashPassword("", Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(UserName, dummyHash, password ?? "");
            return new SignInResult(SignInOutcome.Failed, null);
        }

        var verdict = hasher.VerifyHashedPassword(UserName, state.State.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            // Nothing is written: a failure changes no state, so guessing costs the store nothing either.
            return new SignInResult(SignInOutcome.Failed, null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.PasswordHash = hasher.HashPassword(UserName, password!);
        }

        if (state.State.FailedSignIns != 0 || state.State.LockedUntil is not null || verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.FailedSignIns = 0;
            state.State.LockedUntil = null;
            await state.WriteStateAsync();
        }

        return new SignInResult(SignInOutcome.Succeeded, account, state.State.SessionStamp);
    }

    public Task<string?> GetSessionStampAsync() =>
        Task.FromResult(state.State.Account is { Disabled: false } ? state.State.SessionStamp : null);

    public async Task SetPasswordAsync(string password)
    {
        UserAccountRules.ValidatePassword(password);
        if (state.State.Account is null)
        {
            throw new InvalidOperationException($"User '{UserName}' does not exist.");
        }

        state.State.PasswordHash = hasher.HashPassword(UserName, password);
        state.State.FailedSignIns = 0;
        state.State.LockedUntil = null;
        state.State.SessionStamp = NewStamp();
        await state.WriteStateAsync();
        await AnnounceSessionsEndedAsync();
    }

    public async Task<UserAccount> SetDisabledAsync(bool disabled)
    {
        var account = state.State.Account ?? throw new InvalidOperationException($"User '{UserName}' does not exist.");
        if (account.Disabled != disabled)
        {
            state.State.Account = account with { Disabled = disabled };
            if (disabled)
            {
                // Enabling again does not bring back the sessions that disabling ended.
                state.State.SessionStamp = NewStamp();
            }

            await state.WriteStateAsync();
            if (disabled)
            {
                await AnnounceSessionsEndedAsync();
            }
        }

        return state.State.Account;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    // Every web node forgets its cached check of this user's cookie now instead of after the cache's lifetime, and
    // ends the user's open pages. A lost event (a silo dying meanwhile) leaves that lifetime as the bound.
    private Task AnnounceSessionsEndedAsync() =>
        this.GetStreamProvider(ProviderNames.LiveStreams)
            .GetStream<AccountSessionsEnded>(StreamId.Create(AccountStreams.Namespace, AccountStreams.SessionsEnded))
            .OnNextAsync(new AccountSessionsEnded(UserName, time.GetUtcNow()));

    // Never the password hash: roles, OPD and whether the account is usable are what an auditor compares.
    public string? AuditSummary() => state.State.Account is { } a
        ? $"{a.DisplayName} [{string.Join(",", a.Roles)}]{(a.OpdCode is null ? "" : " " + a.OpdCode)}{(a.Disabled ? " disabled" : "")}"
        : null;
}
