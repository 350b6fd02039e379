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
}

public static class ApiKeyRegistry
{
    /// <summary>The shard that holds (or would hold) a key id.</summary>
    public static IApiKeyRegistryGrain For(IGrainFactory grains, string keyId) =>
        grains.GetGrain<IApiKeyRegistryGrain>(keyId.Length > 0 ? keyId[..1] : "-");
}
