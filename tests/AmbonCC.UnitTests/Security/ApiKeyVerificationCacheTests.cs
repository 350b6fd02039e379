using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Security;

public sealed class ApiKeyVerificationCacheTests
{
    private static readonly ApiKeyPrincipal Device = new("0123456789abcdef", "gauge:G-1", ApiScopes.DeviceIngest, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_verified_secret_is_known_until_its_lifetime_ends()
    {
        var time = new FakeTimeProvider();
        var cache = new ApiKeyVerificationCache(time);
        var secret = ApiKeyVerificationCache.Sha256("the-secret");
        cache.Remember(Device.KeyId, secret, Device);

        time.Advance(ApiKeyVerificationCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Same(Device, cache.Find(Device.KeyId, ApiKeyVerificationCache.Sha256("the-secret")));

        // After the lifetime the key goes back to its grain, which is how a revocation reaches this node.
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(cache.Find(Device.KeyId, secret));
    }

    [Fact]
    public void Another_secret_for_a_cached_key_id_is_not_taken_from_the_cache()
    {
        var cache = new ApiKeyVerificationCache(new FakeTimeProvider());
        cache.Remember(Device.KeyId, ApiKeyVerificationCache.Sha256("the-secret"), Device);

        Assert.Null(cache.Find(Device.KeyId, ApiKeyVerificationCache.Sha256("a-guess")));
        Assert.Null(cache.Find("fedcba9876543210", ApiKeyVerificationCache.Sha256("the-secret")));
    }
}
