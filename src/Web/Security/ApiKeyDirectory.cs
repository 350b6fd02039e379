using System.Collections.Concurrent;
using AmbonCC.Security;

namespace AmbonCC.Web.Security;

/// <summary>
/// Says whether a key id was ever issued, without waking the key's grain. Known ids are cached in this process
/// (bounded; an id never stops being known, revocation is the key grain's business); an id not in the cache is
/// looked up in its registry shard, one in-memory call that creates no activation. Unknown ids are not cached:
/// the lookup is cheap, and a key issued on another node a moment ago must work here at once.
/// </summary>
public sealed class ApiKeyDirectory(IGrainFactory grains)
{
    private const int MaxCached = 100_000;
    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsIssuedAsync(string keyId)
    {
        if (known.ContainsKey(keyId))
        {
            return true;
        }

        if (!await ApiKeyRegistry.For(grains, keyId).ContainsAsync(keyId))
        {
            return false;
        }

        if (known.Count >= MaxCached)
        {
            known.Clear();
        }

        known.TryAdd(keyId, 0);
        return true;
    }
}
