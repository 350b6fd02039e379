using System.Net;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Admin;
using AmbonCC.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Audit;

/// <summary>A revoked key stops working at once, not after the verification cache's lifetime (30 s).</summary>
[Collection(WebCollection.Name)]
public sealed class KeyRevocationTests(WebAppFixture app)
{
    [Fact]
    public async Task Revoking_on_the_admin_page_refuses_the_next_request()
    {
        var (client, keyId) = await VerifiedKeyClientAsync();

        await app.Services.GetRequiredService<AdminDesk>().RevokeKeyAsync(keyId, "admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var info = await app.Grains.GetGrain<IApiKeyGrain>(keyId).GetInfoAsync();
        Assert.Equal("admin", info!.RevokedBy);
        Assert.Contains(await app.Services.GetRequiredService<AdminDesk>().KeysAsync(), k => k.Principal.KeyId == keyId && k.RevokedAt is not null);
    }

    [Fact]
    public async Task A_revocation_elsewhere_reaches_this_node_by_its_announcement()
    {
        var (client, keyId) = await VerifiedKeyClientAsync();

        // Revoked at the grain directly, as another node's admin would: only the announced event can clear this node's cache.
        await app.Grains.GetGrain<IApiKeyGrain>(keyId).RevokeAsync("admin-elsewhere");

        await Eventually.SucceedsAsync(async () => (await client.GetAsync("/api/v1/me")).StatusCode, TimeSpan.FromSeconds(10),
            status => status == HttpStatusCode.Unauthorized, "the revoked key to be refused");
    }

    private async Task<(HttpClient Client, string KeyId)> VerifiedKeyClientAsync()
    {
        var key = await app.IssueKeyAsync("opd:DLH", ApiScopes.Opd);
        Assert.True(ApiKeys.TryParse(key, out var keyId, out _));
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        // The first request verifies at the grain and caches the answer for 30 s.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        return (client, keyId);
    }
}
