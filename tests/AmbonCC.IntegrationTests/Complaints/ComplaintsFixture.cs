using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Hosting;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>The web host for complaint API tests; public intake is not throttled here (its own test covers it).</summary>
public sealed class ComplaintsFixture : WebAppFixture
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("AmbonCC:Complaints:PublicIntakePerMinute", "100000")
            .UseSetting("AmbonCC:Complaints:MaxAttachmentBytes", "65536")
            .UseSetting("AmbonCC:Complaints:MaxAttachmentsPerComplaint", "3");

    public Task<HttpClient> DeskAsync() => SignedInAsync("desk.operator", Roles.Operator);

    public async Task<HttpClient> KeyAsync(string subject, string scope)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await IssueKeyAsync(subject, scope));
        return client;
    }

    /// <summary>Files a complaint as an operator and returns its id.</summary>
    public async Task<string> CreateAsync(HttpClient desk, bool confidential = false, bool anonymous = false, string category = "sampah", double lat = -3.70631, double lon = 128.17093)
    {
        var response = await desk.PostAsJsonAsync("/api/v1/complaints", new
        {
            category,
            description = "Sampah di TPS Benteng belum diangkut seminggu.",
            lat,
            @long = lon,
            address = "TPS Benteng",
            reporter = new { name = "Maria Tuhumury", phone = "0812-4455-6677", email = "maria@example.id" },
            confidential,
            anonymous,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}

[CollectionDefinition(Name)]
public sealed class ComplaintsCollection : ICollectionFixture<ComplaintsFixture>
{
    public const string Name = "complaints-web";
}
