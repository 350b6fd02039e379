using System.Net;
using System.Net.Http.Json;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Access;

[Collection(AccessCollection.Name)]
public sealed class ReceiptAccessTests(AccessFixture app)
{
    private static readonly object[] Receipts = [new { messageId = "m1", recipientId = "r1", status = "delivered", at = TimeProvider.System.GetUtcNow().AddMinutes(-1) }];

    [Theory]
    [InlineData("gauge:PDA-BATUMERAH-1", ApiScopes.DeviceIngest)]
    [InlineData("opd:BPBD", ApiScopes.Opd)]
    public async Task Receipts_from_a_key_that_is_not_a_gateway_key_are_refused(string subject, string scope)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync(subject, scope));

        var response = await client.PostAsJsonAsync("/api/v1/warnings/no-such-warning/receipts", Receipts);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_gateway_key_gets_past_the_door()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gateway:test", ApiScopes.Gateway));

        var response = await client.PostAsJsonAsync("/api/v1/warnings/no-such-warning/receipts", Receipts);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
