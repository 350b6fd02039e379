using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Overview;
using AmbonCC.Platform;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Web;

[Collection(WebCollection.Name)]
public sealed class BulletinApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"   \"}")]
    public async Task Bad_input_gets_a_problem_naming_the_field_and_changes_nothing(string body)
    {
        var client = await app.SignedInAsync("supervisor1", Roles.Supervisor);
        var before = await app.Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(50);

        var response = await client.PostAsync("/api/v1/bulletins", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(before.Count, (await app.Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(50)).Count);
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused()
    {
        var client = await app.SignedInAsync("supervisor1", Roles.Supervisor);
        var response = await client.PostAsJsonAsync("/api/v1/bulletins", new { text = new string('x', 501) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Operators_may_read_but_not_post()
    {
        var client = await app.SignedInAsync("operator3", Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/bulletins")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/bulletins", new { text = "hello" })).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_posts_and_it_is_stored()
    {
        var client = await app.SignedInAsync("supervisor1", Roles.Supervisor);
        var response = await client.PostAsJsonAsync("/api/v1/bulletins", new { text = "Apel pagi 07:30 WIT" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recent = await app.Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(5);
        Assert.Contains(recent, b => b.Text == "Apel pagi 07:30 WIT" && b.Author == "supervisor1");
    }
}
