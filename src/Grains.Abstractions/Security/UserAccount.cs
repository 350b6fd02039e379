namespace AmbonCC.Security;

/// <summary>A person who logs in. The password hash never leaves the grain.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Security.UserAccount")]
public sealed record UserAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string? OpdCode,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Disabled);

[GenerateSerializer, Alias("AmbonCC.Security.SignInOutcome")]
public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

[GenerateSerializer, Immutable, Alias("AmbonCC.Security.SignInResult")]
public sealed record SignInResult(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] UserAccount? Account,
    [property: Id(2)] string? SessionStamp = null);

/// <summary>
/// Announced on <see cref="AccountStreams.SessionsEnded"/> when an account is disabled or its password is reset:
/// every web node drops its cached session check for the user and ends that user's open pages.
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Security.AccountSessionsEnded")]
public sealed record AccountSessionsEnded([property: Id(0)] string UserName, [property: Id(1)] DateTimeOffset At);

/// <summary>The stream of ended sessions (on the live stream provider).</summary>
public static class AccountStreams
{
    public const string Namespace = "ambon.security";
    public const string SessionsEnded = "account-sessions-ended";
}

/// <summary>Key: the user name (lower case).</summary>
[Alias("AmbonCC.Security.IUserAccountGrain")]
public interface IUserAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; fails if it exists. Retrying with the same arguments is harmless.</summary>
    [Alias("Create")]
    Task<UserAccount> CreateAsync(string displayName, string[] roles, string password, string? opdCode);

    [Alias("Get")]
    Task<UserAccount?> GetAsync();

    /// <summary>Checks a password. An unknown name costs the same hash as a wrong password; no account is ever locked (see the login throttle).</summary>
    [Alias("SignIn")]
    Task<SignInResult> SignInAsync(string password);

    /// <summary>
    /// The stamp a sign-in cookie must carry to stay valid; null when the account is missing or disabled. It changes
    /// when the account is disabled or its password reset, which ends every session signed in before.
    /// </summary>
    [Alias("SessionStamp")]
    Task<string?> GetSessionStampAsync();

    [Alias("SetPassword")]
    Task SetPasswordAsync(string password);

    /// <summary>A disabled account cannot sign in; enabling it again restores it as it was.</summary>
    [Alias("SetDisabled")]
    Task<UserAccount> SetDisabledAsync(bool disabled);
}

/// <summary>The list of accounts (key "all"), so that admins can list them and the first run can tell none exist.</summary>
[Alias("AmbonCC.Security.IUserDirectoryGrain")]
public interface IUserDirectoryGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task AddAsync(string userName);

    [Alias("List")]
    Task<IReadOnlyList<string>> ListAsync();
}
