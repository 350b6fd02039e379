using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Access;

[Collection(AccessCollection.Name)]
public sealed class PersonalDataTests(AccessFixture app)
{
    [Fact]
    public async Task Opd_staff_read_a_warning_without_its_recipients_names_and_numbers()
    {
        var id = await OpenWarningWithRecipientsAsync();
        var operatorView = await (await app.SignedInAsync("pd.operator", Roles.Operator)).GetFromJsonAsync<JsonElement>($"/api/v1/warnings/{id}");
        var opdView = await (await app.SignedInAsync("pd.bpbd", Roles.OpdStaff, "BPBD")).GetFromJsonAsync<JsonElement>($"/api/v1/warnings/{id}");

        var people = operatorView.GetProperty("recipients").EnumerateArray().ToList();
        Assert.NotEmpty(people);
        Assert.Contains(people, r => r.GetProperty("address").GetString()!.StartsWith("+62", StringComparison.Ordinal));
        var opdText = opdView.GetRawText();
        foreach (var r in people)
        {
            Assert.DoesNotContain(r.GetProperty("name").GetString()!, opdText);
            Assert.DoesNotContain(r.GetProperty("address").GetString()!, opdText);
        }

        // The same warning, the same delivery states: only the people are hidden.
        Assert.Equal(
            people.Select(r => r.GetProperty("state").GetString()),
            opdView.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("state").GetString()));
        Assert.All(opdView.GetProperty("recipients").EnumerateArray(), r => Assert.Equal(PersonalData.Hidden, r.GetProperty("name").GetString()));
    }

    /// <summary>A warning of its own (a fresh id) issued at once for a seeded river, so that it has recipients.</summary>
    private async Task<string> OpenWarningWithRecipientsAsync()
    {
        var gauge = app.Grains.GetGrain<IRiverGaugeGrain>("PDA-BATUMERAH-1");
        var status = (await gauge.GetStatusAsync())!;
        var profile = (await gauge.GetProfileAsync())!;
        var id = "access-" + Guid.NewGuid().ToString("N")[..10];
        var warning = app.Grains.GetGrain<IFloodWarningGrain>(id);
        await warning.OpenAsync(new RiverSituation(status.RiverName, status with { Band = SiagaLevel.Siaga2, LevelCm = 300 }, profile, false, FloodTrend.Rising), autoIssue: true);
        var view = await warning.GetAsync();
        Assert.True(view is { Recipients.Count: > 0 }, "The auto-issued warning has no recipients.");
        return id;
    }
}
