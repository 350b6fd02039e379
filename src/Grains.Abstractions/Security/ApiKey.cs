namespace AmbonCC.Security;

/// <summary>Who a verified API key speaks for.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Security.ApiKeyPrincipal")]
public sealed record ApiKeyPrincipal(
    [property: Id(0)] string KeyId,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Scope,
    [property: Id(3)] DateTimeOffset IssuedAt);

/// <summary>
/// Key: the public key id (the part before the dot of "acc_ID.SECRET"). Holds only the SHA-256 of the secret.
/// </summary>
[Alias("AmbonCC.Security.IApiKeyGrain")]
public interface IApiKeyGrain : IGrainWithStringKey
{
    [Alias("Issue")]
    Task<ApiKeyPrincipal> IssueAsync(string secretSha256, string subject, string scope, string issuedBy);

    /// <summary>Null when the key is unknown, revoked or the secret does not match.</summary>
    [Alias("Verify")]
    Task<ApiKeyPrincipal?> VerifyAsync(string secretSha256);

    [Alias("Revoke")]
    Task RevokeAsync(string revokedBy);

    /// <summary>What the admin page lists (never the secret's hash); null when the id was never issued.</summary>
    [Alias("GetInfo")]
    Task<ApiKeyInfo?> GetInfoAsync();
}

/// <summary>An issued key as the admin page shows it.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Security.ApiKeyInfo")]
public sealed record ApiKeyInfo(
    [property: Id(0)] ApiKeyPrincipal Principal,
    [property: Id(1)] string IssuedBy,
    [property: Id(2)] DateTimeOffset? RevokedAt,
    [property: Id(3)] string? RevokedBy);

/// <summary>Announced on <see cref="ApiKeyStreams.Revocations"/> when a key is revoked, so that every web node forgets its cached verification at once.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Security.ApiKeyRevoked")]
public sealed record ApiKeyRevoked([property: Id(0)] string KeyId, [property: Id(1)] DateTimeOffset At);

/// <summary>The stream of key revocations (on the live stream provider).</summary>
public static class ApiKeyStreams
{
    public const string Namespace = "ambon.security";
    public const string Revocations = "apikey-revocations";
}

/// <summary>
/// The ids of every issued API key, sharded by the id's first hex digit (key "0".."f"). The web layer asks it before
/// touching a key's own grain, so that a random or guessed id never activates a grain.
/// </summary>
[Alias("AmbonCC.Security.IApiKeyRegistryGrain")]
public interface IApiKeyRegistryGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task AddAsync(string keyId);

    [Alias("Contains")]
    Task<bool> ContainsAsync(string keyId);

    /// <summary>Every key id of this shard (the admin page's list).</summary>
    [Alias("List")]
    Task<IReadOnlyList<string>> ListAsync();
}

public static class ApiKeyRegistry
{
    /// <summary>The shard that holds (or would hold) a key id.</summary>
    public static IApiKeyRegistryGrain For(IGrainFactory grains, string keyId) =>
        grains.GetGrain<IApiKeyRegistryGrain>(keyId.Length > 0 ? keyId[..1] : "-");

    /// <summary>The 16 shards ("0".."f").</summary>
    public static IEnumerable<IApiKeyRegistryGrain> Shards(IGrainFactory grains) =>
        "0123456789abcdef".Select(c => grains.GetGrain<IApiKeyRegistryGrain>(c.ToString()));
}
