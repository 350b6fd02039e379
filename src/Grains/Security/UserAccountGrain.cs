using AmbonCC.Platform;
using Microsoft.AspNetCore.Identity;

namespace AmbonCC.Security;

[GenerateSerializer, Alias("AmbonCC.Security.UserAccountState")]
internal sealed class UserAccountState
{
    [Id(0)] public UserAccount? Account { get; set; }
    [Id(1)] public string PasswordHash { get; set; } = "";
    [Id(2)] public int FailedSignIns { get; set; }
    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }
}

internal sealed class UserAccountGrain(
    [PersistentState("user", ProviderNames.GrainStorage)] IPersistentState<UserAccountState> state,
    TimeProvider time) : Grain, IUserAccountGrain
{
    private const int MaxFailures = 5;
    private static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<string> Hasher = new();

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
            var sameRequest = existing.Roles.SequenceEqual(roles) && Hasher.VerifyHashedPassword(UserName, state.State.PasswordHash, password) != PasswordVerificationResult.Failed;
            return sameRequest ? existing : throw new InvalidOperationException($"User '{UserName}' already exists.");
        }

        state.State.Account = new UserAccount(UserName, string.IsNullOrWhiteSpace(displayName) ? UserName : displayName.Trim(), roles, opdCode, time.GetUtcNow(), false);
        state.State.PasswordHash = Hasher.HashPassword(UserName, password);
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
            return new SignInResult(SignInOutcome.Failed, null);
        }

        var now = time.GetUtcNow();
        if (state.State.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, null);
        }

        var verdict = Hasher.VerifyHashedPassword(UserName, state.State.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            state.State.FailedSignIns++;
            if (state.State.FailedSignIns >= MaxFailures)
            {
                state.State.LockedUntil = now + LockoutPeriod;
                state.State.FailedSignIns = 0;
            }

            await state.WriteStateAsync();
            return new SignInResult(SignInOutcome.Failed, null);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.PasswordHash = Hasher.HashPassword(UserName, password!);
        }

        if (state.State.FailedSignIns != 0 || state.State.LockedUntil is not null || verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            state.State.FailedSignIns = 0;
            state.State.LockedUntil = null;
            await state.WriteStateAsync();
        }

        return new SignInResult(SignInOutcome.Succeeded, account);
    }

    public async Task SetPasswordAsync(string password)
    {
        UserAccountRules.ValidatePassword(password);
        if (state.State.Account is null)
        {
            throw new InvalidOperationException($"User '{UserName}' does not exist.");
        }

        state.State.PasswordHash = Hasher.HashPassword(UserName, password);
        state.State.FailedSignIns = 0;
        state.State.LockedUntil = null;
        await state.WriteStateAsync();
    }
}
