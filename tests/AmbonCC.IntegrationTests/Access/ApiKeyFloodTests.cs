using System.Net;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Orleans.Runtime;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Access;

[Collection(AccessCollection.Name)]
public sealed class ApiKeyFloodTests(AccessFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_thousand_random_keys_wake_no_key_grain_and_write_at_most_a_few_log_lines()
    {
        var valid = await app.IssueKeyAsync("opd:BPBD", ApiScopes.Opd);
        var before = await KeyGrainActivationsAsync();
        // Wake the 16 registry shards first: a new activation may log (placement), a request must not.
        foreach (var shard in "0123456789abcdef")
        {
            await ApiKeyRegistry.For(app.Grains, shard + "000000000000000").ContainsAsync("");
        }

        var linesBefore = app.Log.Lines(OnRequestPath);

        var client = app.Anonymous();
        for (var i = 0; i < 1_000; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            // Well-formed keys with ids never issued: the hard case (malformed ones never get past the shape check).
            request.Headers.Add(ApiKeys.Header, ApiKeys.NewKey().Key);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var after = await KeyGrainActivationsAsync();
        var lines = app.Log.Lines(OnRequestPath) - linesBefore;
        output.WriteLine($"ApiKeyGrain activations {before} -> {after}; {lines} log lines:\n{string.Join('\n', app.Log.Recent)}");
        Assert.True(after <= before, $"Random keys activated key grains: {before} -> {after}.");
        // One line per minute for the refusals (one or two here); the slack is for anything else on the path.
        Assert.True(lines <= 5, $"1,000 refused keys wrote {lines} log lines.");

        // The check in front of the grains still lets an issued key through.
        var ok = app.Anonymous();
        ok.DefaultRequestHeaders.Add(ApiKeys.Header, valid);
        Assert.Equal(HttpStatusCode.OK, (await ok.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>
    /// What a request passes through: our web layer, ASP.NET Core, the Orleans runtime and grains. Background work of
    /// other tests in this host (the outbox retrying a warning's messages with no gateway) is left out.
    /// </summary>
    private static bool OnRequestPath(string category) =>
        category.StartsWith("AmbonCC.Web", StringComparison.Ordinal)
        || category.StartsWith("AmbonCC.Security", StringComparison.Ordinal)
        || category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
        || category.StartsWith("Orleans", StringComparison.Ordinal);

    private async Task<int> KeyGrainActivationsAsync()
    {
        var stats = await app.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.Where(s => s.GrainType.Contains(".ApiKeyGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
