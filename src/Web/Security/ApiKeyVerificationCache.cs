using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AmbonCC.Security;

namespace AmbonCC.Web.Security;

/// <summary>
/// Remembers, for a short time, that a key's secret was verified at its grain, so that a device sending every
/// second costs one grain call per <see cref="Lifetime"/> instead of one per request (the profile of the ingest
/// path had a tenth of the web process's CPU in the key check). Only the secret's SHA-256 is kept, and a
/// presented secret must match it byte for byte; a secret that does not match goes to the grain as before.
/// A revoked key is forgotten at once on every node (<see cref="ClusterNotices{T}"/>: the key grain announces it);
/// only if that announcement is lost (a silo dying at that moment) does the key keep working on a node for at most
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyVerificationCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The principal verified for this key and secret less than <see cref="Lifetime"/> ago, if any.</summary>
    public ApiKeyPrincipal? Find(string keyId, byte[] secretSha256)
    {
        if (!entries.TryGetValue(keyId, out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() >= entry.ExpiresAt)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(keyId, entry));
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(entry.SecretSha256, secretSha256) ? entry.Principal : null;
    }

    public void Remember(string keyId, byte[] secretSha256, ApiKeyPrincipal principal)
    {
        if (entries.Count >= MaxEntries)
        {
            // A bound, not a policy: every key is verified again at its grain within one lifetime anyway.
            entries.Clear();
        }

        entries[keyId] = new Entry(secretSha256, principal, time.GetUtcNow() + Lifetime);
    }

    /// <summary>Drops what was verified for a key (it was revoked): its next request goes to the key's grain.</summary>
    public void Forget(string keyId) => entries.TryRemove(keyId, out _);

    public static byte[] Sha256(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private sealed record Entry(byte[] SecretSha256, ApiKeyPrincipal Principal, DateTimeOffset ExpiresAt);
}
