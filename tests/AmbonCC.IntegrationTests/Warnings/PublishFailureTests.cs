using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.Warnings;
using Microsoft.AspNetCore.Hosting;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>A command center whose CAP sender has a space: every CAP message it builds fails the CAP 1.2 check.</summary>
public sealed class BrokenSenderFixture : WebAppFixture
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("AmbonCC:Warnings:Sender", "command center@ambon.go.id");
}

[CollectionDefinition(Name)]
public sealed class BrokenSenderCollection : ICollectionFixture<BrokenSenderFixture>
{
    public const string Name = "broken-sender";
}

/// <summary>A warning that cannot be published is loud: the approver gets a clear refusal and the queue a critical alarm.</summary>
[Collection(BrokenSenderCollection.Name)]
public sealed class PublishFailureTests(BrokenSenderFixture app)
{
    [Fact]
    public async Task A_warning_that_fails_to_publish_raises_a_critical_alarm_on_the_rivers_incident()
    {
        var (code, river, device) = await RiverTestGauges.NewAsync(app, autoIssue: false);
        await RiverTestGauges.PostAsync(device, code, RiverTestGauges.Readings(1, DateTimeOffset.UtcNow.AddMinutes(-10), 5, 140));
        var warningId = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IRiverWarningDeskGrain>(river).GetActiveWarningIdAsync(),
            TimeSpan.FromSeconds(30), id => id is not null, "a warning opened for the river");
        Assert.NotNull(warningId);
        var supervisor = await app.SignedInAsync("broken.supervisor", Roles.Supervisor);

        var approve = await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Contains("could not be published", (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var alarm = await app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("warning:" + warningId, "cap_publish_failed")).GetAsync();
        Assert.NotNull(alarm);
        Assert.True(alarm.Active);
        Assert.Equal(AlarmSeverity.Critical, alarm.Severity);
        var incidents = await app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync();
        Assert.Contains(incidents, i => i.Title.Contains(river));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("riverName")]
    public async Task A_gauge_name_with_a_control_character_is_refused_naming_the_field(string field)
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var code = "BAD-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var registration = new Dictionary<string, object>
        {
            ["code"] = code, ["name"] = "Pos uji", ["riverName"] = "Wai Uji", ["kelurahanCode"] = "81.71.01.1006",
            ["latitude"] = -3.69, ["longitude"] = 128.18, ["thresholds"] = RiverTestGauges.Thresholds(false),
        };
        registration[field] = "Wai\u0001Uji";

        var response = await admin.PostAsJsonAsync("/api/v1/gauges", registration);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Null(await app.Grains.GetGrain<AmbonCC.RiverGauges.IRiverGaugeGrain>(code).GetProfileAsync());
    }
}
