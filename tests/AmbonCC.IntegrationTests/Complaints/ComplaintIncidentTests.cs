using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>A flood complaint joins the open flood incident of its kelurahan; a complaint of another kind does not.</summary>
public sealed class ComplaintIncidentTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_flood_complaint_joins_the_kelurahans_flood_incident_and_shows_it()
    {
        await using var silo = await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, "silo");
        var kelurahan = "81.71.02." + Random.Shared.Next(1000, 9999);
        var key = SubjectKeys.KelurahanTopic(kelurahan, "flood");
        // Another source (a gauge, in the reworked correlation) reports a flood in this kelurahan first.
        var gauge = await silo.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("gauge:TEST-" + kelurahan, "siaga")).RaiseAsync(new AlarmRaise(
            "gauge:TEST-" + kelurahan, "siaga", AlarmSeverity.Major, "Pos uji", new Dictionary<string, string>(), new AlarmArea([kelurahan]),
            key, DateTimeOffset.UtcNow, "Banjir uji"));

        var flood = silo.Grains.GetGrain<IComplaintGrain>("AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6"));
        await flood.SubmitAsync(Submission("banjir", kelurahan), "chat:session-9");
        var garbage = silo.Grains.GetGrain<IComplaintGrain>("AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6"));
        await garbage.SubmitAsync(Submission("kependudukan", kelurahan), "operator.sari");

        var linked = await Eventually.SucceedsAsync(() => flood.GetAsync(new ComplaintReader("t", ReaderKind.Desk)), TimeSpan.FromSeconds(20),
            v => !v!.IncidentIds.IsDefaultOrEmpty, "the flood complaint's incident");
        var gaugeIncident = (await silo.Grains.GetGrain<IAlarmGrain>(gauge.Id).GetAsync())!.IncidentId;
        output.WriteLine($"gauge incident {gaugeIncident}, complaint incidents {string.Join(",", linked!.IncidentIds)}");
        Assert.Equal(gaugeIncident, Assert.Single(linked.IncidentIds));
        var incident = (await silo.Grains.GetGrain<IIncidentGrain>(gaugeIncident!).GetAsync())!;
        Assert.Contains(incident.Alarms, a => a.Source == "complaint:" + flood.GetPrimaryKeyString());
        Assert.True((await garbage.GetAsync(new ComplaintReader("t", ReaderKind.Desk)))!.IncidentIds.IsDefaultOrEmpty);
    }

    private static ComplaintSubmission Submission(string category, string kelurahan) => new(
        ComplaintChannel.LiveChat, category, "Air sudah masuk rumah di RT 03, tolong dibantu.",
        new ComplaintLocation(-3.69, 128.19, "RT 03", kelurahan), null, true, false, "ambon.go.id");
}
